/**
 * Checks quotations against their sources. A quotation cites a file and a
 * 1-based line range; it must be the text of those lines once line breaks are
 * repaired (compared with `normalizeForCompare`, so whitespace does not count).
 *
 * The cited range is tight: the quotation starts on the first cited line and
 * ends on the last. Whatever else stands on those lines is returned as `lead`
 * (before the quotation) and `trail` (after it), so that a caller can insist
 * it be empty or be exactly the entry's own heading, e.g. "I11 软件研发及开发服务，".
 */
import { normalizeForCompare } from './text.ts';

export type LineRange = readonly [number, number];

export interface QuoteLocation {
  ok: boolean;
  /** Why the quotation does not match, when it does not. */
  problem?: string;
  /** Normalized source text on the cited lines before the quotation. */
  lead: string;
  /** Normalized source text on the cited lines after the quotation. */
  trail: string;
}

/**
 * Finds `quote` in lines `from`..`to` of `lines` (the file split on "\n").
 * Fails when the quotation is not there, occurs twice, or the range is not tight.
 */
export function locateQuote(lines: readonly string[], [from, to]: LineRange, quote: string): QuoteLocation {
  const fail = (problem: string): QuoteLocation => ({ ok: false, problem, lead: '', trail: '' });
  if (from < 1 || to < from) return fail(`bad line range ${from}–${to}`);
  if (to > lines.length) return fail(`line ${to} is past the end of the file (${lines.length} lines)`);
  // Normalized text of each cited line, and where each starts in the joined text.
  const parts = lines.slice(from - 1, to).map((line) => normalizeForCompare(line));
  const starts: number[] = [];
  let joined = '';
  for (const part of parts) {
    starts.push(joined.length);
    joined += part;
  }
  const needle = normalizeForCompare(quote);
  if (!needle) return fail('empty quotation');
  const at = joined.indexOf(needle);
  if (at === -1) return fail(`not found in lines ${from}–${to}`);
  if (joined.indexOf(needle, at + 1) !== -1) return fail(`found more than once in lines ${from}–${to}`);
  const end = at + needle.length;
  const firstEnd = starts[0]! + parts[0]!.length;
  const lastStart = starts[starts.length - 1]!;
  if (parts[0]!.length === 0 || at >= firstEnd) return fail(`does not start on line ${from}`);
  if (parts[parts.length - 1]!.length === 0 || end <= lastStart) return fail(`does not end on line ${to}`);
  return { ok: true, lead: joined.slice(0, at), trail: joined.slice(end) };
}

/**
 * The tight line range of `quote` inside lines `from`..`to`: the first and last
 * lines that hold part of it. Used by scripts that cite part of a paragraph.
 */
export function quoteLines(lines: readonly string[], [from, to]: LineRange, quote: string): [number, number] | undefined {
  const needle = normalizeForCompare(quote);
  let joined = '';
  const owner: number[] = [];
  for (let n = from; n <= Math.min(to, lines.length); n++) {
    const part = normalizeForCompare(lines[n - 1]!);
    joined += part;
    for (let i = 0; i < part.length; i++) owner.push(n);
  }
  const at = joined.indexOf(needle);
  if (!needle || at === -1) return undefined;
  return [owner[at]!, owner[at + needle.length - 1]!];
}
