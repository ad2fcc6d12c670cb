import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { documentTables } from '../open-data/document-tables.ts';
import { verifyNumbers } from './numbers.ts';
import { markTableNumbers, tableCellProblems, tableEditLine } from './table-numbers.ts';

const SOURCE = [
  '表 9-1 2019 年各区域统计', // 1
  '区域 执行额 同比增长', // 2
  '东部地区 1310.2 8.4', // 3
  '中部地区 144.2 28.4', // 4
  '西部地区 72.9 -2.2', // 5
  '数据来源：商务部', // 6
];
const mdx = (rows: string, note = '') => `正文。

<TableBlock id="table-9-1">

表 9-1 2019 年各区域统计

| 区域 | 执行额（亿美元） | 同比增长（%） |
| --- | --- | --- |
${rows}

数据来源：商务部

</TableBlock>
${note}`;
const ROWS = '| 东部地区 | 1310\\.2 | 8\\.4 |\n| 中部地区 | 144\\.2 | 28\\.4 |\n| 西部地区 | 72\\.9 | \\-2.2 |';
const source = { file: 'doc.txt', lines: SOURCE, ranges: [{ id: 'table-9-1', from: 1, to: 6 }] };
const tableOf = (text: string) => documentTables('doc', 'ch9', text, source)[0]!;
const problemsOf = (text: string) => tableCellProblems(tableOf(text), source).map((p) => p.problem);

describe('document table numbers against their source lines', () => {
  it('accept a table whose every number is on its row’s line, in the order of the columns', () => {
    expect(problemsOf(mdx(ROWS))).toEqual([]);
  });
  it('reject a number the table’s lines do not print', () => {
    expect(problemsOf(mdx(ROWS.replace('1310\\.2', '1310\\.3')))).toEqual([
      'table-9-1 (东部地区 · 执行额（亿美元）): “1310.3” is not printed in the table’s lines 1–6 of sources/doc.txt',
      'table-9-1: the source prints “1310.2” in the table’s lines 1–6 of sources/doc.txt, but no cell holds it',
    ]);
  });
  it('reject two numbers of a row that swapped columns', () => {
    const rows = ROWS.replace('| 东部地区 | 1310\\.2 | 8\\.4 |', '| 东部地区 | 8\\.4 | 1310\\.2 |');
    expect(problemsOf(mdx(rows))).toEqual([
      'table-9-1 (东部地区 · 同比增长（%）): “1310.2” stands under “同比增长（%）”, after “8.4” (under “执行额（亿美元）”), but line 3 of sources/doc.txt prints it before “8.4”: 东部地区 1310.2 8.4',
    ]);
  });
  it('reject a number that the source prints in another row', () => {
    expect(problemsOf(mdx(ROWS.replace('| 8\\.4 |', '| 28\\.4 |')))).toContain('table-9-1 (东部地区 · 同比增长（%）): “28.4” is printed at line 4 of sources/doc.txt, which is the line of the row “中部地区”');
  });
  it('name the MDX line of the cell’s row', () => {
    const text = mdx(ROWS);
    const cell = tableOf(text).cells.find((c) => c.printed === '144.2')!;
    expect(text.split('\n')[tableEditLine(text, 'table-9-1', cell)! - 1]).toBe('| 中部地区 | 144\\.2 | 28\\.4 |');
    expect(tableEditLine('tables:\n  - from: 1\n    id: table-9-1\n', 'table-9-1')).toBe(3);
  });
});

describe('document table numbers marked where they are shown', () => {
  const html = (rows: string, after = '') =>
    `<div id="table-9-1"><p>表 9-1</p><table><thead><tr><th>区域</th><th>执行额（亿美元）</th><th>同比增长（%）</th></tr></thead><tbody>${rows}</tbody></table></div>${after}`;
  const RENDERED = '<tr><td>东部地区</td><td>1310.2</td><td>8.4</td></tr><tr><td>中部地区</td><td>144.2</td><td>28.4</td></tr><tr><td>西部地区</td><td>72.9</td><td>-2.2</td></tr>';
  const NOTE = '<div id="en-x" data-editorial>编者注：“28.4”有误。</div>';
  const table = tableOf(mdx(ROWS, '\n<EditorNote id="en-x" kind="error">\n\n“28.4”有误。\n\n</EditorNote>\n'));
  const check = (page: string) => verifyNumbers(parseHTML(`<!doctype html><html><body>${page}</body></html>`).document as unknown as Document, '/reports/doc/ch9/', (f) => (f === 'doc.txt' ? SOURCE : undefined));
  const mark = (rendered: string) => markTableNumbers(rendered, table, 'doc.txt', () => ({ file: 'src/content/documents/doc/ch9.mdx', line: 12 }));

  it('marks every number cell with its line, row, column and the note that names it', () => {
    const marked = mark(html(RENDERED));
    expect(marked.marked).toBe(6);
    const cell = parseHTML(marked.html).document.querySelector('[data-number="28.4"]')!;
    expect(Object.fromEntries([...cell.attributes].map((a) => [a.name, a.value]))).toEqual({
      'data-number': '28.4', 'data-number-source': 'doc.txt:4', 'data-number-from': 'src/content/documents/doc/ch9.mdx', 'data-number-from-line': '12',
      'data-number-row': '中部地区', 'data-number-column': '同比增长（%）', 'data-number-noted': 'en-x',
    });
    expect(check(marked.html + NOTE)).toEqual({ checked: 6, problems: [] });
  });
  it('lets the built-site check find a rendered cell in the wrong column, or a noted value without its note', () => {
    const shifted = mark(html(RENDERED)).html.replace(/(<td[^>]*>1310\.2<\/td>)(<td[^>]*>8\.4<\/td>)/, '$2$1');
    expect(check(shifted + NOTE).problems.map((p) => `${p.file}:${p.line}: ${p.problem}`)).toEqual([
      'src/content/documents/doc/ch9.mdx:12: 8.4 on /reports/doc/ch9/: it should stand under “同比增长（%）”, but its column is headed “执行额（亿美元）”',
      'src/content/documents/doc/ch9.mdx:12: 1310.2 on /reports/doc/ch9/: it should stand under “执行额（亿美元）”, but its column is headed “同比增长（%）”',
    ]);
    expect(check(mark(html(RENDERED)).html).problems.map((p) => p.problem)).toEqual(['28.4 on /reports/doc/ch9/: a 编者注 names this value, but it is shown without the note']);
  });
});
