import { describe, expect, it } from 'vitest';
import { entryQuotations, quoteParts, quotationProblems } from './quote-numbers.ts';

const SOURCE = ['别的句子。2015 年 1-6 月我省离岸执行额', '28.31 亿美元，同比增长 2.20%。', '下一句。'];
const QUOTE = '2015 年 1-6 月我省离岸执行额 28.31 亿美元，同比增长 2.20%。';

describe('numbers in quotations', () => {
  it('are split out with the line that prints each (1-6 月 is 1 and 6)', () => {
    expect(quoteParts(QUOTE, 1, 2, SOURCE).filter((p) => p.line).map((p) => `${p.text}@${p.line}`)).toEqual(['2015@1', '1@1', '6@1', '28.31@2', '2.20%@2']);
    expect(quoteParts(QUOTE, 1, 2, SOURCE).map((p) => p.text).join('')).toBe(QUOTE);
  });
  it('of a changed quotation still point at the lines that print them, or the first cited line (a number may wrap onto the next line)', () => {
    expect(quoteParts(QUOTE.replace('28.31', '28.13'), 1, 2, SOURCE).filter((p) => p.line).map((p) => `${p.text}@${p.line}`)).toEqual(['2015@1', '1@1', '6@1', '28.13@1', '2.20%@1']);
  });
  const entry = (text: string) => ({
    definition: { text: '定义。', editorial: true },
    aspects: [],
    typicalBusinesses: [],
    exclusions: [],
    otherDefinitions: [],
    usage: [{ text, source: { file: 'a.txt', lines: [1, 2] as const } }],
  });
  it('fail the content check when a quotation is not its cited lines, naming the number', () => {
    expect(entryQuotations(entry(QUOTE)).map((q) => q.path.join('.'))).toEqual(['usage.0.text']);
    const lines = (f: string) => (f === 'a.txt' ? SOURCE : undefined);
    expect(quotationProblems('g.yaml', entry(QUOTE), lines, () => 7)).toEqual([]);
    expect(quotationProblems('g.yaml', entry(QUOTE.replace('28.31', '28.13')), lines, () => 7)).toEqual([
      {
        file: 'g.yaml',
        line: 7,
        problem: 'usage.0: the quotation is not found in lines 1–2 of sources/a.txt (“28.13” is not printed at line 1)',
        fix: 'Copy the quotation exactly as the source prints it at the cited lines (only line breaks repaired); where the source is wrong, keep it and add a 编者注.',
      },
    ]);
  });
});
