import { describe, expect, it } from 'vitest';
import { checkQuote, locateQuote, quoteLines } from './source-quote.ts';

const LINES = [
  'I11 软件研发及开发服务，根据用户要求建造出软件系统',
  '',
  '的过程。 ',
  '典型业务 1：定制软件开发，根据客户需求',
  '去开发软件功能。\uf06c',
];

describe('locateQuote', () => {
  it('accepts a quotation that spans the cited lines and reports the heading before it', () => {
    const result = locateQuote(LINES, [1, 3], '根据用户要求建造出软件系统的过程。');
    expect(result).toEqual({ ok: true, lead: 'I11软件研发及开发服务，', trail: '' });
  });
  it('ignores whitespace and private-use glyphs', () => {
    expect(locateQuote(LINES, [4, 5], '根据客户需求 去开发软件功能。').ok).toBe(true);
  });
  it('reports text after the quotation as trail', () => {
    expect(locateQuote(LINES, [1, 1], '根据用户要求')).toMatchObject({ ok: true, trail: '建造出软件系统' });
  });
  it('rejects a quotation that is not in the range', () => {
    expect(locateQuote(LINES, [1, 3], '定制软件开发').problem).toMatch(/not found/);
  });
  it('rejects a range that is not tight', () => {
    expect(locateQuote(LINES, [1, 4], '根据用户要求建造出软件系统的过程。').problem).toMatch(/does not end on line 4/);
    expect(locateQuote(LINES, [1, 3], '的过程。').problem).toMatch(/does not start on line 1/);
  });
  it('rejects a range past the end of the file', () => {
    expect(locateQuote(LINES, [4, 9], '去开发').problem).toMatch(/past the end/);
  });
  it('rejects an ambiguous quotation', () => {
    expect(locateQuote(['软件软件'], [1, 1], '软件').problem).toMatch(/more than once/);
  });
});

describe('quoteLines', () => {
  it('finds the lines a quotation spans', () => {
    expect(quoteLines(LINES, [1, 5], '软件系统的过程')).toEqual([1, 3]);
    expect(quoteLines(LINES, [1, 5], '去开发')).toEqual([5, 5]);
    expect(quoteLines(LINES, [1, 5], '没有')).toBeUndefined();
  });
});

describe('one quote checker for the glossary and the cities', () => {
  const withFootnote = ['在长江经济带上，上海、南京、合', '1 31个示范城市统计从 2016年开始。', '肥、南昌等初步形成'];
  it('lets one run of other lines (a page-foot footnote) interrupt the quotation', () => {
    expect(checkQuote('上海、南京、合肥、南昌', withFootnote, { file: 'a.txt', lines: [1, 3] })).toEqual([]);
    expect(checkQuote('上海、合肥', withFootnote, { file: 'a.txt', lines: [1, 3] })).toEqual(['"上海、合肥" not found in lines 1–3 of a.txt']);
  });
  it('still insists on a tight range', () => {
    expect(checkQuote('上海、南京', withFootnote, { file: 'a.txt', lines: [1, 3] })).toEqual(['"上海、南京" does not end on line 3 of a.txt']);
    expect(checkQuote('南京、合肥、南昌', withFootnote, { file: 'a.txt', lines: [1, 3] })).toEqual([]);
    expect(locateQuote(withFootnote, [1, 3], '肥、南昌').ok).toBe(false);
    expect(locateQuote(withFootnote, [1, 3], '肥、南昌', { startsOnFirstLine: false }).ok).toBe(true);
  });
});
