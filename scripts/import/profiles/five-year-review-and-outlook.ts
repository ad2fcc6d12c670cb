/**
 * Import profile of “十三五”发展成就及“十四五”展望 (one chapter of a MOFCOM
 * annual service-outsourcing report). The review decisions are data in
 * ./five-year-review-and-outlook/data.ts; this file assembles the pages:
 * one page per 节 opening and per 一、 part, （一） headings as h2, run-in
 * lead sentences in bold, figures with their 数据来源/注 lines, footnotes as
 * GFM footnotes at the marker's original position, editorial notes after the
 * paragraph they concern.
 */
import { DATA_SOURCE, FIGURE_CAPTION, HEADING_3 } from '../../../src/lib/import/generic.ts';
import { escapeMdxText, mdxBlock, mdxHeading, mdxParagraph } from '../../../src/lib/import/mdx.ts';
import type { DocumentProfile, DraftPage, ImportContext } from '../../../src/lib/import/profile.ts';
import type { SourceLine } from '../../../src/lib/source-map.ts';
import { joinWrappedLines } from '../../../src/lib/text.ts';
import { FOOTNOTES, HEADING_IDS, LANDING_NOTE, LEADS, NOTES_AFTER, PAGES, type NoteSpec } from './five-year-review-and-outlook/data.ts';
import { deletionOffset, insertAt, replaceSentinels, sentinel, sentinelsIn } from './five-year-review-and-outlook/footnote-markers.ts';
import { endsParagraph, joinLinesSpaced } from './five-year-review-and-outlook/layout.ts';

const NOTE_LINE = /^\s*注：/;
const join = (lines: readonly string[]) => joinLinesSpaced(lines, joinWrappedLines);

function note(spec: NoteSpec): string {
  return mdxBlock('EditorNote', { id: spec.id, kind: spec.kind }, escapeMdxText(spec.text));
}

/** The flow with a placeholder where each footnote marker stood. */
function flowWithMarkers({ mapped, map, lines }: ImportContext): SourceLine[] {
  const flow = mapped.flow.map((l) => ({ ...l }));
  FOOTNOTES.forEach(({ marker }, index) => {
    const edit = map.edits.find((e) => e.line === marker);
    if (!edit) throw new Error(`footnote marker on line ${marker}: no edit in the source map`);
    const line = flow.find((l) => l.n === marker);
    if (!line) throw new Error(`footnote marker on line ${marker}: line is not in the reading flow`);
    line.text = insertAt(line.text, deletionOffset(lines[marker - 1]!, edit), sentinel(index));
  });
  return flow;
}

/** Footnote bodies by footnote index, joined and escaped. */
function footnoteBodies({ mapped }: ImportContext): string[] {
  return FOOTNOTES.map(({ body }) => {
    const range = mapped.footnotes.find((f) => f.from === body);
    if (!range) throw new Error(`footnote body on line ${body}: no footnote range starts there`);
    return escapeMdxText(join(range.lines.map((l) => l.text)));
  });
}

/** A paragraph, with its lead sentence in bold when it has one. */
function paragraph(lines: SourceLine[]): string {
  const first = lines[0]!.n;
  const lead = LEADS[first];
  const text = join(lines.map((l) => l.text));
  if (!lead) return escapeMdxText(text);
  if (!text.startsWith(lead)) throw new Error(`line ${first}: paragraph does not start with the lead “${lead}”`);
  // <strong>, not **…**: CommonMark does not close ** between "。" and a Chinese letter.
  return `<strong>${escapeMdxText(lead)}</strong>${escapeMdxText(text.slice(lead.length))}`;
}

const profile: DocumentProfile = {
  document: 'five-year-review-and-outlook',
  pages(context: ImportContext): DraftPage[] {
    const { document, file, lines } = context;
    const flow = flowWithMarkers(context).filter((l) => l.text.trim() !== '');
    const bodies = footnoteBodies(context);
    const pageAt = new Map(PAGES.map((p) => [p.start, p]));
    const isFigure = (l?: SourceLine) => !!l && FIGURE_CAPTION.test(l.text);
    const startsBlock = (l?: SourceLine) =>
      !l || pageAt.has(l.n) || HEADING_3.test(l.text) || isFigure(l) || LEADS[l.n] !== undefined;

    const pages: DraftPage[] = [];
    let spec: (typeof PAGES)[number] | undefined;
    let title = '';
    let blocks: string[] = [];
    let open: SourceLine[] = [];
    const usedNotes = new Set<number>();

    const flush = () => {
      if (!open.length) return;
      blocks.push(paragraph(open));
      const last = open.at(-1)!.n;
      for (const n of NOTES_AFTER[last] ?? []) blocks.push(note(n));
      if (NOTES_AFTER[last]) usedNotes.add(last);
      open = [];
    };
    const closePage = () => {
      flush();
      if (!spec) return;
      let body = blocks.join('\n\n');
      const used = sentinelsIn(body);
      body = replaceSentinels(body, (n) => `fn${used.indexOf(n) + 1}`);
      const definitions = used.map((n, i) => `[^fn${i + 1}]: ${bodies[n]}`);
      pages.push({
        slug: spec.slug,
        frontmatter: {
          title,
          ...(spec.sidebarLabel ? { sidebarLabel: spec.sidebarLabel } : {}),
          document,
          order: pages.length + 1,
          chapter: spec.chapter,
          source: { file, lines: [spec.start, spec.end] },
        },
        body: [body, ...definitions].filter(Boolean).join('\n\n') + '\n',
      });
      blocks = [];
    };

    for (let i = 0; i < flow.length; i++) {
      const line = flow[i]!;
      const text = line.text.trim();
      const next = pageAt.get(line.n);
      if (next) {
        closePage();
        spec = next;
        title = text;
        continue;
      }
      if (!spec) throw new Error(`line ${line.n} precedes the first page`);
      if (line.n > spec.end) throw new Error(`line ${line.n} is past the end of page ${spec.slug} (${spec.end})`);
      if (HEADING_3.test(text)) {
        flush();
        const id = HEADING_IDS[line.n];
        if (!id) throw new Error(`line ${line.n}: heading “${text}” has no id in HEADING_IDS`);
        blocks.push(mdxHeading(2, text, id));
        continue;
      }
      const figure = FIGURE_CAPTION.exec(text);
      if (figure) {
        if (open.length) throw new Error(`line ${line.n}: figure caption interrupts the paragraph from line ${open[0]!.n}; move it`);
        const caption = [text];
        while (flow[i + 1] && (DATA_SOURCE.test(flow[i + 1]!.text) || NOTE_LINE.test(flow[i + 1]!.text))) caption.push(flow[++i]!.text.trim());
        const id = `fig-${figure[1]!.replace(/[－—]/g, '-')}`;
        blocks.push(mdxBlock('Figure', { id }, caption.map((t) => mdxParagraph([t])).join('\n\n')));
        continue;
      }
      if (LEADS[line.n] !== undefined) flush();
      open.push(line);
      const following = flow[i + 1];
      const plain = line.text.replace(/\u0001\d+\u0002/g, '');
      if (endsParagraph(plain, startsBlock(following))) flush();
      else if (startsBlock(following) && !isFigure(following)) {
        throw new Error(`line ${line.n} ends mid-sentence before the block at line ${following?.n}`);
      }
    }
    closePage();

    for (const n of Object.keys(NOTES_AFTER).map(Number)) {
      if (!usedNotes.has(n)) throw new Error(`editorial note after line ${n}: no paragraph ends on that line`);
    }
    const lastLine = lines.reduce((last, text, i) => (text.trim() ? i + 1 : last), 0);
    const landing: DraftPage = {
      slug: 'index',
      frontmatter: {
        title: '“十三五”发展成就及“十四五”展望',
        document,
        order: 0,
        source: { file, lines: [1, lastLine] },
      },
      body: note(LANDING_NOTE) + '\n',
    };
    return [landing, ...pages];
  },
};
export default profile;
