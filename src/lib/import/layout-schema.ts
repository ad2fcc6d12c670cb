/**
 * Review-file fields for layouts beyond paragraphs, headings and plain
 * tables: nested and continued list items, lists of labelled entries with
 * their own anchors, and grid tables (row anchors, row groups, cells of
 * several paragraphs). Kept apart from review-schema.ts so that each layout
 * lives with its renderer (lists.ts, grid-table.ts).
 */
import { z } from 'astro/zod';

/** The review file's anchor (review-schema.ts), restated here because that module imports this one. */
const anchorSchema = z.union([z.number().int().positive(), z.string().min(2)]);

const line = z.number().int().positive();
const id = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by hyphens, e.g. "city-hangzhou"');

export const listsSchema = z
  .object({
    /** Paragraphs that are items nested under the bullet item before them (“① …”, or a bullet the extraction lost). */
    nested: z.array(anchorSchema).default([]),
    /** Paragraphs that continue the bullet item before them (a conclusion under the item's sub-items). */
    continued: z.array(anchorSchema).default([]),
  })
  .strict();

export const labelledItemsSchema = z
  .object({
    /** The list's class (for styling), e.g. "typical-business". */
    class: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** The label (set in bold) ends before the first of these characters, e.g. "，". */
    labelEnd: z.string().min(1),
    /** Each item: the paragraph it is (a phrase of its first line) and its anchor; consecutive items make one list. */
    items: z.array(z.object({ at: anchorSchema, id }).strict()).min(1),
  })
  .strict();

/** A cell's source lines (from, to), or null for a cell the source leaves empty. */
const cellRange = z.union([z.tuple([line, line]), z.null()]);

const gridRow = z.union([
  /** Starts a row group (<tbody>); a non-empty label is its spanning header row, printed on source line `line`. */
  z.object({ group: z.string(), line: line.optional() }).strict(),
  /** A source line split at spaces; the first cell is the row header. `padEnd`: the source leaves the last cells blank. */
  z.object({ id, split: line, padEnd: z.boolean().optional() }).strict(),
  /**
   * Cells from line ranges, the first the row header. Two cells starting on
   * the same line share it: it splits at its first space. A cell's lines make
   * paragraphs (ending at a trailing space, or at a bullet), bulleted ones a list.
   */
  z.object({ id, cells: z.array(cellRange).min(2) }).strict(),
]);

export const gridSchema = z
  .object({
    class: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** The source lines (from, to) that print the column headers written out under `columns`. */
    header: z.tuple([line, line]).optional(),
    /** Column headers: the text, or the text and a minimum width that keeps a narrow column readable. */
    columns: z.array(z.union([z.string().min(1), z.object({ text: z.string().min(1), minWidth: z.string().regex(/^\d+(\.\d+)?(em|rem|px)$/) }).strict()])).min(2),
    /** A table of figures: row headers and figures do not wrap, figures are right-aligned. */
    figures: z.boolean().default(false),
    rows: z.array(gridRow).min(1),
  })
  .strict();
export type Grid = z.infer<typeof gridSchema>;
export type LabelledItems = z.infer<typeof labelledItemsSchema>;
