import { describe, expect, it } from 'vitest';
import { displayWidth, endsParagraph, joinParagraphLines, splitParagraphs, type ParagraphRules } from './paragraphs.ts';

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

describe('layout options', () => {
  const strict: ParagraphRules = { shortBelow: 64, indentedAtMost: 0, endWith: '。！？', closers: '”’」』）' };
  it('ends only at the configured punctuation, closing quotes allowed after it', () => {
    expect(endsParagraph(at(1, '他说：“好。”'), at(2, '下一段'), strict)).toBe(true);
    expect(endsParagraph(at(1, '主要特点如下：'), at(2, '下一段'), strict)).toBe(false);
    expect(endsParagraph(at(1, '主要特点如下：'), at(2, '下一段'), rules)).toBe(true);
  });
  it('counts curly quotes as two columns only when told', () => {
    expect(displayWidth('“一”')).toBe(4);
    expect(displayWidth('“一”', true)).toBe(6);
  });
  it('starts a paragraph before a run-in lead', () => {
    const full = '甲'.repeat(40);
    expect(endsParagraph(at(1, `${full}。`), at(2, full), { ...strict, breakBefore: new Set([2]) })).toBe(true);
    expect(endsParagraph(at(1, `${full}。`), at(2, full), strict)).toBe(false);
  });
  it('never starts a paragraph with closing punctuation', () => {
    expect(endsParagraph(at(1, '增长 17.0%'), at(2, '，结构持续优化。'), rules)).toBe(false);
  });
});

describe('joinParagraphLines', () => {
  it('joins Chinese without spaces and keeps the space between ASCII words', () => {
    expect(joinParagraphLines(['服务外包', '产业。'])).toBe('服务外包产业。');
    expect(joinParagraphLines(['Frost &', 'Sullivan'])).toBe('Frost & Sullivan');
  });
  it('joins a number broken at the line end without a space', () => {
    expect(joinParagraphLines(['提高28.', '4%'])).toBe('提高28.4%');
    expect(joinParagraphLines(['下降1', '6.7%'])).toBe('下降16.7%');
  });
  it('joins a compound broken after its hyphen without a space', () => {
    expect(joinParagraphLines(['印度 IT-', 'BPM 产业'])).toBe('印度 IT-BPM 产业');
    expect(joinParagraphLines(['2016-', '2020 年'])).toBe('2016-2020 年');
  });
  it('puts back the space between scripts when the dump sets numbers off with spaces', () => {
    expect(joinParagraphLines(['年均增长', '50.4%'], true)).toBe('年均增长 50.4%');
    expect(joinParagraphLines(['年均增长', '50.4%'])).toBe('年均增长50.4%');
  });
  it('puts it back in one direction only when the dump spaces only that one consistently', () => {
    const lines = ['全区企业有', '25', '个，执行额'];
    expect(joinParagraphLines(lines, true)).toBe('全区企业有 25 个，执行额');
    expect(joinParagraphLines(lines, 'after-chinese')).toBe('全区企业有 25个，执行额');
    expect(joinParagraphLines(lines, 'before-chinese')).toBe('全区企业有25 个，执行额');
    expect(joinParagraphLines(lines, false)).toBe('全区企业有25个，执行额');
  });
});
