import { describe, expect, it } from 'vitest';
import { exactPlan, relaxedPlan, satisfies, segmentKnown } from './query.ts';
import { phraseTokens } from './tokens.ts';

const dict = new Set(['劳务派遣', '服务外包', '离岸', '执行额', '离岸执行额', '杭州']);

describe('exactPlan', () => {
  it('searches a Chinese term as one exact phrase', () => {
    const plan = exactPlan('离岸执行额');
    expect(plan.pagefind).toBe(`"${phraseTokens('离岸执行额').join(' ')}"`);
    expect(plan.required).toEqual(['离岸执行额']);
  });
  it('folds traditional and full-width input', () => {
    expect(exactPlan('服務外包', { 務: '务' }).required).toEqual(['服务外包']);
    expect(exactPlan('ＩＴＯ').pagefind).toBe('ito');
  });
  it('keeps Latin words and numbers as words, longest part first', () => {
    const plan = exactPlan('I11 软件研发');
    expect(plan.required).toEqual(['i11', '软件研发']);
    expect(plan.pagefind.startsWith(`"${phraseTokens('软件研发').join(' ')}"`)).toBe(true);
    expect(plan.pagefind.endsWith(' i11')).toBe(true);
  });
  it('keeps Latin words typed together as one phrase', () => {
    const plan = exactPlan('Business Process  Outsourcing');
    expect(plan.required).toEqual(['business process outsourcing']);
    expect(plan.pagefind).toBe('"business process outsourcing"');
  });
  it('plans nothing for an empty query', () => {
    expect(exactPlan('  ，').pagefind).toBe('');
  });
});

describe('segmentKnown and relaxedPlan', () => {
  it('cuts a run into the longest known terms', () => {
    expect(segmentKnown('劳务派遣算不算服务外包', dict)).toEqual(['劳务派遣', '算不算', '服务外包']);
    expect(segmentKnown('离岸执行额', dict)).toEqual(['离岸执行额']);
  });
  it('turns a question into its known terms', () => {
    const plan = relaxedPlan('劳务派遣算不算服务外包？', dict)!;
    expect(plan.required.sort()).toEqual(['劳务派遣', '服务外包']);
  });
  it('gives up when no known term is in the query', () => {
    expect(relaxedPlan('量子纠缠', dict)).toBeUndefined();
  });
  it('gives up on a query with any unknown word, so it is never widened to its known half', () => {
    expect(relaxedPlan('量子服务外包', dict)).toBeUndefined();
    expect(relaxedPlan('服务外包商', dict)).toBeUndefined();
  });
});

describe('satisfies', () => {
  it('requires every string', () => {
    expect(satisfies('劳务派遣不属于服务外包', ['劳务派遣', '服务外包'])).toBe(true);
    expect(satisfies('劳务派遣', ['劳务派遣', '服务外包'])).toBe(false);
  });
});
