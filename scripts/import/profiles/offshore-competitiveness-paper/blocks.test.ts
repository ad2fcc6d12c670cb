import { describe, expect, it } from 'vitest';
import { endsWithMarker, groupByTrailingSpace, joinEnglishLines, numberedHeading } from './blocks.ts';
import { jsxTable } from './jsx-table.ts';

const L = (n: number, text: string) => ({ n, text });

describe('numberedHeading', () => {
  it('reads the number and depth of "3.1." headings', () => {
    expect(numberedHeading(' 3.1. 贸易竞争力指数 ')).toEqual({ number: '3.1', depth: 2, text: '3.1. 贸易竞争力指数' });
    expect(numberedHeading('4.5.1. SO (增长型战略) ')?.depth).toBe(3);
    expect(numberedHeading(' 1. 引言 ')?.number).toBe('1');
  });
  it('ignores table rows and decimals', () => {
    expect(numberedHeading('2009 1435.7 1489.2 −0.02 ')).toBeUndefined();
    expect(numberedHeading('14.3%，增速')).toBeUndefined();
  });
});

describe('groupByTrailingSpace', () => {
  it('ends a paragraph at a line with a trailing space and skips blank lines', () => {
    const groups = groupByTrailingSpace([L(1, '第一行'), L(2, ''), L(3, '第二行。 '), L(4, ' '), L(5, '下一段。 ')]);
    expect(groups.map((g) => g.map((l) => l.n))).toEqual([[1, 3], [5]]);
  });
  it('treats a leading space as no marker', () => {
    expect(endsWithMarker(' 会当然也是')).toBe(false);
    expect(endsWithMarker('严谨。 ')).toBe(true);
    expect(endsWithMarker(' ')).toBe(false);
  });
});

describe('joinEnglishLines', () => {
  it('joins with spaces and glues words whose hyphen was removed', () => {
    const raw = ['a service out-', 'sourcing has ', 'Chi-', ' na’s '];
    const lines = [L(1, 'a service out'), L(2, 'sourcing has '), L(3, 'Chi'), L(4, ' na’s ')];
    expect(joinEnglishLines(lines, (n) => raw[n - 1]!)).toBe('a service outsourcing has China’s');
  });
  it('keeps a hyphen that is still in the text', () => {
    const raw = ['non-', 'core'];
    expect(joinEnglishLines([L(1, 'non-'), L(2, 'core')], (n) => raw[n - 1]!)).toBe('non- core');
  });
});

describe('jsxTable', () => {
  it('writes merged header cells and joins cell lines with <br />', () => {
    const html = jsxTable(
      [[{ lines: ['内部因素'], header: true, scope: 'colgroup', colspan: 2 }]],
      [[{ lines: ['抓住互联网发展趋势，', '利用劳动力成本优势'] }, { lines: ['a*b'] }]],
    );
    expect(html).toContain('<th scope="colgroup" colspan="2">内部因素</th>');
    expect(html).toContain('<td>抓住互联网发展趋势，<br />利用劳动力成本优势</td><td>a\\*b</td>');
  });
  it('writes column widths as a colgroup', () => {
    expect(jsxTable([], [], ['22%', '39%'])).toContain('<colgroup><col style="width: 22%" /><col style="width: 39%" /></colgroup>');
  });
});
