/**
 * Block structure of a PDF text dump in which a trailing space marks the end
 * of a paragraph or heading (Hans Publishers journal layout), and numbered
 * headings read "3.1. Title". Pure functions, no I/O.
 */
import type { SourceLine } from '../../../../src/lib/source-map.ts';

/** "3.1. 贸易竞争力指数" → number "3.1", depth 2, text as printed (trimmed). */
export interface NumberedHeading {
  number: string;
  depth: number;
  text: string;
}

const NUMBERED_HEADING = /^\s*(\d+(?:\.\d+)*)\.\s+\S/;

export function numberedHeading(raw: string): NumberedHeading | undefined {
  const match = NUMBERED_HEADING.exec(raw);
  if (!match) return undefined;
  const number = match[1]!;
  return { number, depth: number.split('.').length, text: raw.trim() };
}

/** True for a line that ends its paragraph: it ends with a space after visible text. */
export function endsWithMarker(raw: string): boolean {
  return /\S[ \t]+$/.test(raw);
}

/**
 * Groups lines (blank lines ignored) into runs that each end with a
 * trailing-space line. A final run without one is returned as well.
 */
export function groupByTrailingSpace(lines: readonly SourceLine[]): SourceLine[][] {
  const groups: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    current.push(line);
    if (endsWithMarker(line.text)) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length) groups.push(current);
  return groups;
}

/**
 * Joins wrapped lines of English prose: a space between lines, none where the
 * raw source line ended with a hyphen that was taken out (a word split over
 * the line break).
 */
export function joinEnglishLines(lines: readonly SourceLine[], rawLine: (n: number) => string): string {
  let out = '';
  let glue = false;
  for (const line of lines) {
    const text = line.text.trim();
    if (!text) continue;
    out += out && !glue ? ` ${text}` : text;
    glue = /[A-Za-z]-\s*$/.test(rawLine(line.n)) && !/-\s*$/.test(line.text);
  }
  return out;
}
