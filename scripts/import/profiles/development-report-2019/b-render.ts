/**
 * Turns one page's share of the mapped source (reading flow, footnotes,
 * tables) into an MDX body, following a declarative page spec: which lines
 * are headings (with their ids), which ranges are 专栏 boxes, where tables,
 * inferred headings and editorial notes go. Figures, paragraphs and list
 * items are recognised from the text. Pure functions, no I/O.
 */
import type { MappedSource, SourceLine } from '../../../../src/lib/source-map.ts';
import { escapeMdxText, mdxBlock, mdxHeading, mdxParagraph } from '../../../../src/lib/import/mdx.ts';
import { joinWrappedLines, PRIVATE_USE } from '../../../../src/lib/text.ts';
import { footnoteSentinel, hasSentinel, placeMarker, resolveFootnoteSentinels } from './b-footnotes.ts';
import { renderTableBlock, type TableSpec } from './b-tables.ts';

export type NoteKind = 'error' | 'gap' | 'move' | 'remark';

export interface NoteSpec {
  id: string;
  kind: NoteKind;
  text: string;
}

export interface HeadingSpec {
  level: 2 | 3 | 4;
  id: string;
}

/** Something the page inserts that is not a source line: placed after the block holding line `after` (0 = page top). */
export type Insert =
  | ({ type: 'note'; after: number } & NoteSpec)
  | { type: 'table'; after: number; id: string }
  /** A heading lost in the extraction, written by the editor; marked editorial so that it is not taken for source text. */
  | { type: 'inferred-heading'; after: number; level: 2 | 3 | 4; text: string; id: string };

export interface PageSpec {
  slug: string;
  title: string;
  sidebarLabel: string;
  chapter: string;
  order: number;
  lines: [number, number];
  /** Source line printed as the page title (h1); left out of the body. */
  titleLine?: number;
  headings: Record<number, HeadingSpec>;
  boxes: { id: string; from: number; to: number }[];
  inserts: Insert[];
}

export interface RenderContext {
  lines: readonly string[];
  mapped: MappedSource;
  edits: readonly { line: number; find: string; replace: string }[];
  /** Footnote marker line → first line of its footnote body. */
  footnoteMarkers: Readonly<Record<number, number>>;
  tables: readonly TableSpec[];
}

interface Block {
  lines: number[];
  mdx: string;
}

const FIGURE = /^图\s*\d+-\d+/;
const DATA_SOURCE = /^(?:数据)?来源：/;
const SECTION = /^第[一二三四五六七八九十]+节/;
const NUMBERED = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;
const DIGIT_ITEM = /^\d+．/;
const STRUCTURAL = (text: string) => SECTION.test(text) || NUMBERED.test(text) || (DIGIT_ITEM.test(text) && !text.includes('：'));

/** The dump marks a paragraph's last line with a trailing space after sentence punctuation. */
export function endsParagraph(raw: string): boolean {
  return raw.endsWith(' ') && /[。：；！？”）%]$/.test(raw.trimEnd());
}

/** A numbered list item: "1．管理体制方面：…" (a number with a body, not a short heading). */
export function isListItem(text: string): boolean {
  return DIGIT_ITEM.test(text) && text.includes('：');
}

export function noteBlock(note: NoteSpec): string {
  if (!/^en-[a-z0-9-]+$/.test(note.id)) throw new Error(`note id "${note.id}" is not en-<ascii>`);
  return mdxBlock('EditorNote', { id: note.id, kind: note.kind }, escapeMdxText(note.text));
}

export function inferredHeading(level: 2 | 3 | 4, text: string, id: string): string {
  // The heading's text is the editor's: data-editorial keeps it out of the source text the fidelity check reads.
  const probe = mdxHeading(level, text, id); // validates the id
  void probe;
  return `${'#'.repeat(level)} <span data-editorial>${escapeMdxText(text)}</span> {/* #${id} */}`;
}

/** Builds the MDX body of one page. */
export function renderPage(spec: PageSpec, ctx: RenderContext): string {
  const [from, to] = spec.lines;
  const flow = ctx.mapped.flow.filter((l) => l.n >= from && l.n <= to);
  const editByLine = new Map(ctx.edits.map((e) => [e.line, e]));
  const footnotes: { k: number; body: number }[] = [];

  /** Line text after the map's edits, with a sentinel where a footnote marker was deleted. */
  const textOf = (line: SourceLine): string => {
    const body = ctx.footnoteMarkers[line.n];
    if (body === undefined) return line.text.replace(PRIVATE_USE, '');
    const edit = editByLine.get(line.n);
    if (!edit) throw new Error(`line ${line.n}: footnote marker without an edit in the source map`);
    const k = footnotes.length + 1;
    footnotes.push({ k, body });
    const marked = placeMarker(ctx.lines[line.n - 1]!, edit.find, edit.replace, footnoteSentinel(k));
    if (marked.replace(footnoteSentinel(k), '') !== line.text) throw new Error(`line ${line.n}: marker placement does not match the map`);
    return marked;
  };

  const blocks: Block[] = [];
  let paragraph: { n: number; text: string }[] = [];
  let listItems: Block[] = [];
  let box: { id: string; to: number; first: number; blocks: string[]; lines: number[] } | undefined;

  const emit = (block: Block) => {
    if (box) {
      box.blocks.push(block.mdx);
      box.lines.push(...block.lines);
    } else blocks.push(block);
  };
  const flushList = () => {
    if (!listItems.length) return;
    emit({ lines: listItems.flatMap((b) => b.lines), mdx: listItems.map((b) => b.mdx).join('\n') });
    listItems = [];
  };
  const flushParagraph = () => {
    if (!paragraph.length) return;
    const text = joinWrappedLines(paragraph.map((p) => p.text));
    const lines = paragraph.map((p) => p.n);
    paragraph = [];
    if (isListItem(text)) {
      listItems.push({ lines, mdx: `- ${escapeMdxText(text)}` });
      return;
    }
    flushList();
    emit({ lines, mdx: escapeMdxText(text) });
  };
  const flushAll = () => {
    flushParagraph();
    flushList();
  };
  const closeBox = () => {
    if (!box) return;
    flushAll();
    const done = box;
    box = undefined;
    blocks.push({ lines: done.lines, mdx: mdxBlock('Box', { id: done.id }, done.blocks.join('\n\n')) });
  };

  for (let i = 0; i < flow.length; i++) {
    const line = flow[i]!;
    if (box && line.n > box.to) closeBox();
    const raw = textOf(line);
    const text = raw.trim();
    if (line.n === spec.titleLine) {
      if (text !== spec.title) throw new Error(`line ${line.n}: "${text}" is not the page title "${spec.title}"`);
      continue;
    }
    if (text === '') continue;
    const boxSpec = spec.boxes.find((b) => b.from === line.n);
    if (boxSpec) {
      flushAll();
      box = { id: boxSpec.id, to: boxSpec.to, first: line.n, blocks: [], lines: [] };
      emit({ lines: [line.n], mdx: mdxParagraph([text]) });
      continue;
    }
    const heading = spec.headings[line.n];
    if (heading) {
      if (box) throw new Error(`line ${line.n}: heading inside a box`);
      flushAll();
      blocks.push({ lines: [line.n], mdx: mdxHeading(heading.level, text, heading.id) });
      continue;
    }
    if (STRUCTURAL(text)) throw new Error(`line ${line.n}: "${text}" looks like a heading but has no heading spec`);
    if (FIGURE.test(text)) {
      if (paragraph.length) throw new Error(`line ${line.n}: figure caption inside an open paragraph (line ${paragraph[0]!.n})`);
      flushAll();
      const next = flow.slice(i + 1).find((l) => l.text.trim() !== '');
      const caption = [mdxParagraph([text])];
      const lines = [line.n];
      if (next && DATA_SOURCE.test(next.text.trim())) {
        caption.push(mdxParagraph([next.text]));
        lines.push(next.n);
        i = flow.indexOf(next);
      }
      const id = `fig-${/^图\s*(\d+-\d+)/.exec(text)![1]}`;
      emit({ lines, mdx: mdxBlock('Figure', { id }, caption.join('\n\n')) });
      continue;
    }
    paragraph.push({ n: line.n, text: raw });
    if (endsParagraph(line.text)) flushParagraph();
  }
  closeBox();
  flushAll();

  // Inserts: after the block that holds their anchor line, in the order declared.
  const out: string[] = [];
  const placed = new Set<Insert>();
  const renderInsert = (insert: Insert): string => {
    placed.add(insert);
    if (insert.type === 'note') return noteBlock(insert);
    if (insert.type === 'inferred-heading') return inferredHeading(insert.level, insert.text, insert.id);
    const spec = ctx.tables.find((t) => t.id === insert.id);
    if (!spec) throw new Error(`no table spec ${insert.id}`);
    const parts = ctx.mapped.tables.filter((t) => t.id === insert.id);
    if (!parts.length) throw new Error(`source map has no table ${insert.id}`);
    return renderTableBlock(spec, parts.flatMap((p) => p.lines.map((l) => l.text)), noteBlock);
  };
  for (const insert of spec.inserts) if (insert.after === 0) out.push(renderInsert(insert));
  for (const block of blocks) {
    out.push(block.mdx);
    for (const insert of spec.inserts) if (insert.after !== 0 && block.lines.includes(insert.after)) out.push(renderInsert(insert));
  }
  const unplaced = spec.inserts.filter((i) => !placed.has(i));
  if (unplaced.length) throw new Error(`${spec.slug}: inserts not placed (anchor not in a block): ${unplaced.map((i) => `${i.type} after ${i.after}`).join(', ')}`);

  for (const { k, body } of footnotes) {
    const note = ctx.mapped.footnotes.find((f) => f.from === body);
    if (!note) throw new Error(`no footnote body at line ${body}`);
    out.push(`[^fn${k}]: ${mdxParagraph(note.lines.map((l) => l.text.replace(PRIVATE_USE, '')))}`);
  }
  const body = resolveFootnoteSentinels(out.join('\n\n'));
  if (hasSentinel(body)) throw new Error(`${spec.slug}: a footnote sentinel survived`);
  return `${body}\n`;
}
