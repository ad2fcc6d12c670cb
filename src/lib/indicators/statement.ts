/**
 * The sentence of a source that states a value: the sentence (ending in 。！？)
 * around the number at its cited line, with the dump's line breaks repaired.
 * Table rows and captions have no sentence; there the cited line itself is
 * the statement. Pure.
 */
import { joinWrappedLines } from '../provenance/source-text.ts';

/** Lines read on each side of the cited one; a sentence longer than this window is cut at its edge. */
const WINDOW = 8;
const MAX_LENGTH = 240;

export function statementAt(lines: readonly string[], line: number, printed: string): string {
  const own = (lines[line - 1] ?? '').trim();
  const from = Math.max(0, line - 1 - WINDOW);
  const before = joinWrappedLines(lines.slice(from, line - 1));
  const text = joinWrappedLines([before, ...lines.slice(line - 1, line + WINDOW)]);
  const number = printed.replace(/^[-+−]/, '');
  // The number's first occurrence at or after the start of the cited line.
  const at = text.indexOf(number, Math.max(0, before.length - number.length));
  if (at === -1) return own;
  const start = Math.max(...['。', '！', '？'].map((end) => text.lastIndexOf(end, at) + 1));
  const stops = ['。', '！', '？'].map((end) => text.indexOf(end, at + number.length)).filter((i) => i !== -1);
  const end = stops.length ? Math.min(...stops) + 1 : text.length;
  const sentence = text.slice(start, end).trim();
  // No sentence around it (a table row, a chart's leftover numbers): the line itself.
  if (!/[。！？]$/.test(sentence) || sentence.length > MAX_LENGTH || start === 0) return own;
  return sentence;
}
