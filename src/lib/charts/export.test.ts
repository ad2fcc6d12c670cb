import { describe, expect, it } from 'vitest';
import { parseTidyCsv, tidyCsv } from '../open-data/tidy.ts';
import type { Dataset } from './dataset.ts';
import { CHART_FIELDS, chartRows, chartValueSources } from './export.ts';

const dataset: Dataset = {
  document: 'development-report-2019',
  figure: '图 1-1',
  anchor: 'fig-1-1',
  title: '规模',
  unit: '亿美元',
  captionLine: 19,
  dataSource: null,
  completeness: 'partial',
  chart: { kind: 'barY' },
  rows: [
    { x: 2019, series: '执行额', value: 1580.8, source: { line: 11, text: '1580.8' } },
    { x: 2019, series: '增速', value: -0.9, unit: '%', source: { line: 12, text: '0.9%', negated: true } },
    {
      x: 2019,
      series: '在岸执行额, 推算',
      value: 611.9,
      derived: { formula: 'difference', inputs: [{ line: 11, text: '1580.8' }, { line: 29, text: '968.9' }], decimals: 1, description: '执行额 − 离岸执行额' },
    },
  ],
};
const SITE = 'https://example.org';

describe('chart datasets as tidy data', () => {
  const rows = chartRows(dataset, SITE);
  it('has one value per row and one value per field', () => {
    const back = parseTidyCsv(CHART_FIELDS, tidyCsv(CHART_FIELDS, rows));
    expect(back.map((r) => r.value)).toEqual([1580.8, -0.9, 611.9]);
    expect(back[0]).toMatchObject({ category: '2019', unit: '亿美元', derived: false, source_line: 11, printed: '1580.8', source_url: `${SITE}/sources/development-report-2019/#L11` });
    expect(back[1]).toMatchObject({ unit: '%', printed: '−0.9%' });
    expect(back[2]).toMatchObject({ series: '在岸执行额, 推算', derived: true, source_line: null, printed: null, derivation: '执行额 − 离岸执行额' });
  });
  it('keeps the inputs of a derived value, each with its line, for the metadata', () => {
    const sources = chartValueSources(dataset, SITE);
    expect(sources[0]).toMatchObject({ sourceFile: 'development-report-2019.txt', sourceLine: 11, printed: '1580.8' });
    const derived = sources[2]!;
    expect('derived' in derived && derived.derived.inputs).toEqual([
      { printed: '1580.8', sourceLine: 11, sourceUrl: `${SITE}/sources/development-report-2019/#L11` },
      { printed: '968.9', sourceLine: 29, sourceUrl: `${SITE}/sources/development-report-2019/#L29` },
    ]);
  });
});
