import { describe, expect, it } from 'vitest';
import { printedTableBlock, splitPrinted, type PrintedLayout } from './printed-tables.ts';

/** A table as a dump prints it: caption, a header wrapped over lines, rows, a source line. */
const LINES = ['表 2-1 各地区执行额', '', '地区 执行额', '（亿美元） 占比', '（%）', '东部 120.5 80.1', '', '西部 30.0 19.9', '合计 150.5', '数据来源：商务部', '注：四舍五入。'];

describe('splitPrinted', () => {
  it('takes header lines until they spell the written header, then rows up to the footer', () => {
    const layout: PrintedLayout = { header: [['地区', '执行额（亿美元）', '占比（%）']] };
    const parts = splitPrinted(layout, LINES, 'x');
    expect(parts.caption).toBe('表 2-1 各地区执行额');
    expect(parts.headerLines).toEqual(['地区 执行额', '（亿美元） 占比', '（%）']);
    expect(parts.rows).toEqual([
      ['东部', '120.5', '80.1'],
      ['西部', '30.0', '19.9'],
      ['合计', '150.5'],
    ]);
    expect(parts.footer).toEqual(['数据来源：商务部', '注：四舍五入。']);
  });

  it('refuses a written header that is not what the source prints', () => {
    expect(() => splitPrinted({ header: [['地区', '金额']] }, LINES, 'review.yaml: table t')).toThrow(/review\.yaml: table t: the written header “地区金额” is not what the source prints/);
  });
});

describe('printedTableBlock', () => {
  it('writes GFM for a one-row header without spans, footer and notes after the table', () => {
    const block = printedTableBlock('table-x', { header: [['地区', '执行额（亿美元）', '占比（%）']] }, LINES.slice(0, 8).concat(LINES.slice(9)), ['<EditorNote />'], 'r');
    expect(block).toBe(
      [
        '<TableBlock id="table-x">',
        '',
        '表 2-1 各地区执行额',
        '',
        '| 地区 | 执行额（亿美元） | 占比（%） |',
        '| --- | --- | --- |',
        '| 东部 | 120\\.5 | 80\\.1 |',
        '| 西部 | 30\\.0 | 19\\.9 |',
        '',
        '数据来源：商务部',
        '',
        '注：四舍五入。',
        '',
        '<EditorNote />',
        '',
        '</TableBlock>',
      ].join('\n'),
    );
  });

  it('gives a span label two columns and writes JSX where cells span', () => {
    const layout: PrintedLayout = { header: [['地区', '执行额（亿美元）', '占比（%）']], spanLabels: ['合计'] };
    const block = printedTableBlock('table-x', layout, LINES, [], 'r');
    expect(block).toContain('<tr><th>地区</th><th>执行额（亿美元）</th><th>占比（%）</th></tr>');
    expect(block).toContain('<tr><td colspan="2">合计</td><td>150\\.5</td></tr>');
  });

  it('writes header rows with their spans', () => {
    const lines = ['表 1 两级表头', '区域 示范城市', '执行额 离岸', '东部 1.0 2.0', '来源：测试'];
    const layout: PrintedLayout = { header: [[{ text: '区域', rowspan: 2 }, { text: '示范城市', colspan: 2 }], ['执行额', '离岸']] };
    const block = printedTableBlock('t', layout, lines, [], 'r');
    expect(block).toContain('<tr><th rowspan="2">区域</th><th colspan="2">示范城市</th></tr>\n<tr><th>执行额</th><th>离岸</th></tr>');
    expect(block).toContain('<tr><td>东部</td><td>1\\.0</td><td>2\\.0</td></tr>');
  });

  it('refuses a row that does not fit the header, naming the row', () => {
    expect(() => printedTableBlock('table-x', { header: [['地区', '执行额（亿美元）', '占比（%）']] }, LINES, [], 'review.yaml')).toThrow(
      /review\.yaml: table table-x: the row “合计 150\.5” has 2 cells, the header 3 columns/,
    );
  });
});
