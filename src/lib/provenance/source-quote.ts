/**
 * The site's one check of quotations against their sources (glossary
 * entries, city, region and circle facts and statements). A quotation cites
 * a file and a 1-based line range (src/lib/provenance/source-ref.ts); it must
 * be the text of those lines once line breaks are repaired (compared with
 * `normalizeForCompare`, so whitespace does not count), and occur there once.
 *
 * The cited range is tight: the quotation starts on the first cited line and
 * ends on the last, so the "第 a–b 行" a page prints is where it stands. A
 * fact's range may open on the line printing its number, with the quotation
 * after it (`startsOnFirstLine: false`). One run of other lines may interrupt
 * the quotation inside the range: a page-foot footnote or running header the
 * PDF put mid-sentence. Whatever else stands on the cited lines is returned as
 * `lead` (before the quotation) and `trail` (after it), so that a caller can
 * insist it be empty or be exactly the entry's own heading, e.g. "I11 软件研发及开发服务，".
 *
 * (The cities had a looser copy: a missing end line meant "up to two lines
 * further", and the quotation could stand anywhere in the range. Six of its 99
 * citations were wider or narrower than their quotations; they now cite
 * exactly.)
 */
import { normalizeForCompare } from './source-text.ts';
import type { LineRange, SourceRef } from './source-ref.ts';

export type { LineRange } from './source-ref.ts';

export interface QuoteLocation {
  ok: boolean;
  /** Why the quotation does not match, when it does not. */
  problem?: string;
  /** Normalized source text on the cited lines before the quotation. */
  lead: string;
  /** Normalized source text on the cited lines after the quotation. */
  trail: string;
}

export interface QuoteOptions {
  /** The quotation starts on the first cited line (default), or anywhere after it (a fact whose range opens on its number). */
  startsOnFirstLine?: boolean;
}

/**
 * Finds `quote` in lines `from`..`to` of `lines` (the file split on "\n").
 * Fails when the quotation is not there, occurs twice, or the range is not tight.
 */
export function locateQuote(lines: readonly string[], [from, to]: LineRange, quote: string, { startsOnFirstLine = true }: QuoteOptions = {}): QuoteLocation {
  const fail = (problem: string): QuoteLocation => ({ ok: false, problem, lead: '', trail: '' });
  if (from < 1 || to < from) return fail(`bad line range ${from}–${to}`);
  if (to > lines.length) return fail(`line ${to} is past the end of the file (${lines.length} lines)`);
  const needle = normalizeForCompare(quote);
  if (!needle) return fail('empty quotation');
  // Normalized text of each cited line; the whole range first, then without one interior run of lines.
  const all = lines.slice(from - 1, to).map((line) => normalizeForCompare(line));
  const candidates: string[][] = [all];
  for (let cut = 1; cut < all.length - 1; cut++) {
    for (let resume = cut + 1; resume < all.length; resume++) candidates.push([...all.slice(0, cut), ...all.slice(resume)]);
  }
  const parts = candidates.find((c) => c.join('').includes(needle));
  if (!parts) return fail(`not found in lines ${from}–${to}`);
  const joined = parts.join('');
  const at = joined.indexOf(needle);
  if (joined.indexOf(needle, at + 1) !== -1) return fail(`found more than once in lines ${from}–${to}`);
  const end = at + needle.length;
  const lastStart = joined.length - parts[parts.length - 1]!.length;
  if (startsOnFirstLine && (parts[0]!.length === 0 || at >= parts[0]!.length)) return fail(`does not start on line ${from}`);
  if (parts[parts.length - 1]!.length === 0 || end <= lastStart) return fail(`does not end on line ${to}`);
  return { ok: true, lead: joined.slice(0, at), trail: joined.slice(end) };
}

/** Problems with a quotation at its source reference: empty when it is there, tight and once. */
export function checkQuote(quote: string, lines: readonly string[], source: SourceRef, options: QuoteOptions = {}): string[] {
  const found = locateQuote(lines, source.lines, quote, options);
  return found.ok ? [] : [`"${quote}" ${found.problem} of ${source.file}`];
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
