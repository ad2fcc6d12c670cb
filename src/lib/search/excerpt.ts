/**
 * Excerpts with whole terms highlighted. Positions are found in the compact
 * normalized text (so a traditional, full-width or differently spaced query
 * highlights the text as published) and mapped back to the original
 * characters. An excerpt is a list of plain and marked pieces, which the
 * interface turns into DOM nodes (never HTML strings).
 */
import { normalizeText, type T2S } from './normalize.ts';

export type Excerpt = { text: string; mark: boolean }[];

const KEPT = /[\u3400-\u9fffa-z0-9.]/;
const LATIN = /[a-z0-9.]/;

/**
 * The compact form of a text (see normalize.ts: compactText) plus, for each
 * of its UTF-16 units, the index of the original character it came from.
 */
export function compactWithMap(text: string, t2s: T2S = {}): { compact: string; origin: number[] } {
  let compact = '';
  const origin: number[] = [];
  let index = 0;
  let pendingSpace = -1;
  for (const ch of text) {
    for (const n of normalizeText(ch, t2s)) {
      if (KEPT.test(n)) {
        if (pendingSpace !== -1 && LATIN.test(n) && LATIN.test(compact.at(-1) ?? '')) {
          compact += ' ';
          origin.push(pendingSpace);
        }
        pendingSpace = -1;
        compact += n;
        origin.push(index);
      } else if (compact) pendingSpace = index;
    }
    index += ch.length;
  }
  return { compact, origin };
}

/** Non-overlapping [start, end) ranges of the terms (compact normalized forms) in the original text, sorted. */
export function termRanges(text: string, terms: readonly string[], t2s: T2S = {}): [number, number][] {
  const { compact, origin } = compactWithMap(text, t2s);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const wanted = term.replace(/[^\u3400-\u9fffa-z0-9. ]/g, '');
    if (!wanted.trim()) continue;
    let at = compact.indexOf(wanted);
    while (at !== -1) {
      const start = origin[at]!;
      const last = origin[at + wanted.length - 1]!;
      ranges.push([start, last + (text.codePointAt(last)! > 0xffff ? 2 : 1)]);
      at = compact.indexOf(wanted, at + wanted.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/** Pieces of a text with the given ranges marked. */
export function markRanges(text: string, ranges: readonly [number, number][]): Excerpt {
  const out: Excerpt = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** An excerpt of about `length` characters around the first hit, terms marked, cut at word edges. */
export function excerpt(text: string, terms: readonly string[], length = 90, t2s: T2S = {}): Excerpt {
  const clean = text.replace(/\s+/g, ' ').replace(/(?<=[\u3400-\u9fff，。、；：]) (?=[\u3400-\u9fff，。、；：“《（])/g, '').trim();
  const all = termRanges(clean, terms, t2s);
  const first = all[0];
  let start = 0;
  if (first) start = Math.max(0, first[0] - Math.floor(length / 3));
  let end = Math.min(clean.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  // Start after a sentence or clause mark when one is near, rather than mid-word.
  if (start > 0) {
    const window = clean.slice(start, Math.min(first ? first[0] : end, start + 25));
    const stop = window.search(/[。；，、！？]/);
    if (stop !== -1) start += stop + 1;
  }
  end = Math.min(clean.length, Math.max(end, start + length));
  const slice = clean.slice(start, end);
  const ranges = all
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s - start, e - start] as [number, number]);
  const pieces = markRanges(slice, ranges);
  if (start > 0) pieces.unshift({ text: '…', mark: false });
  if (end < clean.length) pieces.push({ text: '…', mark: false });
  return pieces;
}
