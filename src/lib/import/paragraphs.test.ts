import { describe, expect, it } from 'vitest';
import { displayWidth, endsParagraph, splitParagraphs, type ParagraphRules } from './paragraphs.ts';

const rules: ParagraphRules = { shortBelow: 54, indentedAtMost: 61 };
const at = (n: number, text: string) => ({ n, text });

describe('displayWidth', () => {
  it('counts CJK characters and full-width punctuation as two columns, ASCII as one', () => {
    expect(displayWidth('服务外包')).toBe(8);
    expect(displayWidth('2018 年，')).toBe(9);
    expect(displayWidth('“一带一路”')).toBe(10);
  });
  it('ignores the page-start space', () => {
    expect(displayWidth(' 业务')).toBe(4);
  });
});

describe('endsParagraph', () => {
  const full = '甲'.repeat(32); // 64 columns: a full line
  const indented = '乙'.repeat(30); // 60 columns: an indented first line
  it('ends at a short line with sentence punctuation', () => {
    expect(endsParagraph(at(1, '展的新阶段。'), at(2, indented), rules)).toBe(true);
  });
  it('does not end at a line without sentence punctuation', () => {
    expect(endsParagraph(at(1, '展的新阶段'), at(2, indented), rules)).toBe(false);
  });
  it('ends a full line with punctuation when the next line is indented', () => {
    expect(endsParagraph(at(1, `${full.slice(1)}。`), at(2, indented), rules)).toBe(true);
  });
  it('continues a full line with punctuation when the next line is full', () => {
    expect(endsParagraph(at(1, `${full.slice(1)}。`), at(2, full), rules)).toBe(false);
  });
  it('ends at the last line of a block', () => {
    expect(endsParagraph(at(1, `${full.slice(1)}。`), undefined, rules)).toBe(true);
  });
  it('applies the reviewed exceptions first', () => {
    const withExceptions = { ...rules, breakAfter: new Set([1]), joinAfter: new Set([3]) };
    expect(endsParagraph(at(1, full), at(2, full), withExceptions)).toBe(true);
    expect(endsParagraph(at(3, '（牡丹江）'), at(4, '有限公司实习。'), withExceptions)).toBe(false);
  });
});

describe('splitParagraphs', () => {
  it('groups lines into paragraphs', () => {
    const lines = [at(1, '乙'.repeat(30)), at(2, '短句结束。'), at(3, '乙'.repeat(30)), at(4, '又一段。')];
    expect(splitParagraphs(lines, rules).map((p) => p.map((l) => l.n))).toEqual([[1, 2], [3, 4]]);
  });
  it('keeps a trailing fragment without punctuation', () => {
    expect(splitParagraphs([at(1, '比为 12.8%'), at(2, '未完')], rules).map((p) => p.length)).toEqual([1, 1]);
  });
});
