/**
 * Chart datasets: one JSON file per figure in src/data/charts/<document>/<anchor>.json.
 * Every value either cites the source line where it is printed (with the
 * number exactly as printed) or says how it was derived from such values.
 */
import { z } from 'astro/zod';

/** A number as printed in the source, and where. */
export const printedValueSchema = z.object({
  /** 1-based source line where the number starts. */
  line: z.number().int().positive(),
  /** The number exactly as printed, e.g. "1580.8", "17.9%", "1,172". */
  text: z.string().regex(/^[-+−]?[\d,，]+(?:\.\d+)?%?$/, 'a number as printed, e.g. 1580.8 or 17.9%'),
  /** Printed as a decline in words ("同比下降 0.9%"): the value is minus the printed number. */
  negated: z.literal(true).optional(),
});

export const DERIVATIONS = ['sum', 'difference', 'ratio', 'percent', 'share'] as const;

export const derivationSchema = z.object({
  /** sum: a+b+…; difference: a−b; ratio: a/b; percent: a/b×100; share: a/(a+b+…)×100. */
  formula: z.enum(DERIVATIONS),
  inputs: z.array(printedValueSchema).min(1),
  /** Decimal places the derived value is rounded to. */
  decimals: z.number().int().min(0).max(4),
  /** Human-readable description, e.g. "执行额 − 离岸执行额". */
  description: z.string().min(2),
});

export const datasetRowSchema = z
  .object({
    /** Category or year on the chart's main axis. */
    x: z.union([z.string(), z.number()]),
    /** Series name (legend), if there is more than one. */
    series: z.string().optional(),
    value: z.number(),
    /** Unit, when it differs from the dataset's (e.g. growth in % beside values in 亿美元). */
    unit: z.string().optional(),
    source: printedValueSchema.optional(),
    derived: derivationSchema.optional(),
  })
  .refine((row) => (row.source === undefined) !== (row.derived === undefined), {
    message: 'each value needs exactly one of `source` (printed) or `derived` (computed)',
  });

export const CHART_KINDS = ['barY', 'barX', 'line', 'groupedBarY', 'groupedBarX', 'none'] as const;

export const datasetSchema = z.object({
  /** Document id (file name without .txt). */
  document: z.string().regex(/^[a-z0-9-]+$/),
  /** The figure number as printed, e.g. "图 1-1"; for tables given a chart, "表 4-1". */
  figure: z.string().min(2),
  /** Anchor of the <Figure> or <TableBlock> on the document page, e.g. "fig-1-1". */
  anchor: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(2),
  unit: z.string().min(1),
  /** Caption line in the source; null when the caption itself is lost. */
  captionLine: z.number().int().positive().nullable(),
  /** The 数据来源 line as printed, and where. */
  dataSource: z.object({ line: z.number().int().positive(), text: z.string() }).nullable(),
  /** full: all values the original chart showed; partial: some survive; none: nothing survives. */
  completeness: z.enum(['full', 'partial', 'none']),
  /** Editorial note shown with the chart: what survives, what was redesigned, what is missing. */
  note: z.string().optional(),
  /** A figure without numbers redrawn from the site's structured data (the guide's classification tree). */
  rebuiltFrom: z.enum(['glossary-classification']).optional(),
  chart: z.object({
    kind: z.enum(CHART_KINDS),
    xLabel: z.string().optional(),
    yLabel: z.string().optional(),
  }),
  rows: z.array(datasetRowSchema),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetRow = z.infer<typeof datasetRowSchema>;
export type PrintedValue = z.infer<typeof printedValueSchema>;

/** Parses a number as printed: "1,172" → 1172, "17.9%" → 17.9, "−3.2" → -3.2. */
export function parsePrinted(text: string): number {
  return Number(text.replace(/[,，%]/g, '').replace('−', '-'));
}

/** The value a printed number stands for: minus it when printed as a decline in words. */
export function printedValue(value: { text: string; negated?: true | undefined }): number {
  return value.negated ? -parsePrinted(value.text) : parsePrinted(value.text);
}

/** Recomputes a derived value from its inputs (unrounded). */
export function computeDerived(formula: (typeof DERIVATIONS)[number], inputs: readonly number[]): number {
  const [a = NaN, b = NaN] = inputs;
  switch (formula) {
    case 'sum':
      return inputs.reduce((s, v) => s + v, 0);
    case 'difference':
      return a - b;
    case 'ratio':
      return a / b;
    case 'percent':
      return (a / b) * 100;
    case 'share':
      return (a / inputs.reduce((s, v) => s + v, 0)) * 100;
  }
}

export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
