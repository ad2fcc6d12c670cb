/**
 * Paragraph recovery for zhejiang-statistics-training-2015.txt. Pure functions.
 *
 * In this dump a blank line follows every text line, so blank lines carry no
 * paragraph information. What does: a line whose raw form ends in whitespace
 * ends its paragraph (checked over the whole file outside 表 1: every such line
 * ends a paragraph, heading or list item, and no line without it does). A
 * Wingdings bullet (U+F06C, U+F0D8) opens a list item; the glyph itself is
 * not published.
 */
import type { SourceLine } from '../../../../src/lib/source-map.ts';
import { joinWrappedLines, PRIVATE_USE } from '../../../../src/lib/text.ts';

export interface Block {
  /** First and last source line of the block. */
  from: number;
  to: number;
  /** Joined text, bullet glyph and surrounding spaces removed. */
  text: string;
  /** True when the block's first line starts with a Wingdings bullet glyph. */
  bullet: boolean;
  /** Leading spaces of the block's first raw line (the dump's only trace of a lost bullet). */
  indent: number;
}

const BULLET = /^\s*[\uE000-\uF8FF]\s*/;

/** Removes a leading bullet glyph and any stray private-use glyphs. */
export function stripBullet(text: string): string {
  return text.replace(BULLET, '').replace(PRIVATE_USE, '');
}

/**
 * Splits non-blank source lines into blocks: a block ends after a line whose
 * raw text ends in whitespace (unless that whitespace is a word space between
 * two Latin words), or before a line that opens with a bullet.
 * `raw(n)` gives the unmodified text of line n (for its trailing whitespace).
 */
export function segmentBlocks(lines: readonly SourceLine[], raw: (n: number) => string): Block[] {
  const blocks: Block[] = [];
  let current: SourceLine[] = [];
  const flush = () => {
    if (!current.length) return;
    const first = current[0]!;
    blocks.push({
      from: first.n,
      to: current.at(-1)!.n,
      text: joinWrappedLines(current.map((l, i) => (i === 0 ? stripBullet(l.text) : l.text.replace(PRIVATE_USE, '')))),
      bullet: BULLET.test(first.text),
      indent: /^ */.exec(raw(first.n))![0].length,
    });
    current = [];
  };
  const text = lines.filter((l) => l.text.trim() !== '');
  text.forEach((line, i) => {
    if (BULLET.test(line.text)) flush();
    current.push(line);
    const next = text[i + 1];
    // "向 INTERNATIONAL " + "INSPIRATIONS…": a space between two Latin words is not a paragraph end.
    const wordSpace = /[A-Za-z]\s+$/.test(raw(line.n)) && next !== undefined && /^[A-Za-z]/.test(next.text);
    if (/\s$/.test(raw(line.n)) && !wordSpace) flush();
  });
  flush();
  return blocks;
}

/**
 * Splits a run-in heading off its paragraph at the first full stop:
 * "１、参与主体。服务外包的…" → ["１、参与主体。", "服务外包的…"].
 */
export function splitRunIn(text: string): [string, string] {
  const at = text.indexOf('。');
  if (at === -1 || at === text.length - 1) throw new Error(`no run-in heading in “${text.slice(0, 30)}…”`);
  return [text.slice(0, at + 1), text.slice(at + 1)];
}
