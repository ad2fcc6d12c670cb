import { describe, expect, it } from 'vitest';
import { datasetSchema, parsePrinted, type Dataset } from './dataset.ts';
import { checkDatasetProvenance, checkPrinted } from './provenance.ts';

const lines = [
  '额 2357.0 亿美元，同比增长 17.9%，比上年提高 7.3 个百分点；执行额 1580.8 亿美',
  '元，其中离岸执行额 968.9 亿美元。',
  '图 1-1 2009—2019 年中国服务外包规模及增速',
  '数据来源：中华人民共和国商务部',
];
const base: Dataset = {
  document: 'development-report-2019',
  figure: '图 1-1',
  anchor: 'fig-1-1',
  title: '2009—2019 年中国服务外包规模及增速',
  unit: '亿美元',
  captionLine: 3,
  dataSource: { line: 4, text: '数据来源：中华人民共和国商务部' },
  completeness: 'partial',
  chart: { kind: 'barY' },
  rows: [
    { x: 2019, series: '执行额', value: 1580.8, source: { line: 1, text: '1580.8' } },
    { x: 2019, series: '增速', value: 17.9, unit: '%', source: { line: 1, text: '17.9%' } },
    {
      x: 2019,
      series: '在岸执行额',
      value: 611.9,
      derived: { formula: 'difference', inputs: [{ line: 1, text: '1580.8' }, { line: 2, text: '968.9' }], decimals: 1, description: '执行额 − 离岸执行额' },
    },
  ],
};

describe('parsePrinted', () => {
  it('reads numbers as printed', () => {
    expect(parsePrinted('1,172')).toBe(1172);
    expect(parsePrinted('17.9%')).toBe(17.9);
    expect(parsePrinted('−3.2')).toBe(-3.2);
  });
});

describe('checkPrinted', () => {
  it('finds a number at its line, and across a line break', () => {
    expect(checkPrinted({ line: 1, text: '2357.0' }, lines, 2357)).toEqual([]);
    expect(checkPrinted({ line: 2, text: '968.9' }, lines, 968.9)).toEqual([]);
  });
  it('rejects a number that is not there, or only as part of a longer number', () => {
    expect(checkPrinted({ line: 1, text: '357.0' }, lines)).toEqual(['"357.0" is not printed at line 1']);
    expect(checkPrinted({ line: 2, text: '1580.8' }, lines)).toEqual(['"1580.8" is not printed at line 2']);
  });
  it('rejects a value that differs from the printed number', () => {
    expect(checkPrinted({ line: 1, text: '1580.8' }, lines, 1580.9)).toEqual(['value 1580.9 does not equal the printed "1580.8"']);
  });
});

describe('checkPrinted with tables and declines', () => {
  const table = ['东部地区 1310.2 8.4 82.9', '出口同比下降 0.9%，进口增长 2.0%'];
  it('keeps table cells apart', () => {
    expect(checkPrinted({ line: 1, text: '1310.2' }, table, 1310.2)).toEqual([]);
    expect(checkPrinted({ line: 1, text: '8.4' }, table, 8.4)).toEqual([]);
  });
  it('accepts a decline printed in words as a negative value, and only there', () => {
    expect(checkPrinted({ line: 2, text: '0.9%', negated: true }, table, -0.9)).toEqual([]);
    expect(checkPrinted({ line: 2, text: '0.9%' }, table, -0.9)).toEqual(['value -0.9 does not equal the printed "0.9%"']);
    expect(checkPrinted({ line: 1, text: '8.4', negated: true }, table, -8.4)).toEqual([
      '"8.4" at line 1 is marked negated, but no decline (下降, 减少 …) is printed there',
    ]);
  });
});

describe('checkDatasetProvenance', () => {
  it('accepts printed and correctly derived values', () => {
    expect(datasetSchema.parse(base)).toBeTruthy();
    expect(checkDatasetProvenance(base, lines)).toEqual([]);
  });
  it('rejects a wrong derivation, a wrong caption line and a wrong 数据来源 line', () => {
    const bad: Dataset = {
      ...base,
      captionLine: 4,
      dataSource: { line: 3, text: '数据来源：中华人民共和国商务部' },
      rows: [{ ...base.rows[2]!, value: 612 }],
    };
    expect(checkDatasetProvenance(bad, lines)).toEqual([
      'fig-1-1: line 4 is not the caption of 图 1-1',
      'fig-1-1: "数据来源：中华人民共和国商务部" is not at line 3',
      'development-report-2019/fig-1-1 row 1: derived difference of inputs is 611.9, not 612',
    ]);
  });
  it('requires exactly one of source and derived', () => {
    const row = { x: 2019, value: 1 };
    expect(datasetSchema.safeParse({ ...base, rows: [row] }).success).toBe(false);
  });
});
