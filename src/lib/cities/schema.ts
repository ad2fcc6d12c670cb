/**
 * Schemas of the demonstration-city data: cities (src/data/cities/<slug>.json),
 * provinces, regions and economic circles (src/data/cities/areas/*.json) and the
 * city chart datasets (src/data/cities/charts/<id>.json). Pure: no Astro
 * modules, so the schemas can be unit-tested.
 *
 * Every number cites the source line where it is printed and the document
 * section that publishes it; anything the sources do not state (most
 * designation years, all coordinates) is marked as outside knowledge with
 * its basis.
 */
import { z } from 'astro/zod';
import { datasetSchema } from '../charts/dataset.ts';
import { sourceRefSchema, type SourceRef } from '../provenance/source-ref.ts';

const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const REGION_SLUGS = ['east', 'central', 'west', 'northeast'] as const;
export const CIRCLE_SLUGS = ['yangtze-economic-belt', 'jing-jin-ji', 'yangtze-river-delta', 'greater-bay-area', 'middle-yangtze'] as const;
export type RegionSlug = (typeof REGION_SLUGS)[number];
export type CircleSlug = (typeof CIRCLE_SLUGS)[number];

/** The 31 demonstration cities' page slugs (pinyin without tones). */
export const CITY_SLUGS = [
  'beijing', 'tianjin', 'shanghai', 'chongqing', 'dalian', 'shenzhen', 'guangzhou', 'wuhan', 'haerbin', 'chengdu',
  'nanjing', 'xian', 'jinan', 'hangzhou', 'hefei', 'nanchang', 'changsha', 'daqing', 'suzhou', 'wuxi',
  'xiamen', 'shenyang', 'changchun', 'nantong', 'zhenjiang', 'ningbo', 'fuzhou', 'qingdao', 'zhengzhou', 'nanning',
  'wulumuqi',
] as const;

/** Lines of a source text: the site's one citation shape (src/lib/provenance/source-ref.ts). */
export { sourceRefSchema };

/** Where a document page publishes the passage: /reports/<document>/<page>/#<anchor> (no anchor: the page's top). */
export const sectionRefSchema = z.object({
  document: z.string().regex(SLUG),
  page: z.string().regex(SLUG),
  anchor: z.string().regex(SLUG).optional(),
});

export const FACT_KINDS = ['amount', 'growth', 'share', 'count', 'rank', 'score'] as const;

/** Facts the cities index reads; each city has at most one per metric and year. */
export const METRICS = [
  'execution',
  'execution-rank',
  'execution-growth',
  'offshore-execution',
  'offshore-rank',
  'offshore-growth',
  'onshore-rank',
  'onshore-growth',
  'evaluation-score',
  'evaluation-rank',
] as const;
export type Metric = (typeof METRICS)[number];

const PRINTED_NUMBER = /^[-+−]?[\d,，]+(?:\.\d+)?$/;

/**
 * One fact: a number as printed (without its unit or a trailing %) at its
 * source line, or a rank read from a quoted list or phrase. Ranks are never
 * printed as numbers, so a rank carries the quote it is read from.
 */
export const factSchema = z
  .object({
    label: z.string().min(2),
    value: z.string().min(1),
    unit: z.string().min(1),
    year: z.number().int().min(1990).max(2100),
    /** Part of the year, e.g. "1—6 月", or "年度" for an annual evaluation. */
    period: z.string().optional(),
    kind: z.enum(FACT_KINDS),
    metric: z.enum(METRICS).optional(),
    /** Words printed before the number, e.g. "超过", "近". */
    qualifier: z.string().optional(),
    source: sourceRefSchema,
    /** Source wording the fact is read from (whitespace-insensitive); required for ranks. */
    quote: z.string().min(2).optional(),
    section: sectionRefSchema,
    /** Editorial remark shown with the fact (the site's words). */
    note: z.string().optional(),
  })
  .refine((f) => f.kind !== 'rank' || f.quote !== undefined, { message: 'a rank needs the quote it is read from', path: ['quote'] })
  .refine((f) => PRINTED_NUMBER.test(f.value), { message: 'value must be a number as printed, without unit or %', path: ['value'] });

/** A passage quoted verbatim from a source, e.g. what the report says about a region. */
export const statementSchema = z.object({
  text: z.string().min(4),
  source: sourceRefSchema,
  section: sectionRefSchema,
});

/** A value stated in the sources … */
function sourcedField<T extends z.ZodType>(value: T) {
  return z.object({ value, source: sourceRefSchema, section: sectionRefSchema, quote: z.string().min(2) });
}
/** … or one from outside the sources, with the editors' basis for it. */
function outsideField<T extends z.ZodType>(value: T) {
  return z.object({ value, outsideKnowledge: z.literal(true), basis: z.string().min(4) });
}
export function knowledgeField<T extends z.ZodType>(value: T) {
  return z.union([sourcedField(value), outsideField(value)]);
}

/** A chart on a profile: a dataset (or some of its series) with one row highlighted. */
export const chartRefSchema = z.object({
  dataset: z.string().regex(SLUG),
  series: z.array(z.string()).optional(),
  /** Draw one row across the series instead (e.g. a province's values by year). */
  row: z.string().optional(),
  /** Row label (x) to highlight, e.g. "南京" or "北京市". */
  highlight: z.string().optional(),
});

export const citySchema = z.object({
  /** Short name as the documents write it, e.g. "南京". */
  name: z.string().min(2),
  officialName: z.string().min(2),
  pinyin: z.string().min(2),
  english: z.string().min(2),
  /** Names searched for in the documents (the short name also finds "南京市"). */
  matchNames: z.array(z.string().min(2)).min(1),
  province: z.string().regex(SLUG),
  region: z.enum(REGION_SLUGS),
  circles: z.array(z.enum(CIRCLE_SLUGS)),
  designation: z.object({ batch: knowledgeField(z.string().min(2)), year: knowledgeField(z.number().int().min(2000).max(2100)) }),
  coordinates: outsideField(z.object({ lat: z.number().min(15).max(55), lon: z.number().min(70).max(140) })),
  facts: z.array(factSchema),
  charts: z.array(chartRefSchema).default([]),
  /** Editorial remark about what the sources say or omit (the site's words). */
  note: z.string().optional(),
});

export const provinceSchema = z.object({
  slug: z.string().regex(SLUG),
  /** Full name, e.g. "江苏省", "广西壮族自治区". */
  name: z.string().min(2),
  short: z.string().min(2),
  /** Row labels the report's tables use for it, e.g. ["广西壮族自治区", "广西"]. */
  names: z.array(z.string().min(2)).min(1),
  region: z.enum(REGION_SLUGS),
});

/** A table of the report shown on a page, and what its chart draws. */
export const tableRefSchema = z.object({
  dataset: z.string().regex(SLUG),
  /** The series drawn (all when omitted) and the row highlighted. */
  chart: z.object({ series: z.array(z.string()).min(1).optional(), highlight: z.string().optional() }).optional(),
});

const areaFields = {
  name: z.string().min(2),
  /** Labels used for it in tables and text, e.g. ["东部地区", "东部"]. */
  names: z.array(z.string().min(2)).min(1),
  /** Member provinces, in the order of the report's definition. */
  provinces: z.array(z.string().regex(SLUG)).min(1),
  definition: statementSchema,
  /** The report's section on it. */
  section: sectionRefSchema,
  statements: z.array(statementSchema),
  facts: z.array(factSchema),
  tables: z.array(tableRefSchema),
  note: z.string().optional(),
};
export const regionSchema = z.object({ slug: z.enum(REGION_SLUGS), ...areaFields });
export const circleSchema = z.object({ slug: z.enum(CIRCLE_SLUGS), ...areaFields });

/** A chart dataset of the city pages: the chart schema plus where the table or passage stands. */
export const cityDatasetSchema = datasetSchema.extend({
  id: z.string().regex(SLUG),
  section: sectionRefSchema,
  /** Row labels of total rows: shown in tables, left out of charts. */
  totals: z.array(z.string()).default([]),
});

export type { SourceRef };
export type SectionRef = z.infer<typeof sectionRefSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type City = z.infer<typeof citySchema>;
export type Province = z.infer<typeof provinceSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Circle = z.infer<typeof circleSchema>;
export type ChartRef = z.infer<typeof chartRefSchema>;
export type TableRef = z.infer<typeof tableRefSchema>;
export type CityDataset = z.infer<typeof cityDatasetSchema>;

/** True for a field the sources do not state (it carries the editors' basis instead of a source line). */
export function isOutsideKnowledge<F extends object>(field: F): field is Extract<F, { outsideKnowledge: true }> {
  return 'outsideKnowledge' in field;
}
