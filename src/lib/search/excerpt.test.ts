import { describe, expect, it } from 'vitest';
import { excerpt, markRanges, termRanges } from './excerpt.ts';

describe('termRanges', () => {
  it('finds whole terms, also for full-width and traditional forms of the query', () => {
    expect(termRanges('承接ＩＴＯ业务', ['ito'])).toEqual([[2, 5]]);
    expect(termRanges('服务外包产业', ['服务外包'])).toEqual([[0, 4]]);
  });
  it('merges overlapping hits', () => {
    expect(termRanges('离岸执行额', ['离岸', '离岸执行额'])).toEqual([[0, 5]]);
  });
});

describe('excerpt', () => {
  it('marks the terms and escapes the text', () => {
    expect(markRanges('a<b服务外包', [[3, 7]])).toBe('a&lt;b<mark>服务外包</mark>');
  });
  it('centres on the first hit and shows where text was cut', () => {
    const text = '甲'.repeat(100) + '离岸执行额' + '乙'.repeat(100);
    const result = excerpt(text, ['离岸执行额'], 30);
    expect(result.startsWith('…')).toBe(true);
    expect(result.endsWith('…')).toBe(true);
    expect(result).toContain('<mark>离岸执行额</mark>');
  });
});
