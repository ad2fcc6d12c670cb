import { describe, expect, it } from 'vitest';
import { buildVocabulary, suggest } from './vocabulary.ts';

describe('buildVocabulary', () => {
  it('keeps recurring Chinese words and every given term', () => {
    const texts = ['承接服务外包合同', '服务外包执行额', '服务外包产业', '杭州'];
    const vocabulary = buildVocabulary(texts, ['杭州', '执行额'], 3);
    const terms = vocabulary.map((v) => v.term);
    expect(terms).toContain('服务');
    expect(terms).toContain('杭州');
    expect(terms).toContain('执行额');
    expect(vocabulary.find((v) => v.term === '杭州')!.count).toBe(1);
  });
});

describe('suggest', () => {
  const vocabulary = [
    { term: '服务外包', count: 50 },
    { term: '离岸外包', count: 10 },
    { term: '杭州', count: 5 },
  ];
  it('offers known terms that share characters with the query', () => {
    expect(suggest('外包服务商', vocabulary)).toEqual(['服务外包', '离岸外包']);
  });
  it('offers nothing unrelated', () => {
    expect(suggest('量子纠缠', vocabulary)).toEqual([]);
  });
});
