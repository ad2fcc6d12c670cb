import { describe, expect, it } from 'vitest';
import { proposeAnchor, resolveAnchor } from './anchors.ts';

const lines = ['第一章 总则', '服务外包是指企业。', '第二章 分则', '服务外包的分类。', '  一、总体情况 '];

describe('resolveAnchor', () => {
  it('finds the one line holding a quote', () => {
    expect(resolveAnchor('分类', lines, 'x')).toBe(4);
    expect(resolveAnchor('一、总体情况', lines, 'x')).toBe(5);
  });
  it('takes a line number as it is', () => {
    expect(resolveAnchor(3, lines, 'x')).toBe(3);
    expect(() => resolveAnchor(9, lines, 'review.yaml: notes[0].after')).toThrow('review.yaml: notes[0].after: line 9 is past the end of the source (5 lines)');
  });
  it('refuses a quote on two lines, naming them', () => {
    expect(() => resolveAnchor('服务外包', lines, 'x')).toThrow('the quote “服务外包” is on lines 2, 4');
  });
  it('refuses a quote across a line break', () => {
    expect(() => resolveAnchor('总则服务', lines, 'x')).toThrow('is on no source line');
  });
});

describe('proposeAnchor', () => {
  it('quotes a unique line and numbers a repeated one', () => {
    expect(proposeAnchor(1, lines)).toBe('第一章 总则');
    expect(proposeAnchor(5, lines)).toBe('一、总体情况');
    expect(proposeAnchor(2, [...lines, '服务外包是指企业。'])).toBe(2);
  });
});
