/**
 * The charts of an indicator page, as chart datasets for the documents' own
 * renderer (src/lib/charts/render.ts): the national series over time, one bar
 * per document so that a disagreement shows as two bars; and the areas of the
 * period most areas report. Pure.
 */
import type { Dataset, DatasetRow } from '../charts/dataset.ts';
import { sameValue, type Indicator, type IndicatorPoint } from './assemble.ts';
import type { DocumentInfo } from './disagreements.ts';
import { PERIOD, periodLabel } from './schema.ts';
import { lineLabel } from '../provenance/source-links.ts';

const AREA_KINDS: Record<string, string> = { region: '各区域', province: '各省份', city: '各示范城市' };

function row(p: IndicatorPoint, x: string, series: string, unit: string): DatasetRow {
  const base = { x, series, value: p.value, unit };
  if (!p.derived) return { ...base, source: { line: p.line, text: p.printed, ...(p.negated ? { negated: true as const } : {}) } };
  return {
    ...base,
    derived: {
      formula: p.derived.formula as 'sum',
      inputs: p.derived.inputs,
      decimals: (/\.(\d+)/.exec(p.printed)?.[1]?.length ?? 0),
      description: p.derived.description,
    },
  };
}

function dataset(indicator: Indicator, title: string, kind: Dataset['chart']['kind'], rows: DatasetRow[]): Dataset {
  return {
    document: 'indicators',
    figure: '指标',
    anchor: indicator.id,
    title,
    unit: indicator.unit,
    captionLine: null,
    dataSource: null,
    completeness: 'partial',
    chart: { kind },
    rows,
  };
}

export function indicatorCharts(
  indicator: Indicator,
  areaNames: ReadonlyMap<string, string>,
  documents: ReadonlyMap<string, DocumentInfo>,
): { title: string; dataset: Dataset }[] {
  const name = (d: string) => documents.get(d)?.shortTitle ?? d;
  const charts: { title: string; dataset: Dataset }[] = [];
  // The national series year by year: spans of years (五年累计, 年均增长) are another measure and stay in the table.
  const national = indicator.points.filter((p) => p.area === 'national' && !PERIOD.exec(p.period)?.[6]);
  const rows: DatasetRow[] = [];
  const shown = new Map<string, IndicatorPoint[]>();
  for (const p of national) {
    // One bar per document and value: the same number printed again is not drawn twice.
    const key = `${p.period}|${p.unit}|${p.document}`;
    const values = shown.get(key) ?? [];
    if (values.some((v) => sameValue(v, p))) continue;
    shown.set(key, [...values, p]);
    // A document that prints two values for one period gets a bar for each, told apart by line.
    const series = values.length ? `${name(p.document)}（${lineLabel(p.line)}）` : name(p.document);
    rows.push(row(p, periodLabel(p.period), series, p.unit));
  }
  if (rows.length) {
    const title = `${indicator.name}（全国，按文献）`;
    charts.push({ title, dataset: dataset(indicator, title, 'groupedBarY', rows) });
  }
  // Areas of one kind (regions, provinces or cities) in the period most of them report, in the main unit.
  const local = indicator.points.filter((p) => /^(region|province|city):/.test(p.area) && p.unit === indicator.unit);
  const counts = new Map<string, Set<string>>();
  for (const p of local) {
    const key = `${p.area.split(':')[0]}|${p.period}`;
    counts.set(key, (counts.get(key) ?? new Set()).add(p.area));
  }
  const best = [...counts.entries()].sort((a, b) => b[1].size - a[1].size)[0];
  if (best && best[1].size >= 2) {
    const [kind, period] = best[0].split('|') as [string, string];
    const seen = new Set<string>();
    const bars = local
      .filter((p) => p.period === period && p.area.startsWith(`${kind}:`) && !seen.has(p.area) && seen.add(p.area))
      .sort((a, b) => b.value - a.value)
      .map((p) => row(p, areaNames.get(p.area) ?? p.area, '', p.unit));
    const title = `${indicator.name}（${periodLabel(period)}，${AREA_KINDS[kind] ?? kind}）`;
    charts.push({ title, dataset: dataset(indicator, title, 'barX', bars.map(({ series: _s, ...r }) => r)) });
  }
  return charts;
}
