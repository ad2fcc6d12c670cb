/**
 * Width and wrapping of chart labels. Observable Plot estimates text width
 * from Latin glyph metrics (CJK comes out about 40 % short) and wraps only at
 * spaces, which Chinese does not have; so labels are measured and wrapped
 * here and handed to Plot with explicit line breaks.
 */

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u3000-\u303F]/u;
/** Punctuation that must not begin a line (kinsoku). */
const NO_LINE_START = /^[，。、；：！？）》」』”’%％,.;:!?)\]]/;

/** Width of one character in em: CJK and full-width forms 1, digits 0.56, others about 0.6. */
export function charWidthEm(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (ch === ' ') return 0.28;
  if (/[0-9]/.test(ch)) return 0.56;
  if (/[il.,:;'|!]/.test(ch)) return 0.3;
  if (/[mwMW]/.test(ch)) return 0.85;
  return 0.6;
}

export function textWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidthEm(ch);
  return width;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Wraps a label into lines no wider than maxEm, breaking between words (Intl.Segmenter) and, if a word is too long, inside it. */
export function wrapLabel(text: string, maxEm: number): string[] {
  const words = [...segmenter.segment(text)].map((s) => s.segment);
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const word of words) {
    if (textWidthEm(line + word) <= maxEm || NO_LINE_START.test(word)) {
      line += word;
      continue;
    }
    if (line) push();
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
