/**
 * Paragraph reconstruction for text dumps with one printed line per source
 * line and no trailing-space hints: a line that ends a sentence ends its
 * paragraph when it is visibly shorter than a full printed line.
 * Pure functions, no I/O.
 */

/** Display width of a line: East Asian wide and full-width characters count 2, everything else 1. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.trim()) {
    const code = ch.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd) ||
      // Curly quotes are printed full-width in Chinese text.
      code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || code === 0x2014;
    width += wide ? 2 : 1;
  }
  return width;
}

/** Ends with a sentence terminator, optionally followed by closing quotes or brackets. */
export const SENTENCE_END = /[。！？][”’」』）]*$/;

/**
 * Whether a line ends its paragraph. `nextIsBreak` is true when the next line
 * is a heading, caption, run-in lead or page start that begins a new block
 * anyway. A line that does not end a sentence never ends a paragraph; one that
 * does ends it when the next block starts anyway or when the line is shorter
 * than `fullWidth` (the dump's lines run to about 72–76 display columns).
 */
export function endsParagraph(text: string, nextIsBreak: boolean, fullWidth = 64): boolean {
  const line = text.trim();
  if (!SENTENCE_END.test(line)) return false;
  return nextIsBreak || displayWidth(line) < fullWidth;
}

const CJK_END = /[\u3400-\u9fff\uf900-\ufaff]$/;
const CJK_START = /^[\u3400-\u9fff\uf900-\ufaff]/;
const ALNUM_END = /[A-Za-z0-9%]$/;
const ALNUM_START = /^[A-Za-z0-9]/;

/**
 * joinWrappedLines, plus a space where a line break separated a Chinese
 * character from a Latin letter or digit ("年均增长" + "50.4%" →
 * "年均增长 50.4%"). The dump mostly sets numbers and Latin words off with
 * spaces ("1000 亿美元", "2020 年"); the PDF extraction lost those spaces at
 * line breaks only. Whitespace only: the text itself is unchanged.
 */
export function joinLinesSpaced(lines: readonly string[], join: (lines: readonly string[]) => string): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (out && ((CJK_END.test(out) && ALNUM_START.test(line)) || (ALNUM_END.test(out) && CJK_START.test(line)))) {
      out += ' ' + line;
    } else {
      out = out ? join([out, line]) : line;
    }
  }
  return out;
}
