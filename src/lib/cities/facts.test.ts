import { describe, expect, it } from 'vitest';
import { checkPrinted } from '../charts/provenance.ts';
import { checkCityDataset, checkFact, checkRank, formatFact, formatPeriod, listItems, sectionUrl } from './facts.ts';
import { citeSource } from '../provenance/source-ref.ts';
import type { Fact } from './schema.ts';

// Lines 1–5 stand for source lines 3454–3462 of the 2019 report (blank lines between text lines).
const lines = [
  '市分别为：南京市、无锡市、上海市、广州市、深圳市、杭州市、苏州市、北京市、',
  '',
  '南通市、宁波市，其服务外包执行额合计 892.6 亿美元，占全国的 56.5%。其中，',
  '',
  '州市、苏州市，规模分别为 173.3 亿美元、108.1 亿美元、95.1 亿美元、88.5 亿美元、',
  '',
  '首位，南京、上海分别以 66.21 分和 66.06 分位列第二、第三。',
];
const section = { document: 'development-report-2019', page: 'ch4-cities', anchor: 'overview' };
const fact = (over: Partial<Fact>): Fact => ({
  label: '服务外包执行额',
  value: '173.3',
  unit: '亿美元',
  year: 2019,
  kind: 'amount',
  source: { file: 'development-report-2019.txt', lines: [5, 5] },
  section,
  ...over,
});

describe('fact quotes (the site’s one quote checker, src/lib/provenance/source-quote.ts)', () => {
  it('check a rank’s quote tightly: it starts on the first cited line and ends on the last', () => {
    const rank = fact({ kind: 'rank', value: '8', unit: '位', source: { file: 'x.txt', lines: [1, 3] }, quote: '南京市、无锡市、上海市、广州市、深圳市、杭州市、苏州市、北京市、南通市、宁波市' });
    expect(checkFact(rank, lines, ['北京'])).toEqual([]);
    // The old checker read two lines past an open range; a rank cited as one line now fails.
    expect(checkFact({ ...rank, source: { file: 'x.txt', lines: [1, 1] } }, lines, ['北京'])).toEqual([
      '服务外包执行额 (x.txt:1): "南京市、无锡市、上海市、广州市、深圳市、杭州市、苏州市、北京市、南通市、宁波市" not found in lines 1–1 of x.txt',
    ]);
    // … and one cited wider than its quote fails too.
    expect(checkFact({ ...rank, source: { file: 'x.txt', lines: [1, 5] } }, lines, ['北京'])).toHaveLength(1);
  });
  it('let another fact’s range open on its number, with the quote after it', () => {
    const share = fact({ value: '56.5', unit: '%', kind: 'share', source: { file: 'x.txt', lines: [3, 3] }, quote: '占全国的 56.5%' });
    expect(checkFact(share, lines)).toEqual([]);
  });
});

describe('ranks', () => {
  it('read a list of names', () => {
    expect(listItems('南京市、无锡市和上海市')).toEqual(['南京市', '无锡市', '上海市']);
    expect(listItems('南京、上海分别以 66.21 分位列第二')).toBeUndefined();
  });
  it('agree with the place of the city in a quoted list', () => {
    expect(checkRank({ value: '2', quote: '南京市、无锡市、上海市' }, ['无锡'])).toEqual([]);
    expect(checkRank({ value: '1', quote: '南京市、无锡市、上海市' }, ['无锡'])).toHaveLength(1);
    expect(checkRank({ value: '1', quote: '南京市、无锡市' }, ['北京'])).toHaveLength(1);
  });
  it('agree with an ordinal in a quoted phrase', () => {
    expect(checkRank({ value: '3', quote: '南京、上海分别以 66.21 分和 66.06 分位列第二、第三' }, ['上海'])).toEqual([]);
    expect(checkRank({ value: '4', quote: '南京、上海分别以 66.21 分和 66.06 分位列第二、第三' }, ['上海'])).toHaveLength(1);
  });
});

describe('facts', () => {
  it('pass when the number is printed at the cited line', () => {
    expect(checkFact(fact({}), lines)).toEqual([]);
  });
  it('fail when it is not, naming the fact and line', () => {
    expect(checkFact(fact({ value: '173.4' }), lines)).toEqual(['服务外包执行额 (development-report-2019.txt:5): "173.4" is not printed at line 5']);
  });
  it('check ranks by their quote', () => {
    const rank = fact({ label: '执行额排名', kind: 'rank', value: '8', unit: '位', source: { file: 'x.txt', lines: [1, 3] }, quote: '南京市、无锡市、上海市、广州市、深圳市、杭州市、苏州市、北京市、南通市、宁波市' });
    expect(checkFact(rank, lines, ['北京'])).toEqual([]);
    expect(checkFact({ ...rank, value: '9' }, lines, ['北京'])).toHaveLength(1);
  });
});

describe('numbers in table rows', () => {
  const table = ['北京市 5820 58.9 116.2 25.6 75.7 26.4 ', '', '重庆市 3492 -12.7 25.1 -6.3 21.0 -2.1 '];
  it('are found between spaces (the shared check keeps table cells apart)', () => {
    expect(checkPrinted({ line: 1, text: '75.7' }, table, 75.7)).toEqual([]);
    expect(checkPrinted({ line: 3, text: '-2.1' }, table, -2.1)).toEqual([]);
  });
  it('are not found inside a longer number', () => {
    expect(checkPrinted({ line: 1, text: '5.7' }, table)).toHaveLength(1);
    expect(checkPrinted({ line: 3, text: '2.7' }, table)).toHaveLength(1);
  });
  it('must equal the value they stand for', () => {
    expect(checkPrinted({ line: 1, text: '75.7' }, table, 75.6)).toEqual(['value 75.6 does not equal the printed "75.7"']);
  });
  it('are checked in a whole dataset', () => {
    const dataset = {
      id: 'table-4-8', section, document: 'development-report-2019', figure: '表 4-8', anchor: 'table-4-8', title: '京津冀', unit: '亿美元',
      captionLine: null, dataSource: null, completeness: 'full' as const, chart: { kind: 'barX' as const }, totals: [],
      rows: [{ x: '北京市', value: 75.7, source: { line: 1, text: '75.7' } }, { x: '重庆市', value: 21, source: { line: 3, text: '21.1' } }],
    };
    expect(checkCityDataset(dataset, table)).toContain('table-4-8 row 2 (重庆市): "21.1" is not printed at line 3');
    expect(checkCityDataset({ ...dataset, rows: dataset.rows.slice(0, 1) }, table)).toEqual([]);
  });
});

describe('formatting', () => {
  it('reads as on the page', () => {
    expect(formatFact({ value: '173.3', unit: '亿美元', kind: 'amount' })).toBe('173.3 亿美元');
    expect(formatFact({ value: '26.4', unit: '%', kind: 'growth' })).toBe('26.4%');
    expect(formatFact({ value: '100', unit: '亿美元', kind: 'amount', qualifier: '超过' })).toBe('超过 100 亿美元');
    expect(formatFact({ value: '3', unit: '位', kind: 'rank' })).toBe('第 3 位');
    expect(formatPeriod({ year: 2015, period: '1—6 月' })).toBe('2015 年 1—6 月');
    expect(formatPeriod({ year: 2018, period: '年度' })).toBe('2018 年度');
    expect(citeSource({ file: 'a.txt', lines: [3, 5] })).toBe('a.txt 第 3–5 行');
    expect(citeSource({ file: 'a.txt', lines: [3, 3] })).toBe('a.txt 第 3 行');
    expect(sectionUrl(section)).toBe('/reports/development-report-2019/ch4-cities/#overview');
    expect(sectionUrl({ document: 'five-year-review-and-outlook', page: 'demonstration-cities' })).toBe('/reports/five-year-review-and-outlook/demonstration-cities/');
  });
});
