/**
 * The import engine: one source dump plus its review file (review-schema.ts)
 * become the document's pages. Every document-specific decision comes from
 * the review file; this module only knows how Chinese reports are laid out
 * in a text dump and how the site writes MDX.
 */
import { applySourceMap, type SourceLine, type SourceMap } from '../source-map.ts';
import { joinWrappedLines } from '../text.ts';
import { resolveAnchor } from './anchors.ts';
import { escapeMdxText, mdxBlock, mdxHeading, mdxParagraph, mdxTable } from './mdx.ts';
import { splitParagraphs, type ParagraphRules } from './paragraphs.ts';
import type { DraftPage } from './profile.ts';
import type { Review, ReviewNote } from './review-schema.ts';

export interface EngineInput {
  document: string;
  file: string;
  /** Raw source lines; lines[0] is line 1. */
  lines: readonly string[];
  /** The review file's path, for messages. */
  label: string;
}

/** The source-map part of a review file, as the fidelity check reads it. */
export function sourceMapOf(review: Review): SourceMap {
  return {
    file: review.file,
    drop: review.furniture,
    edits: review.edits,
    footnotes: review.footnotes,
    tables: review.tables,
    moves: review.moves,
  };
}

function noteBlock(note: ReviewNote): string {
  const parts = note.text.split(/\n\s*\n/).map((p) => escapeMdxText(p.trim()));
  if (note.table) parts.push(mdxTable(note.table.columns, note.table.rows));
  return mdxBlock('EditorNote', { id: note.id, kind: note.kind }, parts.join('\n\n'));
}

export function importWithReview(review: Review, { document, file, lines, label }: EngineInput): DraftPage[] {
  const at = (anchor: Parameters<typeof resolveAnchor>[0], where: string) => resolveAnchor(anchor, lines, `${label}: ${where}`);
  const mapped = applySourceMap(sourceMapOf(review), lines);
  const flow = mapped.flow.filter((l) => l.text.trim() !== '');
  const textOf = (n: number) => lines[n - 1]!.trim();

  const headings = new Map(
    review.headings.map((h, i) => {
      const n = at(h.at, `headings[${i}].at`);
      return [n, { ...h, through: h.through === undefined ? n : at(h.through, `headings[${i}].through`) }] as const;
    }),
  );
  const added = new Map(review.addedHeadings.map((h, i) => [at(h.before, `addedHeadings[${i}].before`), h] as const));
  const figures = new Map(
    review.figures.map((f, i) => {
      const n = at(f.at, `figures[${i}].at`);
      return [n, { id: f.id, through: f.through === undefined ? n : at(f.through, `figures[${i}].through`) }] as const;
    }),
  );
  const seen = new Set<string>();
  for (const note of review.notes) {
    if (seen.has(note.id)) throw new Error(`${label}: editorial note id ${note.id} is used twice; note ids must be unique`);
    seen.add(note.id);
  }
  const notes = review.notes.map((note, i) => ({ note, after: at(note.after, `notes[${i}].after (${note.id})`) }));
  const usedNotes = new Set<ReviewNote>();
  const notesAfter = (block: readonly SourceLine[]) => {
    const numbers = new Set(block.map((l) => l.n));
    return notes
      .filter(({ after }) => numbers.has(after))
      .map(({ note }) => {
        usedNotes.add(note);
        return noteBlock(note);
      });
  };
  const rules: ParagraphRules = {
    shortBelow: review.paragraphs.shortBelow,
    indentedAtMost: review.paragraphs.indentedAtMost,
    breakAfter: new Set(review.paragraphs.breakAfter.map((a, i) => at(a, `paragraphs.breakAfter[${i}]`))),
    joinAfter: new Set(review.paragraphs.joinAfter.map((a, i) => at(a, `paragraphs.joinAfter[${i}]`))),
  };

  const pageBody = (inPage: readonly SourceLine[]): string[] => {
    const blocks: string[] = [];
    let run: SourceLine[] = [];
    const flushRun = () => {
      for (const paragraph of splitParagraphs(run, rules)) {
        blocks.push(mdxParagraph(paragraph.map((l) => l.text)));
        blocks.push(...notesAfter(paragraph));
      }
      run = [];
    };
    for (let i = 0; i < inPage.length; i++) {
      const line = inPage[i]!;
      const extra = added.get(line.n);
      if (extra) {
        flushRun();
        blocks.push(mdxHeading(extra.level, extra.text, extra.id));
      }
      const heading = headings.get(line.n);
      const figure = figures.get(line.n);
      if (heading) {
        flushRun();
        const parts = [line];
        while (parts.at(-1)!.n < heading.through && inPage[i + 1]) parts.push(inPage[++i]!);
        blocks.push(mdxHeading(heading.level, joinWrappedLines(parts.map((l) => l.text)), heading.id));
        blocks.push(...notesAfter(parts));
      } else if (figure) {
        flushRun();
        const parts = [line];
        while (parts.at(-1)!.n < figure.through && inPage[i + 1]) parts.push(inPage[++i]!);
        blocks.push(mdxBlock('Figure', { id: figure.id }, parts.map((l) => mdxParagraph([l.text])).join('\n\n')));
        blocks.push(...notesAfter(parts));
      } else {
        run.push(line);
      }
    }
    flushRun();
    return blocks;
  };

  const landingLines = review.landing.body.map((a, i) => at(a, `landing.body[${i}]`));
  const lastLine = flow.at(-1)?.n ?? 1;
  const landingTo = review.landing.to ?? 0;
  const landingBlocks = [
    ...landingLines.flatMap((n) => [escapeMdxText(textOf(n)), ...notesAfter([{ n, text: textOf(n) }])]),
    ...pageBody(flow.filter((l) => l.n <= landingTo)),
  ];
  const landing: DraftPage = {
    slug: 'index',
    frontmatter: { title: review.landing.title, document, order: 0, source: { file, lines: [1, lastLine] } },
    body: `${landingBlocks.join('\n\n')}\n`,
  };

  const specs = review.pages.map((p, i) => ({ ...p, titleLine: at(p.title, `pages[${i}].title`) }));
  const pages = specs.map((spec, i): DraftPage => {
    const inPage = flow.filter((l) => l.n > spec.titleLine && l.n <= spec.to);
    const titleNotes = notesAfter([{ n: spec.titleLine, text: textOf(spec.titleLine) }]);
    return {
      slug: spec.slug,
      frontmatter: {
        title: textOf(spec.titleLine),
        ...(spec.sidebarLabel ? { sidebarLabel: spec.sidebarLabel } : {}),
        document,
        order: i + 1,
        ...(spec.chapter ? { chapter: spec.chapter } : {}),
        source: { file, lines: [spec.titleLine, spec.to] },
      },
      body: `${[...titleNotes, ...pageBody(inPage)].join('\n\n')}\n`,
    };
  });

  const covered = (n: number) => landingLines.includes(n) || n <= landingTo || specs.some((p) => n >= p.titleLine && n <= p.to);
  const stray = flow.filter((l) => !covered(l.n));
  if (stray.length) {
    throw new Error(`${label}: source lines ${stray.map((l) => l.n).join(', ')} are on no page; extend a page's \`to\`, add a page, or list them under furniture`);
  }
  const unused = notes.filter(({ note }) => !usedNotes.has(note));
  if (unused.length) {
    throw new Error(
      `${label}: ${unused.map(({ note, after }) => `note ${note.id} (after line ${after})`).join(', ')} attaches to no published block; anchor it on a line of a paragraph, heading or figure`,
    );
  }
  return [landing, ...pages];
}
