import { describe, expect, it } from 'vitest';
import { capQuery, compactText, MAX_QUERY_LENGTH, normalizeText } from './normalize.ts';

describe('normalizeText', () => {
  it('folds full-width forms, case and traditional characters', () => {
    expect(normalizeText('ＩＴＯ服務', { 務: '务' })).toBe('ito服务');
  });
});

describe('compactText', () => {
  it('lets Chinese run on across punctuation, quotes, brackets and spaces', () => {
    expect(compactText('实施服务外包“千百十工程”以来')).toBe('实施服务外包千百十工程以来');
    expect(compactText('《服务外包统计操作指引》 的 规定')).toBe('服务外包统计操作指引的规定');
  });
  it('keeps Latin words and numbers apart, and numbers whole', () => {
    expect(compactText('2019 年全球云计算服务外包规模达 788 亿美元')).toBe('2019年全球云计算服务外包规模达788亿美元');
    expect(compactText('business  Process outsourcing'.toLowerCase())).toBe('business process outsourcing');
    expect(compactText('执行额 1580.8 亿美元。')).toBe('执行额1580.8亿美元');
  });
  it('keeps a boundary at sentence and clause marks', () => {
    expect(compactText('陕西、安徽')).toBe('陕西|安徽');
    expect(compactText('增长。 2019 年，执行额')).toBe('增长|2019年|执行额');
    expect(compactText('it-bpm 产业')).toBe('it bpm产业');
  });
});

describe('capQuery', () => {
  it('cuts a query to the maximum length', () => {
    expect([...capQuery('服'.repeat(500))]).toHaveLength(MAX_QUERY_LENGTH);
    expect(capQuery('  离岸外包 ')).toBe('离岸外包');
  });
});
