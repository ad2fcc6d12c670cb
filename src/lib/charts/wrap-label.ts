/**
 * Width and wrapping of chart labels. Observable Plot estimates text width
 * from Latin glyph metrics (CJK comes out about 40 % short) and wraps only at
 * spaces, which Chinese does not have; so labels are measured and wrapped
 * here and handed to Plot with explicit line breaks.
 */

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u3000-\u303F\u2014\u2018\u2019\u201C\u201D\u2026]/u;
/** Punctuation that must not begin a line (clreq 3.1.7, 行首禁则). */
const NO_LINE_START = /^[，。、；：！？）》」』”’%％,.;:!?)\]]/;
/** Punctuation that must not end a line (行尾禁则). */
const NO_LINE_END = /[（《「『“‘(\[]$/;

/** Width of one character in em: CJK, full-width forms and CJK-set punctuation 1, digits 0.56, others about 0.6. */
export function charWidthEm(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (ch === ' ') return 0.28;
  if (/[0-9]/.test(ch)) return 0.56;
  if (/[iIl.,:;'|!]/.test(ch)) return 0.3;
  if (/[mwMW]/.test(ch)) return 0.85;
  // Capitals are wider than lower case (CRO, KPO in Noto Sans and system UI fonts).
  if (/[A-Z]/.test(ch)) return 0.68;
  return 0.6;
}

export function textWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidthEm(ch);
  return width;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Greedy line filling: between words (Intl.Segmenter) and, if a word is too long, inside it. */
function fill(words: readonly string[], maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const word of words) {
    // Closing punctuation stays on its line even past the width (it hangs, clreq 3.1.8).
    if (textWidthEm(line + word) <= maxEm || NO_LINE_START.test(word)) {
      line += word;
      continue;
    }
    // An opening bracket goes down with the word it opens.
    const opening = NO_LINE_END.exec(line)?.[0] ?? '';
    line = line.slice(0, line.length - opening.length);
    if (line) push();
    line = opening;
    if (opening) {
      line += word;
      continue;
    }
    if (textWidthEm(word) <= maxEm) {
      line = word;
      continue;
    }
    for (const ch of word) {
      if (textWidthEm(line + ch) > maxEm && line && !NO_LINE_START.test(ch)) push();
      line += ch;
    }
  }
  push();
  return lines;
}

/**
 * Wraps a label into lines no wider than maxEm, with as few lines as
 * possible and those lines as even as possible, so no line is left with a
 * single character ("年均增/速" becomes "2008—2019 年/年均增速").
 */
export function wrapLabel(text: string, maxEm: number): string[] {
  const words = [...segmenter.segment(text)].map((s) => s.segment);
  const lines = fill(words, maxEm);
  if (lines.length < 2) return lines;
  // The narrowest width that still needs no more lines: binary search in 0.1 em steps.
  let lo = Math.floor((textWidthEm(text) / lines.length) * 10);
  let hi = Math.ceil(maxEm * 10);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fill(words, mid / 10).length <= lines.length) hi = mid;
    else lo = mid + 1;
  }
  return fill(words, hi / 10);
}

/** Width in em of the widest line of a wrapped label. */
export function linesWidthEm(lines: readonly string[]): number {
  return Math.max(0, ...lines.map(textWidthEm));
}
