import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { Dataset } from './dataset.ts';
import { datasetCsv, datasetJson } from './export.ts';

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
    {
      x: 2019,
      series: '在岸执行额, 推算',
      value: 611.9,
      derived: { formula: 'difference', inputs: [{ line: 11, text: '1580.8' }, { line: 29, text: '968.9' }], decimals: 1, description: '执行额 − 离岸执行额' },
    },
  ],
};

describe('dataset downloads', () => {
  it('CSV round-trips the values with their sources', () => {
    const rows = csvParse(datasetCsv(dataset));
    expect(rows.map((r) => Number(r.value))).toEqual([1580.8, 611.9]);
    expect(rows[0]).toMatchObject({ x: '2019', unit: '亿美元', derived: 'no', source_file: 'development-report-2019.txt', source_line: '11', printed: '1580.8' });
    expect(rows[1]).toMatchObject({ series: '在岸执行额, 推算', derived: 'yes', source_line: '11 29', derivation: 'difference: 执行额 − 离岸执行额' });
  });
  it('JSON carries the whole dataset and its source file', () => {
    const json = JSON.parse(datasetJson(dataset));
    expect(json.rows).toHaveLength(2);
    expect(json.sourceFile).toBe('development-report-2019.txt');
  });
});
