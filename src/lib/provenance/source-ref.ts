/**
 * The one shape of a citation of source lines, used by the glossary, the
 * cities, regions and circles, and the documents' own provenance:
 * `{ file, lines: [from, to] }`, 1-based and inclusive, as `sed -n` counts.
 * A single line is `[n, n]`. It is the shape the public /glossary.json has
 * always published, and it says the whole extent of a citation, so that
 * "第 a–b 行" on a page is exactly the range that is checked.
 *
 * (The city data used `line` with an optional `toLine`, and a missing
 * `toLine` let a quotation run two lines further than the page cited.)
 */
import { z } from 'astro/zod';
import { lineLabel, sourceLineUrl } from './source-links.ts';

export type LineRange = readonly [number, number];

export const lineRangeSchema = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([from, to]) => to >= from, { message: 'line range must be [from, to] with to >= from' });

export const sourceRefSchema = z.object({
  /** A file in sources/, e.g. "development-report-2019.txt". */
  file: z.string().regex(/^[a-z0-9-]+\.txt$/),
  /** 1-based, inclusive, tight: what is cited starts on `from` and ends on `to`. */
  lines: lineRangeSchema,
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** The citation as the site writes it: "development-report-2019.txt 第 3454–3456 行" (or "第 3460 行"). */
export function citeSource(source: { file: string; lines: LineRange }): string {
  return `${source.file} ${lineLabel(source.lines[0], source.lines[1])}`;
}

/** "第 3460 行" or "第 3454–3456 行", without the file. */
export function sourceLinesLabel(source: { lines: LineRange }): string {
  return lineLabel(source.lines[0], source.lines[1]);
}

/** Link to the cited lines in the source viewer. */
export function sourceRefUrl(source: { file: string; lines: LineRange }): string {
  return sourceLineUrl(source.file, source.lines[0], source.lines[1]);
}
