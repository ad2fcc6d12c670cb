/**
 * Text helpers for Chinese source text. Pure functions, no I/O.
 */

/** Private-use code points (Wingdings bullets etc. left by PDF extraction). */
export const PRIVATE_USE = /[\uE000-\uF8FF]/g;

const ASCII_WORD_END = /[A-Za-z0-9.,;:!?%)\]'"&/+-]$/;
const ASCII_WORD_START = /^[A-Za-z0-9(\['"&/+-]/;

/**
 * Joins wrapped lines of one paragraph. Chinese needs no space at a line
 * break; a space is kept only where both sides are ASCII (e.g. "Frost &" +
 * "Sullivan"), because there the PDF dropped a real space.
 */
export function joinWrappedLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (out && ASCII_WORD_END.test(out) && ASCII_WORD_START.test(line)) out += ' ';
    out += line;
  }
  return out;
}

/**
 * Normal form for comparing source and published text: no whitespace of any
 * kind (line breaks and PDF spacing are not content) and no private-use glyphs.
 */
export function normalizeForCompare(text: string): string {
  return text.replace(PRIVATE_USE, '').replace(/[\s\u00A0\u3000\u200B\uFEFF]+/g, '');
}

/**
 * Splits normalized text into sentences, each ending with its terminator
 * (。！？ or a closing quote/bracket right after one). A trailing fragment
 * without a terminator is a sentence too.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const pattern = /[^。！？]*(?:[。！？]+[”’」』）)]*|$)/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0] === '') break;
    sentences.push(match[0]);
  }
  return sentences;
}

/** Counts non-overlapping occurrences of needle in haystack. */
export function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    count++;
    at = haystack.indexOf(needle, at + needle.length);
  }
  return count;
}
