/**
 * Paragraph reconstruction for hard-wrapped dumps, from two facts of the
 * printed page that survive extraction: a paragraph's last line is usually
 * short, and its first line is indented by two CJK characters, i.e. a few
 * columns narrower than a full line. Pure functions, no I/O.
 */
import type { SourceLine } from '../source-map.ts';
import { joinWrappedLines } from '../text.ts';

const WIDE_RANGES: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
];

/** Display width in columns: East-Asian wide and full-width characters count 2, everything else 1. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.trim()) {
    const cp = ch.codePointAt(0)!;
    width += WIDE_RANGES.some(([from, to]) => cp >= from && cp <= to) ? 2 : 1;
  }
  return width;
}

export interface ParagraphRules {
  /** A line narrower than this that ends with sentence punctuation ends its paragraph. */
  shortBelow: number;
  /** A following line at most this wide is an indented first line, i.e. starts a new paragraph. */
  indentedAtMost: number;
  /** Reviewed exceptions: source line numbers after which a paragraph always ends. */
  breakAfter?: ReadonlySet<number>;
  /** Reviewed exceptions: source line numbers after which the paragraph always continues. */
  joinAfter?: ReadonlySet<number>;
}

const SENTENCE_END = /[。！？：；”’）%]$/;
/** A line starting with closing punctuation continues the line before it, whatever its width. */
const CONTINUES = /^[，。、；：！？）」』”’%,.;:!?)]/;

/** Whether `line` ends its paragraph, given the next non-blank line of the same block (if any). */
export function endsParagraph(line: SourceLine, next: SourceLine | undefined, rules: ParagraphRules): boolean {
  if (rules.breakAfter?.has(line.n)) return true;
  if (rules.joinAfter?.has(line.n)) return false;
  const text = line.text.trim();
  if (!SENTENCE_END.test(text)) return false;
  if (next && CONTINUES.test(next.text.trim())) return false;
  if (displayWidth(text) < rules.shortBelow) return true;
  if (!next) return true;
  return displayWidth(next.text) <= rules.indentedAtMost;
}

/** Splits a run of non-blank source lines into paragraphs. */
export function splitParagraphs(lines: readonly SourceLine[], rules: ParagraphRules): SourceLine[][] {
  const paragraphs: SourceLine[][] = [];
  let current: SourceLine[] = [];
  lines.forEach((line, i) => {
    current.push(line);
    if (endsParagraph(line, lines[i + 1], rules)) {
      paragraphs.push(current);
      current = [];
    }
  });
  if (current.length) paragraphs.push(current);
  return paragraphs;
}

/**
 * Joins the wrapped lines of one paragraph: joinWrappedLines, except that a
 * number broken at the line end (“28.” + “4%”, “1” + “6.7%”) is joined
 * without the space that joinWrappedLines keeps between ASCII words.
 */
export function joinParagraphLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    out = out && /[\d.]$/.test(out) && /^\d/.test(line) ? out + line : joinWrappedLines(out ? [out, line] : [line]);
  }
  return out;
}
