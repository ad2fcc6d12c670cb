/**
 * Builds one draft page of the 2019 report (part a) from the mapped source
 * and a declarative page spec: which lines are headings (with their ids),
 * where 专栏 boxes, tables and footnote markers are, and which editorial notes
 * follow which source line. Everything else is detected from the text:
 * figure captions with their 数据来源 line, and paragraphs, which end at a
 * line that the dump marked with a trailing space after sentence punctuation.
 */
import { CHAPTER, DATA_SOURCE, FIGURE_CAPTION, HEADING_2, HEADING_3, SECTION, endsParagraph } from '../../../../src/lib/import/generic.ts';
import { escapeMdxText, mdxBlock, mdxHeading, mdxParagraph } from '../../../../src/lib/import/mdx.ts';
import type { DraftPage, ImportContext } from '../../../../src/lib/import/profile.ts';
import type { SourceLine } from '../../../../src/lib/source-map.ts';
import { normalizeForCompare, PRIVATE_USE } from '../../../../src/lib/text.ts';

export type NoteKind = 'error' | 'gap' | 'move' | 'remark';

export interface NoteSpec {
  /** The note follows the block (paragraph, figure, table, heading, page title) that contains this source line. */
  after: number;
  id: string;
  kind: NoteKind;
  /** Editorial text (plain text; escaped for MDX). */
  text: string;
}

export interface FootnoteSpec {
  label: string;
  /** The reference goes on this source line, right after the first and only occurrence of `after` (text after the map's edits). */
  line: number;
  after: string;
  /** First line of the footnote body, as listed in the source map's `footnotes`. */
  body: number;
}

export interface BoxSpec {
  id: string;
  from: number;
  to: number;
}

/** Renders a table block from its source lines (map `tables` entries with this id) and the notes that belong inside it. */
export type TableRenderer = (lines: readonly SourceLine[], notes: readonly string[]) => string;

export interface PageSpec {
  slug: string;
  title: string;
  sidebarLabel: string;
  chapter: string;
  order: number;
  /** Source line range; the first line is the 节 heading that becomes the page title. */
  lines: [number, number];
  headings: Record<number, { level: 2 | 3 | 4; id: string }>;
  boxes?: BoxSpec[];
  footnotes?: FootnoteSpec[];
  tables?: Record<string, TableRenderer>;
  notes?: NoteSpec[];
}

/** A source line that looks like a heading of any level (including "1．中车长客"). */
const HEADING_LIKE = [SECTION, CHAPTER, HEADING_2, HEADING_3, /^\s*\d．\S/];
/** Placeholder for a footnote reference while the paragraph is joined and escaped (U+E000 is private use, never in the output). */
const MARK = (i: number) => `\uE000${i}\uE001`;
const MARK_PATTERN = /\uE000(\d+)\uE001/g;

export function editorNote(note: Pick<NoteSpec, 'id' | 'kind' | 'text'>): string {
  return mdxBlock('EditorNote', { id: note.id, kind: note.kind }, escapeMdxText(note.text));
}

/** The dump marks a paragraph end with a trailing space after sentence punctuation (width 0: line length is no evidence here). */
export function endsSourceParagraph(raw: string): boolean {
  return endsParagraph(raw, 0);
}

export function buildPage(context: ImportContext, spec: PageSpec): DraftPage {
  const [from, to] = spec.lines;
  const inPage = (n: number) => n >= from && n <= to;
  const clean = (text: string) => text.replace(PRIVATE_USE, '');

  const notesByLine = new Map<number, NoteSpec[]>();
  for (const note of spec.notes ?? []) {
    if (!inPage(note.after)) throw new Error(`${spec.slug}: note ${note.id} is after line ${note.after}, outside the page`);
    notesByLine.set(note.after, [...(notesByLine.get(note.after) ?? []), note]);
  }
  const usedNotes = new Set<string>();
  /** Notes after any of these lines that are not placed yet (a note in a 专栏 goes inside the box, once). */
  const notesFor = (lines: readonly SourceLine[]): string[] =>
    lines
      .flatMap((l) => notesByLine.get(l.n) ?? [])
      .filter((note) => !usedNotes.has(note.id))
      .map((note) => {
        usedNotes.add(note.id);
        return editorNote(note);
      });

  const references: string[] = [];
  const referencesByLine = new Map<number, FootnoteSpec[]>();
  for (const fn of spec.footnotes ?? []) referencesByLine.set(fn.line, [...(referencesByLine.get(fn.line) ?? []), fn]);
  const usedFootnotes = new Set<string>();
  /** Line text with footnote-reference placeholders; the text itself is unchanged. */
  const withMarks = (line: SourceLine): string => {
    let text = clean(line.text);
    for (const fn of referencesByLine.get(line.n) ?? []) {
      const at = text.indexOf(fn.after);
      if (at === -1 || text.indexOf(fn.after, at + 1) !== -1) {
        throw new Error(`${spec.slug}: footnote ${fn.label} needs exactly one "${fn.after}" on line ${line.n}: ${text}`);
      }
      const end = at + fn.after.length;
      text = text.slice(0, end) + MARK(references.length) + text.slice(end);
      references.push(fn.label);
      usedFootnotes.add(fn.label);
    }
    return text;
  };
  const paragraphOf = (lines: readonly SourceLine[]) =>
    mdxParagraph(lines.map(withMarks)).replace(MARK_PATTERN, (_, i: string) => `[^${references[Number(i)]}]`);

  const tableLines = new Map<string, SourceLine[]>();
  for (const table of context.mapped.tables) {
    if (!inPage(table.from)) continue;
    tableLines.set(table.id, [...(tableLines.get(table.id) ?? []), ...table.lines]);
  }
  const pendingTables = [...tableLines.entries()]
    .map(([id, lines]) => ({ id, from: lines[0]!.n, lines }))
    .sort((a, b) => a.from - b.from);
  const emitTablesBefore = (n: number): string[] => {
    const out: string[] = [];
    while (pendingTables.length && pendingTables[0]!.from < n) {
      const table = pendingTables.shift()!;
      const render = spec.tables?.[table.id];
      if (!render) throw new Error(`${spec.slug}: no renderer for table ${table.id}`);
      out.push(render(table.lines, notesFor(table.lines)));
    }
    return out;
  };

  /** Paragraphs and figures of a run of flow lines (a page body or a box). */
  const blocksOf = (lines: readonly SourceLine[], top: boolean): string[] => {
    const blocks: string[] = [];
    let paragraph: SourceLine[] = [];
    const flush = () => {
      if (!paragraph.length) return;
      blocks.push(paragraphOf(paragraph), ...notesFor(paragraph));
      paragraph = [];
    };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const text = clean(line.text).trim();
      if (!text) continue;
      if (top && pendingTables.length && pendingTables[0]!.from < line.n) {
        flush();
        blocks.push(...emitTablesBefore(line.n));
      }
      const heading = spec.headings[line.n];
      if (line.n === from) {
        if (normalizeForCompare(text) !== normalizeForCompare(spec.title)) {
          throw new Error(`${spec.slug}: title "${spec.title}" is not line ${from} ("${text}")`);
        }
        blocks.push(...notesFor([line]));
        continue;
      }
      if (heading) {
        flush();
        blocks.push(mdxHeading(heading.level, text, heading.id), ...notesFor([line]));
        continue;
      }
      if (HEADING_LIKE.some((re) => re.test(text))) throw new Error(`${spec.slug}: line ${line.n} looks like a heading but has no id: ${text}`);
      const box = top ? spec.boxes?.find((b) => b.from === line.n) : undefined;
      if (box) {
        flush();
        const boxLines = lines.filter((l) => l.n >= box.from && l.n <= box.to);
        const [title, ...rest] = boxLines.filter((l) => clean(l.text).trim());
        const inner = [`**${escapeMdxText(clean(title!.text).trim())}**`, ...blocksOf(rest, false)];
        blocks.push(mdxBlock('Box', { id: box.id }, inner.join('\n\n')), ...notesFor(boxLines));
        i = lines.indexOf(boxLines.at(-1)!);
        continue;
      }
      const figure = FIGURE_CAPTION.exec(text);
      if (figure) {
        flush();
        let j = i + 1;
        while (j < lines.length && !clean(lines[j]!.text).trim()) j++;
        const sourceLine = lines[j];
        if (!sourceLine || !DATA_SOURCE.test(clean(sourceLine.text).trim())) {
          throw new Error(`${spec.slug}: figure caption on line ${line.n} has no 数据来源 line after it`);
        }
        const id = `fig-${figure[1]!.replace(/[－—]/g, '-')}`;
        blocks.push(mdxBlock('Figure', { id }, `${mdxParagraph([text])}\n\n${mdxParagraph([clean(sourceLine.text)])}`), ...notesFor([line, sourceLine]));
        i = j;
        continue;
      }
      paragraph.push(line);
      if (endsSourceParagraph(line.text)) flush();
    }
    flush();
    return blocks;
  };

  const flow = context.mapped.flow.filter((l) => inPage(l.n));
  const blocks = [...blocksOf(flow, true), ...emitTablesBefore(Infinity)];

  for (const n of Object.keys(spec.headings).map(Number)) {
    if (!flow.some((l) => l.n === n)) throw new Error(`${spec.slug}: heading line ${n} is not in the page's flow`);
  }
  for (const note of spec.notes ?? []) if (!usedNotes.has(note.id)) throw new Error(`${spec.slug}: note ${note.id} was not placed`);

  const definitions = (spec.footnotes ?? []).map((fn) => {
    if (!usedFootnotes.has(fn.label)) throw new Error(`${spec.slug}: footnote ${fn.label} has no reference`);
    const body = context.mapped.footnotes.find((f) => f.from === fn.body);
    if (!body) throw new Error(`${spec.slug}: no footnote body starts at line ${fn.body} in the source map`);
    return `[^${fn.label}]: ${mdxParagraph(body.lines.map((l) => clean(l.text)))}`;
  });

  return {
    slug: spec.slug,
    frontmatter: pageFrontmatter(context, spec),
    body: [...blocks, ...definitions].join('\n\n') + '\n',
  };
}

/** Frontmatter of a page of the report (both parts of the profile). */
export function pageFrontmatter(
  context: ImportContext,
  spec: Pick<PageSpec, 'title' | 'sidebarLabel' | 'order' | 'chapter' | 'lines'>,
): DraftPage['frontmatter'] {
  return {
    title: spec.title,
    sidebarLabel: spec.sidebarLabel,
    document: context.document,
    order: spec.order,
    chapter: spec.chapter,
    source: { file: context.file, lines: spec.lines },
  };
}
