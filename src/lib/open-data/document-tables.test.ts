import { describe, expect, it } from 'vitest';
import { cellNumber, documentTables, locateCells, unitIn } from './document-tables.ts';

const source = [
  '表 9-1 2019 年各区域统计', // 1
  '', // 2
  '区域 执行额', // 3
  '（亿美元） 同比增长（%）', // 4
  '东部地区 1310.2 8.4', // 5
  '中部地区 144.2 28.4', // 6
  '西部地区 72.9 -2.2', // 7
  '数据来源：商务部', // 8
];
const gfm = `正文。

<TableBlock id="table-9-1">

表 9-1 2019 年各区域统计

| 区域 | 执行额（亿美元） | 同比增长（%） |
| --- | --- | --- |
| 东部地区 | 1310\\.2 | 8\\.4 |
| 中部地区 | 144\\.2 | 28\\.4 |
| 西部地区 | 72\\.9 | −2\\.2 |

数据来源：商务部

</TableBlock>

<EditorNote id="en-x" kind="error">

“28.4”有误。

</EditorNote>

后文。`;

describe('document tables as data', () => {
  const [table] = documentTables('doc', 'ch9', gfm, { file: 'doc.txt', lines: source, ranges: [{ id: 'table-9-1', from: 1, to: 8 }] });
  it('reads every cell of a Markdown table with its row, column, unit and number', () => {
    expect(table).toMatchObject({ anchor: 'table-9-1', number: '表 9-1', caption: '表 9-1 2019 年各区域统计', notes: ['数据来源：商务部'], missing: [] });
    expect(table!.cells).toHaveLength(6);
    expect(table!.cells[0]).toEqual({ group: null, row: '东部地区', column: '执行额（亿美元）', printed: '1310.2', value: 1310.2, unit: '亿美元', line: 5, at: { row: 0, column: 1 } });
    expect(table!.cells[5]).toMatchObject({ row: '西部地区', column: '同比增长（%）', printed: '−2.2', value: -2.2, unit: '%', line: 7 });
  });
  it('finds numbers as whole tokens on their own row (8.4 is not inside 28.4)', () => {
    expect(table!.cells.map((c) => c.line)).toEqual([5, 5, 6, 6, 7, 7]);
  });
  it('keeps the 编者注 that follows the table', () => {
    expect(table!.editorNotes).toEqual([{ id: 'en-x', kind: 'error', text: '“28.4”有误。' }]);
  });
  it('reports numbers of the source table that no cell holds', () => {
    const shorter = gfm.replace('| 西部地区 | 72\\.9 | −2\\.2 |\n', '');
    const [t] = documentTables('doc', 'ch9', shorter, { file: 'doc.txt', lines: source, ranges: [{ id: 'table-9-1', from: 1, to: 8 }] });
    expect(t!.missing).toEqual(['72.9', '-2.2']);
  });
  it('expands HTML tables with rowspan, colspan and group rows', () => {
    const html = `<TableBlock id="t">

单位表

单位：亿美元

<table>
<thead>
<tr><th rowspan="2">类别</th><th colspan="2">离岸</th></tr>
<tr><th>执行额</th><th>占比</th></tr>
</thead>
<tbody>
<tr><th scope="rowgroup" colspan="3">ITO</th></tr>
<tr><th style={{ whiteSpace: 'nowrap' }}>软件</th><td>15\\.78</td><td>55\\.74%</td></tr>
</tbody>
</table>

</TableBlock>`;
    const [t] = documentTables('doc', 'p', html, { file: 'doc.txt', lines: ['ITO', '软件 15.78  55.74%'], ranges: [{ id: 't', from: 1, to: 2 }] });
    expect(t).toMatchObject({ number: '单位表', unit: '亿美元', missing: [] });
    expect(t!.cells).toEqual([
      { group: 'ITO', row: '软件', column: '离岸 / 执行额', printed: '15.78', value: 15.78, unit: '亿美元', line: 2, at: { row: 1, column: 1 } },
      { group: 'ITO', row: '软件', column: '离岸 / 占比', printed: '55.74%', value: 55.74, unit: '%', line: 2, at: { row: 1, column: 2 } },
    ]);
  });
  it('locates text that wraps over lines by where it starts', () => {
    expect(locateCells(['服务外包企业', '12'], [{ n: 10, text: '服务外' }, { n: 11, text: '包企业 12' }])).toEqual([10, 11]);
    expect(locateCells(['不在原文'], [{ n: 1, text: '别的' }])).toEqual([null]);
  });
  it('reads numbers and units as printed', () => {
    expect(cellNumber('1,172')).toBe(1172);
    expect(cellNumber('−0.02')).toBe(-0.02);
    expect(cellNumber('2020f')).toBeNull();
    expect(unitIn('执行额（亿美元）')).toBe('亿美元');
    expect(unitIn('表 3. TC 指数(单位：亿美元)')).toBe('亿美元');
    expect(unitIn('省份')).toBeNull();
  });
});
