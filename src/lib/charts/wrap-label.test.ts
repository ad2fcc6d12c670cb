import { describe, expect, it } from 'vitest';
import { textWidthEm, wrapLabel } from './wrap-label.ts';

describe('textWidthEm', () => {
  it('counts CJK as a full em and Latin narrower', () => {
    expect(textWidthEm('服务外包')).toBe(4);
    // Noto Sans advances: I 0.29, T 0.55, O 0.74 em.
    expect(textWidthEm('ITO')).toBeGreaterThanOrEqual(1.58);
    expect(textWidthEm('ITO')).toBeLessThan(1.9);
    expect(textWidthEm('2019')).toBeCloseTo(2.24, 2);
  });
});

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('美国', 6)).toEqual(['美国']);
  });
  it('wraps Chinese between words and never exceeds the width', () => {
    const lines = wrapLabel('信息技术外包（ITO）执行额', 6);
    expect(lines.join('')).toBe('信息技术外包（ITO）执行额');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidthEm(line)).toBeLessThanOrEqual(6.01);
  });
  it('does not start a line with closing punctuation', () => {
    for (const line of wrapLabel('中国香港、日本、新加坡、韩国', 3)) expect(line).not.toMatch(/^[、，）]/);
  });
  it('breaks a word longer than the width', () => {
    expect(wrapLabel('粤港澳大湾区', 3)).toEqual(['粤港澳', '大湾区']);
  });
});

describe('balanced wrapping', () => {
  it('keeps the lines even instead of leaving one character on the last line', () => {
    // Intl.Segmenter cuts 年均增速 into single characters; greedy filling at 10 em left "速" alone.
    const lines = wrapLabel('2008—2019 年年均增速', 10);
    expect(lines).toHaveLength(2);
    expect(lines.some((line) => line.includes('年均增速'))).toBe(true);
  });
  it('never uses more lines than greedy filling', () => {
    for (const text of ['离岸服务外包合同额', '知识流程外包（KPO）与其他业务流程外包服务', '粤港澳大湾区']) {
      for (const width of [5, 6, 8, 12]) {
        const lines = wrapLabel(text, width);
        expect(lines.join('')).toBe(text.replace(/ /g, ''));
        // Closing punctuation may hang one em past the width.
        for (const line of lines) expect(textWidthEm(line.replace(/[，。、）》”]$/, ''))).toBeLessThanOrEqual(width + 0.01);
      }
    }
  });
  it('does not end a line with an opening bracket', () => {
    for (const line of wrapLabel('占中国离岸执行额比重（不含港澳台）', 8)) expect(line).not.toMatch(/[（“]$/);
  });
});
