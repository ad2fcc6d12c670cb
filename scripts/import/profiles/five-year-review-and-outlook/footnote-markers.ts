/**
 * Footnote markers. The source map deletes markers glued to the text
 * ("8.3%1。" → "8.3%。"); these helpers find where each deleted marker stood,
 * so that a profile can put a footnote reference exactly there.
 * Pure functions, no I/O.
 */

export interface DeletionEdit {
  line: number;
  find: string;
  replace: string;
}

/**
 * Offset, in the edited line, where the characters deleted by `edit` stood.
 * `raw` is the line before the edit. Applies the same first-occurrence rule
 * as the source map (String.prototype.replace with a string).
 */
export function deletionOffset(raw: string, edit: DeletionEdit): number {
  const at = raw.indexOf(edit.find);
  if (at === -1) throw new Error(`line ${edit.line}: "${edit.find}" not found`);
  let i = 0;
  while (i < edit.replace.length && edit.find[i] === edit.replace[i]) i++;
  return at + i;
}

/** Inserts `insert` into `text` at `offset` (offsets count UTF-16 units, like indexOf). */
export function insertAt(text: string, offset: number, insert: string): string {
  if (offset < 0 || offset > text.length) throw new Error(`offset ${offset} outside "${text}"`);
  return text.slice(0, offset) + insert + text.slice(offset);
}

/** A placeholder for footnote `n` that survives line joining and MDX escaping unchanged. */
export const sentinel = (n: number): string => `\u0001${n}\u0002`;
const SENTINEL = /\u0001(\d+)\u0002/g;

/** Replaces the placeholders in escaped MDX text with GFM footnote references. */
export function replaceSentinels(text: string, label: (n: number) => string): string {
  return text.replace(SENTINEL, (_, n: string) => `[^${label(Number(n))}]`);
}

/** The footnote numbers whose placeholders occur in `text`, in order. */
export function sentinelsIn(text: string): number[] {
  return [...text.matchAll(SENTINEL)].map((m) => Number(m[1]));
}
