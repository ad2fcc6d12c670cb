import { describe, expect, it } from 'vitest';
import { figureBuckets } from './figure-buckets.ts';
import { bucketOf } from './shards.ts';

const figures = (documents: number): [string, string, string][] =>
  Array.from({ length: documents }, (_, d) =>
    ['图1-1', '图1-2', '表2'].map((label): [string, string, string] => [label, `/reports/d${d}/#${label}`, `${label} 第${d}份文件`]),
  ).flat();
const cardsOf = (list: [string, string, string][]) => Object.fromEntries(list.map(([, url, caption]) => [url, { url, title: caption, kind: '图', text: '' }]));

describe('figureBuckets', () => {
  it('keeps a small corpus in one bucket, every figure with its card', () => {
    const list = figures(5);
    const [only, ...rest] = figureBuckets(list, cardsOf(list));
    expect(rest).toEqual([]);
    expect(only!.figures['图1-1']).toHaveLength(5);
    expect(Object.keys(only!.cards)).toHaveLength(15);
  });
  it('cuts many figures into buckets by label, each label in the bucket its hash names, with a bounded list', () => {
    const list = figures(200);
    const buckets = figureBuckets(list, cardsOf(list), 40, 20);
    expect(buckets).toHaveLength(2);
    for (const label of ['图1-1', '图1-2', '表2']) {
      const bucket = buckets[bucketOf(label, buckets.length)]!;
      // The first 20 in the given (priority) order, with their cards.
      expect(bucket.figures[label]!.map(([url]) => url)).toEqual(Array.from({ length: 20 }, (_, d) => `/reports/d${d}/#${label}`));
      for (const [url] of bucket.figures[label]!) expect(bucket.cards[url]?.title).toMatch(label);
    }
  });
});
