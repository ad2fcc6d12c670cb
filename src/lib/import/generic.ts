/**
 * Line patterns and the paragraph-end rule of the legacy import profile of
 * the 2019 report (scripts/import/profiles/development-report-2019/), kept
 * until that document moves to a review file. New code uses the engine
 * (engine.ts) and the draft heuristics (heuristics.ts).
 */
export const CHAPTER = /^\s*第[一二三四五六七八九十]+章\s*(.*?)\s*$/;
export const SECTION = /^\s*第[一二三四五六七八九十]+节\s*(.+?)\s*$/;
export const HEADING_2 = /^\s*[一二三四五六七八九十]+、(.+?)\s*$/;
export const HEADING_3 = /^\s*（[一二三四五六七八九十]+）(.+?)\s*$/;
export const FIGURE_CAPTION = /^\s*图\s*(\d+(?:[-－—]\d+)?)\s*(.+?)\s*$/;
export const DATA_SOURCE = /^\s*(?:数据)?来源：/;

/**
 * Paragraph ends. A line ends its paragraph when it ends with sentence
 * punctuation and is visibly shorter than a full line, or when the dump
 * marked the end with a trailing space after such punctuation.
 */
export function endsParagraph(raw: string, fullWidth: number): boolean {
  const text = raw.trimEnd();
  if (!/[。：；！？”）%]$/.test(text)) return false;
  return raw.endsWith(' ') || text.trim().length < fullWidth - 2;
}
