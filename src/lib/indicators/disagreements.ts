/**
 * Disagreements: the same indicator, period, area and unit printed with
 * different values. Pure. Derived values are left out (they differ by
 * rounding and say how they were made); numbers that agree at the precision
 * of the less precise one (1580.8 and 1581) are not a disagreement.
 */
import { sameValue, type Indicator, type IndicatorPoint } from './assemble.ts';
import type { FindingNote } from './schema.ts';

export interface DocumentInfo {
  id: string;
  shortTitle: string;
  /** Publication order: ISO date where known, else the year. */
  date: string;
}

export interface Disagreement {
  /** Stable anchor: <indicator>-<period>-<area>-<unit index>. */
  id: string;
  indicator: string;
  indicatorName: string;
  period: string;
  area: string;
  unit: string;
  /** Each distinct value with the points that print it. */
  values: { value: number; printed: string; points: IndicatorPoint[] }[];
  /** between-documents: two documents differ; within-document: one document prints two values. */
  kind: 'between-documents' | 'within-document';
  /** The latest document among those that disagree, when their dates differ. */
  later?: string;
  /** The editors' note from the indicator file, if any. */
  note?: string;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function findDisagreements(
  indicator: Pick<Indicator, 'id' | 'name' | 'points'> & { notes?: readonly FindingNote[] },
  documents: ReadonlyMap<string, DocumentInfo>,
): Disagreement[] {
  const groups = new Map<string, IndicatorPoint[]>();
  for (const point of indicator.points) {
    if (point.derived) continue;
    const key = [point.period, point.area, point.unit].join('|');
    groups.set(key, [...(groups.get(key) ?? []), point]);
  }
  const findings: Disagreement[] = [];
  for (const points of groups.values()) {
    const values: Disagreement['values'] = [];
    for (const point of points) {
      const cluster = values.find((v) => sameValue(v.points[0]!, point));
      if (cluster) cluster.points.push(point);
      else values.push({ value: point.value, printed: point.printed, points: [point] });
    }
    if (values.length < 2) continue;
    const { period, area, unit } = points[0]!;
    const docs = [...new Set(points.map((p) => p.document))];
    const dated = docs.map((d) => ({ d, date: documents.get(d)?.date ?? '' })).sort((a, b) => a.date.localeCompare(b.date));
    const last = dated.at(-1);
    const later = docs.length > 1 && last && dated.filter((x) => x.date === last.date).length === 1 ? last.d : undefined;
    const note = indicator.notes?.find((n) => n.period === period && n.area === area && n.unit === unit)?.text;
    const unitIndex = [...new Set(indicator.points.map((p) => p.unit))].indexOf(unit);
    findings.push({
      id: slug(`${indicator.id}-${period}-${area}-${unitIndex}`),
      indicator: indicator.id,
      indicatorName: indicator.name,
      period,
      area,
      unit,
      values: values.sort((a, b) => a.value - b.value),
      kind: values.every((v) => v.points.every((p) => p.document === values[0]!.points[0]!.document)) ? 'within-document' : 'between-documents',
      ...(later ? { later } : {}),
      ...(note ? { note } : {}),
    });
  }
  return findings;
}

function trimZeros(n: number): string {
  return String(Math.round(n * 10000) / 10000);
}

/** The difference named in words: "相差 0.6 亿元（0.01%）", "相差 2.7 个百分点"; "最大相差" across three values or more. */
export function describeDifference(d: Disagreement): string {
  const lo = d.values[0]!.value;
  const hi = d.values.at(-1)!.value;
  const differ = d.values.length > 2 ? '最大相差' : '相差';
  if (d.unit.startsWith('%')) return `${differ} ${trimZeros(hi - lo)} 个百分点`;
  const relative = lo !== 0 ? `（按较小值计 ${trimZeros(Math.round(((hi - lo) / Math.abs(lo)) * 10000) / 100)}%）` : '';
  return `${differ} ${trimZeros(hi - lo)} ${d.unit}${relative}`;
}

/** One line for the build log. */
export function formatDisagreement(d: Disagreement, documents: ReadonlyMap<string, DocumentInfo>): string {
  const values = d.values
    .map((v) => `${v.printed} (${v.points.map((p) => `${p.document}.txt:${p.line}`).join(', ')})`)
    .join(' vs ');
  const later = d.later ? `; later: ${documents.get(d.later)?.shortTitle ?? d.later}` : '';
  return `${d.indicator} ${d.period} ${d.area} [${d.unit}] ${d.kind}: ${values}${later}`;
}
