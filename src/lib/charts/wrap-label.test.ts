import { describe, expect, it } from 'vitest';
import { textWidthEm, wrapLabel } from './wrap-label.ts';

describe('textWidthEm', () => {
  it('counts CJK as a full em and Latin narrower', () => {
    expect(textWidthEm('服务外包')).toBe(4);
    expect(textWidthEm('ITO')).toBeCloseTo(1.8, 1);
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
