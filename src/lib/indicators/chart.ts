/**
 * The charts of an indicator page, as chart datasets for the documents' own
 * renderer (src/lib/charts/render.ts): the national series over time, one bar
 * per document so that a disagreement shows as two bars; and the areas of the
 * period most areas report. Pure.
 */
import type { Dataset, DatasetRow } from '../charts/dataset.ts';
import type { Indicator, IndicatorPoint } from './assemble.ts';
import type { DocumentInfo } from './disagreements.ts';
import { periodLabel } from './schema.ts';

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
  const national = indicator.points.filter((p) => p.area === 'national');
  if (national.length) {
    const title = `${indicator.name}（全国，按文献）`;
    charts.push({ title, dataset: dataset(indicator, title, 'groupedBarY', national.map((p) => row(p, periodLabel(p.period), name(p.document), p.unit))) });
  }
  // Areas: the period with the most areas, in the main unit, one bar per area (the first document that gives it).
  const local = indicator.points.filter((p) => p.area !== 'national' && p.unit === indicator.unit);
  const counts = new Map<string, Set<string>>();
  for (const p of local) counts.set(p.period, (counts.get(p.period) ?? new Set()).add(p.area));
  const best = [...counts.entries()].sort((a, b) => b[1].size - a[1].size)[0];
  if (best && best[1].size >= 2) {
    const seen = new Set<string>();
    const rows = local
      .filter((p) => p.period === best[0] && !seen.has(p.area) && seen.add(p.area))
      .sort((a, b) => b.value - a.value)
      .map((p) => row(p, areaNames.get(p.area) ?? p.area, '', p.unit));
    const title = `${indicator.name}（${periodLabel(best[0])}，各地区）`;
    charts.push({ title, dataset: dataset(indicator, title, 'barX', rows.map(({ series: _s, ...r }) => r)) });
  }
  return charts;
}
