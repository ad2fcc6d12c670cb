/**
 * Excerpts with whole terms highlighted. Positions are found in normalized
 * text (so a traditional or full-width query highlights the simplified text)
 * and mapped back to the original characters.
 */
import { normalizeText, type T2S } from './normalize.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Normalized text plus, for each of its UTF-16 units, the index of the original character it came from. */
export function normalizeWithMap(text: string, t2s: T2S = {}): { normalized: string; origin: number[] } {
  let normalized = '';
  const origin: number[] = [];
  let index = 0;
  for (const ch of text) {
    const n = normalizeText(ch, t2s);
    normalized += n;
    for (let i = 0; i < n.length; i++) origin.push(index);
    index += ch.length;
  }
  return { normalized, origin };
}

/** Non-overlapping [start, end) ranges of the terms in the original text, sorted. */
export function termRanges(text: string, terms: readonly string[], t2s: T2S = {}): [number, number][] {
  const { normalized, origin } = normalizeWithMap(text, t2s);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    let at = normalized.indexOf(term);
    while (at !== -1) {
      const start = origin[at]!;
      const last = origin[at + term.length - 1]!;
      ranges.push([start, last + (text.codePointAt(last)! > 0xffff ? 2 : 1)]);
      at = normalized.indexOf(term, at + term.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/** HTML of a text with the given ranges wrapped in <mark>. */
export function markRanges(text: string, ranges: readonly [number, number][]): string {
  let html = '';
  let at = 0;
  for (const [start, end] of ranges) {
    html += escapeHtml(text.slice(at, start)) + '<mark>' + escapeHtml(text.slice(start, end)) + '</mark>';
    at = end;
  }
  return html + escapeHtml(text.slice(at));
}

/** An excerpt of about `length` characters around the first hit, terms marked. */
export function excerpt(text: string, terms: readonly string[], length = 90, t2s: T2S = {}): string {
  const all = termRanges(text, terms, t2s);
  const first = all[0];
  let start = 0;
  if (first) start = Math.max(0, first[0] - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  const slice = text.slice(start, end);
  const ranges = all
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s - start, e - start] as [number, number]);
  return (start > 0 ? '…' : '') + markRanges(slice, ranges) + (end < text.length ? '…' : '');
}
