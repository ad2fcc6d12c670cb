/**
 * Anchors in review files: a quoted phrase that occurs on exactly one source
 * line, or a line number. Quotes survive upstream edits that shift lines;
 * a quote that stops matching, or starts matching twice, fails loudly.
 */
import type { Anchor } from './review-schema.ts';

export class AnchorError extends Error {}

interface Indexed {
  text: string;
  /** Offset in `text` where each line starts. */
  starts: number[];
}

const cache = new WeakMap<readonly string[], Indexed>();

/** The source as one string (lines joined by "\n", which no quote contains), built once per source. */
function indexed(lines: readonly string[]): Indexed {
  let found = cache.get(lines);
  if (!found) {
    const starts: number[] = [];
    let offset = 0;
    for (const line of lines) {
      starts.push(offset);
      offset += line.length + 1;
    }
    found = { text: lines.join('\n'), starts };
    cache.set(lines, found);
  }
  return found;
}

/** 1-based line of a character offset (binary search). */
function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The lines holding `quote`: at most the first two, which is all uniqueness needs. */
function linesWith(quote: string, lines: readonly string[]): number[] {
  const { text, starts } = indexed(lines);
  const first = text.indexOf(quote);
  if (first === -1) return [];
  const firstLine = lineAt(starts, first);
  // The next occurrence on another line, if any.
  const second = text.indexOf(quote, starts[firstLine] ?? text.length);
  return second === -1 ? [firstLine] : [firstLine, lineAt(starts, second)];
}

export function resolveAnchor(anchor: Anchor, lines: readonly string[], where: string): number {
  if (typeof anchor === 'number') {
    if (anchor > lines.length) throw new AnchorError(`${where}: line ${anchor} is past the end of the source (${lines.length} lines)`);
    return anchor;
  }
  const hits = linesWith(anchor, lines);
  if (hits.length === 1) return hits[0]!;
  if (hits.length === 0) {
    throw new AnchorError(`${where}: the quote “${anchor}” is on no source line; quote text from a single line exactly as the source has it, or give the line number`);
  }
  throw new AnchorError(`${where}: the quote “${anchor}” is on lines ${hits.join(', ')} (at least); quote more of the line so that it is unique, or give the line number`);
}

/**
 * The anchor a draft review file uses for a line: the whole trimmed line when
 * no other line contains it (readable, and it survives lines added or
 * removed upstream), else the line number.
 */
export function proposeAnchor(n: number, lines: readonly string[]): Anchor {
  const text = lines[n - 1]!.trim();
  if (text.length >= 2 && linesWith(text, lines).length === 1) return text;
  return n;
}
