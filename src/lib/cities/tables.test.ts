import { describe, expect, it } from 'vitest';
import { renderDataset } from '../charts/render.ts';
import { cityDatasetSchema, type CityDataset } from './schema.ts';
import { parseHTML } from 'linkedom';
import { chartDataset, chartSubset, datasetTable, highlightBars, noteForRow, rowsLabelled, rowsNamed, withoutGroupLabels } from './tables.ts';

const dataset: CityDataset = cityDatasetSchema.parse({
  id: 'table-4-8',
  section: { document: 'development-report-2019', page: 'ch4-economic-circles', anchor: 'table-4-8' },
  document: 'development-report-2019',
  figure: '表 4-8',
  anchor: 'table-4-8',
  title: '2019 年京津冀服务外包发展情况',
  unit: '亿美元',
  captionLine: 3228,
  dataSource: null,
  completeness: 'full',
  chart: { kind: 'barX' },
  totals: ['合计'],
  rows: [
    { x: '北京市', series: '执行额', value: 75.7, source: { line: 3252, text: '75.7' } },
    { x: '北京市', series: '执行额同比增长', unit: '%', value: 26.4, source: { line: 3252, text: '26.4' } },
    { x: '天津市', series: '执行额', value: 36.6, source: { line: 3254, text: '36.6' } },
    { x: '合计', series: '执行额', value: 117.5, source: { line: 3258, text: '117.5' } },
  ],
});

describe('dataset as a table', () => {
  const table = datasetTable(dataset);
  it('has a column per series and a row per category, each cell as printed with its line', () => {
    expect(table.columns).toEqual([
      { series: '执行额', unit: '亿美元' },
      { series: '执行额同比增长', unit: '%' },
    ]);
    expect(table.rows.map((r) => [r.label, r.total, r.cells.map((c) => c?.text), r.lines])).toEqual([
      ['北京市', false, ['75.7', '26.4'], [3252]],
      ['天津市', false, ['36.6', undefined], [3254]],
      ['合计', true, ['117.5', undefined], [3258]],
    ]);
  });
  it('gives every row one cell per column, so a row missing its first value does not shift left', () => {
    // 表 4-2's total rows print no rank: the rank column must stay empty, not take the next value.
    const ranked = cityDatasetSchema.parse({
      ...dataset,
      rows: [
        { x: '北京市', series: '排名', value: 1, source: { line: 3252, text: '1' } },
        { x: '北京市', series: '执行额', value: 75.7, source: { line: 3252, text: '75.7' } },
        { x: '合计', series: '执行额', value: 1132.7, source: { line: 3258, text: '1132.7' } },
      ],
    });
    const rows = datasetTable(ranked).rows;
    for (const row of rows) {
      expect(row.cells).toHaveLength(2);
      // map() visits every column; a hole would be skipped and the JSX would render one cell too few.
      expect(row.cells.map((c) => c?.text ?? '—')).toHaveLength(2);
      expect(Object.keys(row.cells)).toEqual(['0', '1']);
    }
    expect(rows[1]!.cells.map((c) => c?.text ?? '—')).toEqual(['—', '1132.7']);
  });
  it('finds the rows of a province by any of its names', () => {
    expect(rowsLabelled(table, ['天津市', '天津']).map((r) => r.label)).toEqual(['天津市']);
  });
});

describe('chart subset', () => {
  it('keeps the chosen series and drops totals', () => {
    expect(chartSubset(dataset, ['执行额']).rows.map((r) => r.x)).toEqual(['北京市', '天津市']);
  });
});

describe('highlighted bar', () => {
  it('colours the bar of one category and bolds its axis label', () => {
    const svg = renderDataset(chartSubset(dataset, ['执行额']))[0]!.svg;
    const marked = highlightBars(svg, '天津市');
    expect(marked.match(/data-highlight/g)).toHaveLength(1);
    expect(marked).toMatch(/<rect(?=[^>]*style="fill:var\(--chart-highlight\)")[^>]*><title>执行额 · 天津市：36\.6 亿美元<\/title>/);
    expect(marked).toContain('font-weight="bold"');
  });
  it('keeps the legend of a chart with several series', () => {
    const twoSeries = {
      ...dataset,
      rows: [...chartSubset(dataset, ['执行额']).rows, { x: '北京市', series: '离岸执行额', value: 75.7, source: { line: 3252, text: '75.7' } }],
    };
    const svg = renderDataset(twoSeries)[0]!.svg;
    expect(svg.startsWith('<figure')).toBe(true);
    const marked = highlightBars(svg, '北京市');
    expect(marked.startsWith('<figure')).toBe(true);
    expect(marked.match(/data-highlight/g)).toHaveLength(2);
    expect(marked).not.toContain('--chart-highlight');
  });
  it('leaves the chart alone when the category is not in it', () => {
    const svg = renderDataset(chartSubset(dataset, ['执行额']))[0]!.svg;
    expect(highlightBars(svg, '河北省')).toBe(svg);
  });
});

describe('chart of one row', () => {
  it('draws a row across its series, titled with the row', () => {
    const chart = chartDataset(dataset, { row: '北京市' });
    expect(chart.title).toBe('北京市：2019 年京津冀服务外包发展情况');
    expect(chart.rows.map((r) => [r.x, r.series, r.value])).toEqual([
      ['执行额', undefined, 75.7],
      ['执行额同比增长', undefined, 26.4],
    ]);
  });
  it('otherwise draws the chosen series without totals', () => {
    expect(chartDataset(dataset, { series: ['执行额'] }).rows).toHaveLength(2);
  });
});

describe('rows named', () => {
  it('collects a province’s rows across datasets, with their columns', () => {
    const found = rowsNamed([dataset], ['天津市', '天津']);
    expect(found.map((r) => [r.dataset.id, r.label, r.cells])).toEqual([
      ['table-4-8', '天津市', [{ series: '执行额', unit: '亿美元', text: '36.6', line: 3254 }]],
    ]);
  });
});

describe('notes on rows', () => {
  const note = '江苏省累计企业家数原文印作 124205，正文（第 633 行）为 14205 家。全省一行的离岸合同额印作 28.31。';
  it('shows the dataset note with a row whose printed value it names', () => {
    expect(noteForRow({ note }, ['3561', '124205'])).toBe(note);
    expect(noteForRow({ note }, ['28.31'])).toBe(note);
    expect(noteForRow({ note }, ['28.31%'])).toBe(note);
  });
  it('not with rows whose values only occur inside longer numbers', () => {
    expect(noteForRow({ note }, ['4205', '12420', '8.31', '28.3', '633'.slice(0, 2)])).toBeUndefined();
    expect(noteForRow({}, ['124205'])).toBeUndefined();
  });
  it('rows named carry the note', () => {
    const noted = cityDatasetSchema.parse({ ...dataset, note: '天津市执行额原文印作 36.6。' });
    expect(rowsNamed([noted], ['天津市']).map((r) => r.note)).toEqual(['天津市执行额原文印作 36.6。']);
    expect(rowsNamed([noted], ['北京市']).map((r) => r.note)).toEqual([undefined]);
  });
});

describe('chart accessibility', () => {
  const labelsOf = (html: string) => {
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    return [...document.querySelectorAll('[aria-label]')].map((e) => `${e.tagName.toLowerCase()}:${e.getAttribute('aria-label')}`);
  };
  it('drops aria-labels of inner groups wherever they stand, keeping the chart’s own', () => {
    const html = '<svg role="img" aria-label="表 4-8"><g stroke="currentColor" aria-label="rule"><line /></g><g aria-label="bar" fill="red"></g></svg>';
    const out = withoutGroupLabels(html);
    expect(labelsOf(out)).toEqual(['svg:表 4-8']);
    expect(out).toContain('stroke="currentColor"');
    expect(out).toContain('fill="red"');
  });
  it('also when a label holds ">"', () => {
    const html = '<svg role="img" aria-label="A > B"><g aria-label="x > y" fill="red"><rect></rect></g></svg>';
    const out = withoutGroupLabels(html);
    expect(labelsOf(out)).toEqual(['svg:A > B']);
    expect(out).toContain('role="img"');
  });
});
