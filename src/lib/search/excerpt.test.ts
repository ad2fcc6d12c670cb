import { describe, expect, it } from 'vitest';
import { excerpt, markRanges, termRanges } from './excerpt.ts';

const html = (pieces: { text: string; mark: boolean }[]) => pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('termRanges', () => {
  it('finds whole terms, also for full-width and traditional forms of the query', () => {
    expect(termRanges('承接ＩＴＯ业务', ['ito'])).toEqual([[2, 5]]);
    expect(termRanges('服务外包产业', ['服务外包'])).toEqual([[0, 4]]);
  });
  it('finds a term across the spaces and quotes of the published text', () => {
    const text = '实施服务外包“千百十工程”以来';
    const [range] = termRanges(text, ['外包千百十工程']);
    expect(text.slice(...range!)).toBe('外包“千百十工程');
    expect(termRanges('IT 咨询服务', ['it咨询服务'])).toEqual([[0, 7]]);
  });
  it('merges overlapping hits', () => {
    expect(termRanges('离岸执行额', ['离岸', '离岸执行额'])).toEqual([[0, 5]]);
  });
});

describe('excerpt', () => {
  it('marks the terms as pieces, never as HTML', () => {
    expect(markRanges('a<b服务外包', [[3, 7]])).toEqual([
      { text: 'a<b', mark: false },
      { text: '服务外包', mark: true },
    ]);
  });
  it('centres on the first hit and shows where text was cut', () => {
    const text = '甲'.repeat(100) + '离岸执行额' + '乙'.repeat(100);
    const result = html(excerpt(text, ['离岸执行额'], 30));
    expect(result.startsWith('…')).toBe(true);
    expect(result.endsWith('…')).toBe(true);
    expect(result).toContain('[离岸执行额]');
  });
  it('drops stray spaces between Chinese characters', () => {
    expect(html(excerpt('服务 外包 产业', ['服务外包']))).toBe('[服务 外包]产业'.replace(' ', ''));
  });
});
