/**
 * Downloads of an indicator: CSV (written by the site's one tidy-CSV writer,
 * src/lib/open-data/tidy.ts: UTF-8 with BOM, Chinese headers, CRLF) and
 * JSON. The fields differ from a figure's (src/lib/charts/export.ts) because
 * a point carries its period, area and document.
 */
import { tidyCsv, type FieldSpec } from '../open-data/tidy.ts';
import type { Indicator } from './assemble.ts';
import type { Disagreement, DocumentInfo } from './disagreements.ts';
import { periodLabel } from './schema.ts';
import { lineLabel } from '../provenance/source-links.ts';

export const INDICATOR_FIELDS: readonly FieldSpec[] = [
  { name: 'indicator', title: '指标', type: 'string', description: 'Indicator name.', required: true },
  { name: 'period', title: '期间', type: 'string', description: 'Period as people read it (2019 年, 2019 年一季度).', required: true },
  { name: 'period_code', title: '期间代码', type: 'string', description: 'Period code (2019, 2019Q1, 2015H1, 2016-2020).', required: true },
  { name: 'area', title: '地区', type: 'string', description: 'Area name (全国, a province, a region, a city).', required: true },
  { name: 'area_code', title: '地区代码', type: 'string', description: 'Area code (national or a slug).', required: true },
  { name: 'value', title: '数值', type: 'number', description: 'The value, in the unit.', required: true },
  { name: 'printed', title: '原文印作', type: 'string', description: 'The value as the source prints it.' },
  { name: 'unit', title: '单位', type: 'string', description: 'Unit.', required: true },
  { name: 'document', title: '文献', type: 'string', description: 'Short title of the document.', required: true },
  { name: 'source_file', title: '来源文件', type: 'string', description: 'Source text file (/sources/).', required: true },
  { name: 'lines', title: '行', type: 'string', description: 'Source line(s), space-separated for a derived value.', required: true },
  { name: 'derivation', title: '推算方法', type: 'string', description: 'How a derived value is computed, with the lines of its inputs.' },
  { name: 'note', title: '编者注', type: 'string', description: 'Editorial note (the site’s words).' },
];

export function indicatorRecords(indicator: Indicator, areaNames: ReadonlyMap<string, string>, documents: ReadonlyMap<string, DocumentInfo>) {
  return indicator.points.map((p) => ({
    indicator: indicator.name,
    period: periodLabel(p.period),
    period_code: p.period,
    area: areaNames.get(p.area) ?? p.area,
    area_code: p.area,
    value: p.value,
    printed: p.printed,
    unit: p.unit,
    document: documents.get(p.document)?.shortTitle ?? p.document,
    source_file: `${p.document}.txt`,
    lines: p.derived ? p.derived.inputs.map((i) => i.line).join(' ') : String(p.line),
    derivation: p.derived ? `${p.derived.description}（${p.derived.inputs.map((i) => `${lineLabel(i.line)} ${i.text}`).join('，')}）` : '',
    note: p.note ?? '',
  }));
}

/**
 * Before, this wrote its own CSV with d3-dsv's csvFormat, whose rows end in
 * LF, and added a final CRLF: mixed line ends. tidyCsv ends every row in CRLF
 * like every other download (RFC 4180).
 */
export function indicatorCsv(indicator: Indicator, areaNames: ReadonlyMap<string, string>, documents: ReadonlyMap<string, DocumentInfo>): string {
  return tidyCsv(INDICATOR_FIELDS, indicatorRecords(indicator, areaNames, documents));
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
