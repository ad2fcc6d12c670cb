/**
 * Indicators: one YAML file per statistic in src/data/indicators/<id>.yaml.
 * An indicator gathers every value the documents print for one statistic
 * (national, and by region, province or city) into one series. Its points
 * are selected from the chart datasets and city facts, or cited from the
 * text by file, line and the printed number; nothing is typed in twice and
 * no value is invented.
 */
import { z } from 'astro/zod';
import { printedValueSchema } from '../charts/dataset.ts';

/**
 * The period a value refers to: a year ("2019"), a quarter ("2019Q1"), a
 * half-year ("2015H1"), months of a year ("2015M1-5") or a span of years
 * ("2016-2020", for totals and average growth over the span).
 */
export const PERIOD = /^(\d{4})(?:Q([1-4])|H([12])|M(\d{1,2})-(\d{1,2})|-(\d{4}))?$/;

/** Where a value applies: the whole country, the demonstration cities together, or one region, province or city. */
export const AREA = /^(?:national|demonstration-cities|(?:region|province|city):[a-z0-9-]+)$/;

const periodSchema = z.string().regex(PERIOD, 'a period such as 2019, 2019Q1, 2015H1, 2015M1-5 or 2016-2020');
const areaSchema = z.string().regex(AREA, 'national, demonstration-cities, region:<slug>, province:<slug> or city:<slug>');

/** Points selected from a chart dataset (src/data/charts/… or src/data/cities/charts/…). */
export const datasetSelectorSchema = z
  .object({
    /** Path under src/data without .json, e.g. "charts/development-report-2019/fig-1-1" or "city-charts/table-4-1". */
    dataset: z.string().regex(/^(?:charts\/[a-z0-9-]+\/[a-z0-9-]+|city-charts\/[a-z0-9-]+)$/, 'charts/<document>/<anchor> or city-charts/<id>'),
    /** The rows' series; omit for a dataset without series. */
    series: z.string().optional(),
    /** Only these row labels (x); omit for every row of the series. */
    x: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
    /** Leave out these row labels (totals such as 合计). */
    except: z.array(z.string()).optional(),
    /** Only rows in this unit (a series may hold values in 亿美元 and shares in %). */
    unit: z.string().optional(),
    /** The period of every selected row, or `x` when the row label is the period (a year). */
    period: z.union([periodSchema, z.literal('x')]),
    /**
     * The area of every selected row, or `x` when the row label names a region,
     * province or city (`x:city`, `x:province`, `x:region` when a name is both,
     * e.g. 上海 the city and the province-level municipality).
     */
    area: z.union([areaSchema, z.enum(['x', 'x:region', 'x:province', 'x:city'])]),
  })
  .strict();

/** Points taken from the demonstration cities' facts (src/data/cities/*.json) with this metric. */
export const cityFactSelectorSchema = z
  .object({
    cityFacts: z.string().min(2),
  })
  .strict();

/** A value cited from the text: the number as printed at its line, with the words around it. */
export const textPointSchema = z
  .object({
    document: z.string().regex(/^[a-z0-9-]+$/),
    /** 1-based line of sources/<document>.txt where the number is printed. */
    line: z.number().int().positive(),
    /** The number exactly as printed, e.g. "1580.8", "61.3%", "5619". */
    printed: printedValueSchema.shape.text,
    /** Printed as a decline in words (下降 0.9%): the value is minus the number. */
    negated: z.literal(true).optional(),
    /**
     * Verbatim words from the source that contain the number and say what it
     * is, e.g. "执行额 1753.5亿美元" (whitespace and line breaks do not count).
     */
    quote: z.string().min(3),
    period: periodSchema,
    area: areaSchema,
    /** Unit when it differs from the indicator's, e.g. 亿元 beside 亿美元. */
    unit: z.string().min(1).optional(),
    /** The site's remark on this value (what it covers, how it differs). */
    note: z.string().optional(),
  })
  .strict();

export const pointSourceSchema = z.union([textPointSchema, datasetSelectorSchema, cityFactSelectorSchema]);

/** An editorial note on one disagreement (or agreement worth explaining). */
export const findingNoteSchema = z
  .object({
    period: periodSchema,
    area: areaSchema,
    unit: z.string().min(1),
    text: z.string().min(4),
  })
  .strict();

export const indicatorFileSchema = z
  .object({
    /** ASCII id, the URL /indicators/<id>/; must match the file name. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Name as the documents use it, e.g. 服务外包执行额. */
    name: z.string().min(2),
    /** Other names a reader may search for, e.g. 执行额, 执行金额. */
    aliases: z.array(z.string().min(2)).default([]),
    /** Slug of the glossary entry that defines the statistic (src/data/glossary/<slug>.yaml). */
    glossary: z.string().regex(/^[a-z0-9-]+$/).optional(),
    /** What the indicator measures, in the site's words (编者释义). */
    definition: z.string().min(4),
    /** Main unit: 亿美元, %, 万人, 家. */
    unit: z.string().min(1),
    /** Other units the documents print it in, e.g. 亿元 beside 亿美元 (kept apart, never converted). */
    units: z.array(z.string().min(1)).optional(),
    /** For the listing: a group such as 规模, 结构, 就业与企业, 区域, 增速. */
    group: z.string().min(2),
    points: z.array(pointSourceSchema).min(1),
    notes: z.array(findingNoteSchema).default([]),
  })
  .strict();

export type IndicatorFile = z.infer<typeof indicatorFileSchema>;
export type TextPoint = z.infer<typeof textPointSchema>;
export type DatasetSelector = z.infer<typeof datasetSelectorSchema>;
export type CityFactSelector = z.infer<typeof cityFactSelectorSchema>;
export type FindingNote = z.infer<typeof findingNoteSchema>;

/** Period label as the site prints it: 2019 年, 2019 年一季度, 2015 年上半年, 2015 年 1—5 月, 2016—2020 年. */
export function periodLabel(period: string): string {
  const m = PERIOD.exec(period);
  if (!m) return period;
  const [, year, quarter, half, from, to, until] = m;
  if (quarter) return `${year} 年${'一二三四'[Number(quarter) - 1]}季度`;
  if (half) return `${year} 年${half === '1' ? '上' : '下'}半年`;
  if (from) return `${year} 年 ${from}—${to} 月`;
  if (until) return `${year}—${until} 年`;
  return `${year} 年`;
}

/** The years a set of periods covers: "2009—2020 年", or "2019 年" for one year. */
export function yearSpan(periods: readonly string[]): string {
  const years = periods.flatMap((p) => {
    const m = PERIOD.exec(p);
    return m ? [Number(m[1]), Number(m[6] ?? m[1])] : [];
  });
  if (!years.length) return '';
  const [from, to] = [Math.min(...years), Math.max(...years)];
  return from === to ? `${from} 年` : `${from}—${to} 年`;
}

/** The order of the groups on the list page; a group not named here follows them. */
export const GROUP_ORDER = ['规模', '结构', '就业与企业', '区域与示范城市', '增速'];

/** Sort key: by first year, then by the month the period ends (1—5 月 before 上半年 before the year), spans of years after their first year. */
export function periodSortKey(period: string): string {
  const m = PERIOD.exec(period);
  if (!m) return period;
  const [, year, quarter, half, , to, until] = m;
  const end = quarter ? Number(quarter) * 3 : half ? Number(half) * 6 : to ? Number(to) : until ? 13 : 12;
  return `${year}-${String(end).padStart(2, '0')}-${until ?? ''}`;
}
