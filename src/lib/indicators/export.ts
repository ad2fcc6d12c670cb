/**
 * Downloads of an indicator: CSV (UTF-8 with BOM, Chinese headers, so Excel
 * opens it without a wizard) and JSON. Written here rather than with the
 * figure downloads (src/lib/charts/export.ts) because a point carries its
 * period, area and document, which a figure's rows do not; d3-dsv does the
 * quoting.
 */
import { csvFormat } from 'd3-dsv';
import type { Indicator } from './assemble.ts';
import type { Disagreement, DocumentInfo } from './disagreements.ts';
import { periodLabel } from './schema.ts';

export function indicatorRecords(indicator: Indicator, areaNames: ReadonlyMap<string, string>, documents: ReadonlyMap<string, DocumentInfo>) {
  return indicator.points.map((p) => ({
    指标: indicator.name,
    期间: periodLabel(p.period),
    期间代码: p.period,
    地区: areaNames.get(p.area) ?? p.area,
    地区代码: p.area,
    数值: p.value,
    原文印作: p.printed,
    单位: p.unit,
    文献: documents.get(p.document)?.shortTitle ?? p.document,
    来源文件: `${p.document}.txt`,
    行: p.derived ? p.derived.inputs.map((i) => i.line).join(' ') : String(p.line),
    推算方法: p.derived ? `${p.derived.description}（${p.derived.inputs.map((i) => `第 ${i.line} 行 ${i.text}`).join('，')}）` : '',
    编者注: p.note ?? '',
  }));
}

export function indicatorCsv(indicator: Indicator, areaNames: ReadonlyMap<string, string>, documents: ReadonlyMap<string, DocumentInfo>): string {
  return `\uFEFF${csvFormat(indicatorRecords(indicator, areaNames, documents))}\r\n`;
}

export function indicatorJson(indicator: Indicator, disagreements: readonly Disagreement[]): string {
  const { file: _file, ...rest } = indicator;
  const findings = disagreements.map((d) => ({
    period: d.period,
    area: d.area,
    unit: d.unit,
    kind: d.kind,
    later: d.later ?? null,
    note: d.note ?? null,
    values: d.values.map((v) => ({ printed: v.printed, sources: v.points.map((p) => ({ file: `${p.document}.txt`, line: p.line })) })),
  }));
  return `${JSON.stringify({ ...rest, disagreements: findings }, null, 2)}\n`;
}
