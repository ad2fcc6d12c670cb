/**
 * A source map is the reviewed, declarative list of everything that the
 * published text of a document does differently from its source dump:
 * page furniture dropped, footnote markers taken out of the running text,
 * footnote bodies and tables taken out of the reading flow, and fragments the
 * PDF extraction put out of order moved back. The importer applies it to
 * build draft pages; the fidelity test applies it to check that every other
 * sentence of the source is published, once, in order.
 *
 * Line numbers are 1-based, as `sed -n` and `nl -ba` count.
 */
import { z } from 'astro/zod';

const line = z.number().int().positive();
const range = z
  .object({ from: line, to: line, reason: z.string().min(2) })
  .refine((r) => r.to >= r.from, { message: '`to` must not be before `from`' });

export const sourceMapSchema = z.object({
  /** File name in sources/. */
  file: z.string().regex(/^[a-z0-9-]+\.txt$/),
  /** Page furniture and debris: running headers, page numbers, chart-axis numbers, blank filler. */
  drop: z.array(range),
  /**
   * Deletions inside a line, e.g. a footnote marker glued to a number
   * ("6.1%1，" → "6.1%，"). `replace` must be `find` with characters removed,
   * nothing added or changed.
   */
  edits: z.array(
    z.object({ line, find: z.string().min(1), replace: z.string(), reason: z.string().min(2) }),
  ),
  /** Footnote bodies: published as footnotes, outside the reading flow. */
  footnotes: z.array(range),
  /** Tables: rebuilt as real tables; checked cell by cell instead of sentence by sentence. */
  tables: z.array(range.and(z.object({ id: z.string().regex(/^[a-z0-9-]+$/) }))),
  /** Fragments moved: lines from..to are published after line `after`. */
  moves: z.array(range.and(z.object({ after: line }))),
});

export type SourceMap = z.infer<typeof sourceMapSchema>;

export interface SourceLine {
  /** 1-based line number in the source file. */
  n: number;
  text: string;
}

export interface MappedSource {
  /** The reading flow: source lines after drops, edits, extractions and moves, in published order. */
  flow: SourceLine[];
  footnotes: { from: number; to: number; lines: SourceLine[] }[];
  tables: { id: string; from: number; to: number; lines: SourceLine[] }[];
  dropped: SourceLine[];
}

export function isDeletionOnly(find: string, replace: string): boolean {
  let i = 0;
  for (const ch of find) if (i < replace.length && ch === replace[i]) i++;
  return i === replace.length && replace.length < find.length;
}

/** Checks a source map against its source; returns problems, each naming the map entry. */
export function validateSourceMap(map: SourceMap, lines: readonly string[]): string[] {
  const problems: string[] = [];
  const total = lines.length;
  const owner = new Map<number, string>();
  const claim = (from: number, to: number, what: string) => {
    if (to > total) problems.push(`${what}: line ${to} is past the end of ${map.file} (${total} lines)`);
    for (let n = from; n <= Math.min(to, total); n++) {
      const previous = owner.get(n);
      if (previous) problems.push(`${what}: line ${n} is already claimed by ${previous}`);
      else owner.set(n, what);
    }
  };
  map.drop.forEach((r) => claim(r.from, r.to, `drop ${r.from}-${r.to}`));
  map.footnotes.forEach((r) => claim(r.from, r.to, `footnote ${r.from}-${r.to}`));
  map.tables.forEach((r) => claim(r.from, r.to, `table ${r.id} ${r.from}-${r.to}`));
  for (const edit of map.edits) {
    const text = lines[edit.line - 1];
    if (text === undefined) problems.push(`edit on line ${edit.line}: no such line`);
    else if (!text.includes(edit.find)) problems.push(`edit on line ${edit.line}: "${edit.find}" is not on that line`);
    if (!isDeletionOnly(edit.find, edit.replace)) {
      problems.push(`edit on line ${edit.line}: "${edit.replace}" is not "${edit.find}" with characters removed`);
    }
  }
  for (const move of map.moves) {
    if (move.after >= move.from && move.after <= move.to) {
      problems.push(`move ${move.from}-${move.to}: target line ${move.after} is inside the moved range`);
    }
  }
  return problems;
}

/** Applies a source map to the lines of its source file (lines[0] is line 1). */
export function applySourceMap(map: SourceMap, lines: readonly string[]): MappedSource {
  const problems = validateSourceMap(map, lines);
  if (problems.length) throw new Error(`Source map for ${map.file} is invalid:\n  ${problems.join('\n  ')}`);
  const text = lines.map((t) => t);
  for (const edit of map.edits) {
    text[edit.line - 1] = text[edit.line - 1]!.replace(edit.find, edit.replace);
  }
  const at = (n: number): SourceLine => ({ n, text: text[n - 1]! });
  const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => at(from + i));
  const inRanges = (n: number, ranges: readonly { from: number; to: number }[]) =>
    ranges.some((r) => n >= r.from && n <= r.to);

  const dropped = map.drop.flatMap((r) => span(r.from, r.to));
  const footnotes = map.footnotes.map((r) => ({ from: r.from, to: r.to, lines: span(r.from, r.to) }));
  const tables = map.tables.map((r) => ({ id: r.id, from: r.from, to: r.to, lines: span(r.from, r.to) }));

  let flow: SourceLine[] = [];
  for (let n = 1; n <= text.length; n++) {
    if (inRanges(n, map.drop) || inRanges(n, map.footnotes) || inRanges(n, map.tables)) continue;
    flow.push(at(n));
  }
  for (const move of map.moves) {
    const moving = flow.filter((l) => l.n >= move.from && l.n <= move.to);
    flow = flow.filter((l) => l.n < move.from || l.n > move.to);
    let index = flow.findIndex((l) => l.n > move.after);
    if (index === -1) index = flow.length;
    flow.splice(index, 0, ...moving);
  }
  return { flow, footnotes, tables, dropped };
}
