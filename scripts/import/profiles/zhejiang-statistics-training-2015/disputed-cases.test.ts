import { describe, expect, it } from 'vitest';
import { cellLines, DISPUTE_ROWS, HEADER_LINES, CAPTION_LINE, renderDisputedCasesTable } from './disputed-cases.ts';
import { raw, tableLines } from './source.test-helper.ts';

const line = (n: number) => raw(n);

describe('表 1 易争议业务', () => {
  it('has 9 rows with unique dispute-… ids', () => {
    const ids = DISPUTE_ROWS.map((r) => r.id);
    expect(ids).toHaveLength(9);
    expect(new Set(ids).size).toBe(9);
    for (const id of ids) expect(id).toMatch(/^dispute-[a-z-]+$/);
  });
  it('assigns every non-blank table line to the caption, the header or exactly one cell', () => {
    const claimed = new Map<number, number>();
    const claim = (n: number) => claimed.set(n, (claimed.get(n) ?? 0) + 1);
    claim(CAPTION_LINE);
    for (let n = HEADER_LINES[0]; n <= HEADER_LINES[1]; n++) claim(n);
    for (const row of DISPUTE_ROWS) {
      for (const column of ['type', 'wrong', 'right', 'reason', 'example'] as const) {
        for (const l of cellLines(row, column, line)) {
          // A row's first line is shared by 业务类型 and 易出错的处理方式: count it for 业务类型 only.
          const shared = column === 'wrong' && l.n === row.type[0];
          if (l.text.trim() && !shared) claim(l.n);
        }
      }
    }
    const problems = tableLines('table-disputed-cases')
      .filter((l) => l.text.trim() !== '')
      .filter((l) => claimed.get(l.n) !== 1)
      .map((l) => `${l.n}: claimed ${claimed.get(l.n) ?? 0} times`);
    expect(problems).toEqual([]);
  });
  it('splits a row start between 业务类型 and 易出错的处理方式', () => {
    const row = DISPUTE_ROWS[0]!;
    expect(cellLines(row, 'type', line).map((l) => l.text)).toEqual(['劳务派遣']);
    expect(cellLines(row, 'wrong', line)[0]!.text).toBe('纳入 BPO 大类');
  });
  it('renders the empty 企业案例 of 代理采购 as an empty cell', () => {
    const jsx = renderDisputedCasesTable(line, raw);
    const lastRow = jsx.slice(jsx.indexOf('<tr id="dispute-agency-procurement">'));
    expect(lastRow).toMatch(/<td><\/td>\n<\/tr>/);
    expect(jsx).not.toMatch(/[\uE000-\uF8FF]/);
  });
});
