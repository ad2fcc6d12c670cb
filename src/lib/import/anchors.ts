/**
 * Anchors in review files: a quoted phrase that occurs on exactly one source
 * line, or a line number. Quotes survive upstream edits that shift lines;
 * a quote that stops matching, or starts matching twice, fails loudly.
 */
import type { Anchor } from './review-schema.ts';

export class AnchorError extends Error {}

export function resolveAnchor(anchor: Anchor, lines: readonly string[], where: string): number {
  if (typeof anchor === 'number') {
    if (anchor > lines.length) throw new AnchorError(`${where}: line ${anchor} is past the end of the source (${lines.length} lines)`);
    return anchor;
  }
  const hits: number[] = [];
  lines.forEach((text, i) => {
    if (text.includes(anchor)) hits.push(i + 1);
  });
  if (hits.length === 1) return hits[0]!;
  if (hits.length === 0) {
    throw new AnchorError(`${where}: the quote “${anchor}” is on no source line; quote text from a single line exactly as the source has it, or give the line number`);
  }
  throw new AnchorError(`${where}: the quote “${anchor}” is on lines ${hits.join(', ')}; quote more of the line so that it is unique, or give the line number`);
}

/**
 * The anchor a draft review file uses for a line: the whole trimmed line when
 * no other line contains it (readable, and it survives lines added or
 * removed upstream), else the line number.
 */
export function proposeAnchor(n: number, lines: readonly string[]): Anchor {
  const text = lines[n - 1]!.trim();
  if (text.length >= 2 && lines.filter((l) => l.includes(text)).length === 1) return text;
  return n;
}
