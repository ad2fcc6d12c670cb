/**
 * Paragraph reconstruction for hard-wrapped dumps, from two facts of the
 * printed page that survive extraction: a paragraph's last line is usually
 * short, and its first line is indented by two CJK characters, i.e. a few
 * columns narrower than a full line. Pure functions, no I/O.
 */
import type { SourceLine } from '../provenance/source-map.ts';
import { joinWrappedLines } from '../provenance/source-text.ts';

/** A bullet glyph from a PDF font (private-use Wingdings, or a symbol bullet) and the spaces after it. */
export const BULLET_GLYPH = /^[\uE000-\uF8FF•●○◆◇■□▪▫➢➤►▶✓✔√·]\s*/;

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
  [0x20000, 0x3fffd],
];
/** Curly quotes and the em dash: full-width in some extractions' column counts, half-width in others. */
const QUOTES_AND_DASH = new Set([0x201c, 0x201d, 0x2018, 0x2019, 0x2014]);

/**
 * Display width in columns: East-Asian wide and full-width characters count 2, everything else 1;
 * with `wideQuotes`, also curly quotes and the em dash.
 */
export function displayWidth(text: string, wideQuotes = false): number {
  let width = 0;
  for (const ch of text.trim()) {
    const cp = ch.codePointAt(0)!;
    width += WIDE_RANGES.some(([from, to]) => cp >= from && cp <= to) || (wideQuotes && QUOTES_AND_DASH.has(cp)) ? 2 : 1;
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
  /** Lines that always start a paragraph (run-in leads). */
  breakBefore?: ReadonlySet<number>;
  /** Characters a paragraph's last line may end with (default 。！？：；”’）%) ... */
  endWith?: string;
  /** ... optionally followed by these closing quotes and brackets. */
  closers?: string;
  /** Count curly quotes and the em dash as two columns. */
  wideQuotes?: boolean;
  /** A trailing space after visible text marks a paragraph's last line (and nothing else does). */
  trailingSpaceEnds?: boolean;
}

const classOf = (chars: string) => chars.replace(/[\\\]^-]/g, (c) => `\\${c}`);
const endPattern = (rules: ParagraphRules) =>
  new RegExp(`[${classOf(rules.endWith ?? '。！？：；”’）%')}]${rules.closers ? `[${classOf(rules.closers)}]*` : ''}$`);

/** A line starting with closing punctuation continues the line before it, whatever its width. */
const CONTINUES = /^[，。、；：！？）」』”’%,.;:!?)]/;

/** Whether `line` ends its paragraph, given the next non-blank line of the same block (if any). */
export function endsParagraph(line: SourceLine, next: SourceLine | undefined, rules: ParagraphRules): boolean {
  if (rules.breakAfter?.has(line.n)) return true;
  if (rules.joinAfter?.has(line.n)) return false;
  if (next && rules.breakBefore?.has(next.n)) return true;
  if (rules.trailingSpaceEnds) return !next || /\S[ \t]+$/.test(line.text);
  const text = line.text.trim();
  if (!endPattern(rules).test(text)) return false;
  if (next && CONTINUES.test(next.text.trim())) return false;
  if (displayWidth(text, rules.wideQuotes) < rules.shortBelow) return true;
  if (!next) return true;
  return displayWidth(next.text, rules.wideQuotes) <= rules.indentedAtMost;
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
 * Which line breaks between Chinese and a Latin letter or digit stood for a space: none (false), all
 * (true), only a break after a Chinese character (“有” / “25 个”: 'after-chinese') or only a break
 * before one (“25” / “个”: 'before-chinese').
 */
export const SPACING_DIRECTIONS = ['after-chinese', 'before-chinese'] as const;
export type ScriptSpacing = boolean | (typeof SPACING_DIRECTIONS)[number];

/**
 * Joins the wrapped lines of one paragraph: joinWrappedLines, except that a
 * number broken at the line end (“28.” + “4%”, “1” + “6.7%”) and a compound
 * broken after its hyphen (“IT-” + “BPM”) are joined without the space that
 * joinWrappedLines keeps between ASCII words. With `spaceBetweenScripts`,
 * for dumps that set numbers and Latin words off with spaces (“2020 年”) but
 * lost those spaces at line breaks, a space goes back where a break separated
 * a Chinese character from a Latin letter or digit, in the directions it names.
 */
export function joinParagraphLines(lines: readonly string[], spaceBetweenScripts: ScriptSpacing = false): string {
  const afterChinese = spaceBetweenScripts === true || spaceBetweenScripts === 'after-chinese';
  const beforeChinese = spaceBetweenScripts === true || spaceBetweenScripts === 'before-chinese';
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) out = line;
    else if (/[\d.]$/.test(out) && /^\d/.test(line)) out += line;
    // A hyphenated compound broken after its hyphen (“IT-” / “BPM”) joins without a space.
    else if (/[A-Za-z0-9]-$/.test(out) && /^[A-Za-z0-9]/.test(line)) out += line;
    else if ((afterChinese && CJK_END.test(out) && ALNUM_START.test(line)) || (beforeChinese && ALNUM_END.test(out) && CJK_START.test(line))) out += ` ${line}`;
    else out = joinWrappedLines([out, line]);
  }
  return out;
}

const CJK_END = /[\u3400-\u9fff\uf900-\ufaff]$/;
const CJK_START = /^[\u3400-\u9fff\uf900-\ufaff]/;
const ALNUM_END = /[A-Za-z0-9%]$/;
const ALNUM_START = /^[A-Za-z0-9]/;
