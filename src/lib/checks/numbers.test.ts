import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { numberAttributes, raggedRows, verifyNumbers } from './numbers.ts';

const attrs = (n: Parameters<typeof numberAttributes>[0]) =>
  Object.entries(numberAttributes(n))
    .map(([k, v]) => (v === '' ? k : `${k}="${v}"`))
    .join(' ');
const doc = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;
const SOURCE = ['2019 年执行额 1580.8 亿美元，增长 9.0%。', '合计 1132.7'];
const lines = (file: string) => (file === 'a.txt' ? SOURCE : undefined);
const cell = (text: string, line: number, row: string, column: string, noted = false) =>
  `<td ${attrs({ text, file: 'a.txt', line, from: 'src/data/x.json', row, column, noted })}>${text}</td>`;
const table = (rows: string) => `<table><thead><tr><th>项目</th><th>执行额（亿美元）</th><th>增长（%）</th></tr></thead><tbody>${rows}</tbody></table>`;

describe('numbers verified where they are shown', () => {
  it('accepts a number printed at its line, shown in its row and under its column', () => {
    const result = verifyNumbers(doc(table(`<tr><th>2019</th>${cell('1580.8', 1, '2019', '执行额')}${cell('9.0%', 1, '2019', '增长')}</tr>`)), '/p/', lines);
    expect(result).toEqual({ checked: 2, problems: [] });
  });
  it('names the data file for a number not printed at its line, shown otherwise, or under another column', () => {
    // The two values swapped places: each stands under the other's header; 1580.8 also cites the wrong line.
    const body = table(`<tr><th>2019</th>${cell('9.0%', 1, '2019', '增长')}${cell('1580.8', 2, '2019', '执行额')}</tr>`);
    const problems = verifyNumbers(doc(body), '/p/', lines).problems.map((p) => `${p.file}: ${p.problem}`);
    expect(problems).toEqual([
      'src/data/x.json: 9.0% on /p/: it should stand under “增长”, but its column is headed “执行额（亿美元）”',
      'src/data/x.json: 1580.8 on /p/: "1580.8" is not printed at line 2 of sources/a.txt',
      'src/data/x.json: 1580.8 on /p/: it should stand under “执行额”, but its column is headed “增长（%）”',
    ]);
  });
  it('finds rows with too few cells, spans counted', () => {
    const { document } = parseHTML('<table><tr><th colspan="2">a</th><th>b</th></tr><tr><td rowspan="2">x</td><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr><tr><td>5</td><td>6</td></tr></table>');
    expect(raggedRows(document.querySelector('table') as unknown as Element)).toEqual([{ row: 4, width: 2, expected: 3 }]);
  });
  it('requires the 编者注 that names a value to be shown with it', () => {
    const noted = table(`<tr><th>合计</th>${cell('1132.7', 2, '合计', '执行额', true)}<td></td></tr>`);
    expect(verifyNumbers(doc(noted), '/p/', lines).problems.map((p) => p.problem)).toEqual(['1132.7 on /p/: a 编者注 names this value, but it is shown without the note']);
    const withNote = `<figure>${noted}<p data-editorial>编者注：合计原文印作 1132.7。</p></figure>`;
    expect(verifyNumbers(doc(withNote), '/p/', lines).problems).toEqual([]);
  });
  it('reads a cited range as printed anywhere in those lines, and a column header of two levels as the data names it', () => {
    const two = `<table><thead><tr><th rowspan="2">项目</th><th colspan="2">2019 年</th></tr><tr><th>执行额</th><th>增长（%）</th></tr></thead><tbody><tr><th>合计</th>${cell('1132.7', 2, '合计', '2019 年 / 执行额').replace('a.txt:2', 'a.txt:1-2')}<td></td></tr></tbody></table>`;
    expect(verifyNumbers(doc(two), '/p/', lines)).toEqual({ checked: 1, problems: [] });
    const moved = two.replace('1132.7', '1580.9').replace('1132.7', '1580.9').replace('2019 年 / 执行额', '2019 年 / 增长');
    expect(verifyNumbers(doc(moved), '/p/', lines).problems.map((p) => p.problem)).toEqual([
      '1580.9 on /p/: "1580.9" is not printed in lines 1–2 of sources/a.txt',
      '1580.9 on /p/: it should stand under “2019 年 / 增长”, but its column is headed “2019 年 / 执行额”',
    ]);
  });
  it('requires a note named by id to be on the page and to name the value', () => {
    const named = `${table(`<tr><th>合计</th>${cell('1132.7', 2, '合计', '执行额', true).replace('data-number-noted', 'data-number-noted="en-a"')}<td></td></tr>`)}`;
    expect(verifyNumbers(doc(`${named}<div id="en-a" data-editorial>编者注：1132.7 有误。</div>`), '/p/', lines).problems).toEqual([]);
    expect(verifyNumbers(doc(`${named}<div id="en-a" data-editorial>编者注：另一处。</div>`), '/p/', lines).problems.map((p) => p.problem)).toEqual(['1132.7 on /p/: a 编者注 names this value, but it is shown without the note']);
  });
});
