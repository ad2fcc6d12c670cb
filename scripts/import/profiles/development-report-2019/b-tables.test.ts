import { describe, expect, it } from 'vitest';
import { columnCount, parseTableLines, renderTable, type TableSpec } from './b-tables.ts';

const lines = [
  '表 4-2 2019 年东部地区服务外包前五大省市发展情况 ',
  '',
  '排名 省（市） ',
  '全部执行额 ',
  '（亿美元） ',
  '占全国比重（%） ',
  '1 江苏省 512.6 32.4 ',
  '',
  '合计 1132.7 71.7 ',
  '数据来源：中华人民共和国商务部 ',
];
const spec: TableSpec = {
  id: 'table-x',
  header: [['排名', '省（市）', '全部执行额（亿美元）', '占全国比重（%）']],
  spanningLabels: ['合计'],
};

describe('tables', () => {
  it('splits caption, wrapped header lines, rows and source line', () => {
    const parsed = parseTableLines(lines);
    expect(parsed.caption).toBe('表 4-2 2019 年东部地区服务外包前五大省市发展情况');
    expect(parsed.headerLines).toEqual(['排名 省（市）', '全部执行额', '（亿美元）', '占全国比重（%）']);
    expect(parsed.rows).toEqual([['1', '江苏省', '512.6', '32.4'], ['合计', '1132.7', '71.7']]);
    expect(parsed.after).toEqual(['数据来源：中华人民共和国商务部']);
  });

  it('renders spanning labels as JSX with colspan', () => {
    const out = renderTable(spec, parseTableLines(lines));
    expect(out).toContain('<td colspan="2">合计</td>');
    expect(out).toContain('<th>全部执行额（亿美元）</th>');
  });

  it('renders a plain table as GFM', () => {
    const plain: TableSpec = { id: 'table-y', header: [['区域', '2019', '2020f']] };
    const out = renderTable(plain, parseTableLines(['表 5-1 预测', '区域 2019 2020f', '全球 2.4 -5.2', '数据来源：世界银行']));
    expect(out.split('\n')[0]).toBe('| 区域 | 2019 | 2020f |');
  });

  it('refuses a header that does not match the printed one, or a row that does not fit', () => {
    expect(() => renderTable({ ...spec, header: [['排名', '省份', '执行额', '比重']] }, parseTableLines(lines))).toThrow(/header/);
    expect(() => renderTable({ ...spec, spanningLabels: [] }, parseTableLines(lines))).toThrow(/cells/);
  });

  it('counts columns across spans', () => {
    expect(columnCount([[{ text: 'a', rowSpan: 2 }, { text: 'b', colSpan: 2 }], ['c', 'd']])).toBe(3);
  });
});
