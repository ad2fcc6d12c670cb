import { describe, expect, it } from 'vitest';
import { bucketOf, decodeShards, encodeShards, routingTable, SHARED_WASM, shardFolder, shardOf, SHARD_SECTIONS } from './shards.ts';

describe('shardOf', () => {
  const items = [
    { url: '/reports/old/a/', document: '旧报告', year: '2015' },
    { url: '/glossary/ito/' },
    { url: '/reports/new/a/', document: '新报告', year: '2024' },
    { url: '/reports/old/b/', document: '旧报告', year: '2015' },
    { url: '/cities/xian/' },
    { url: '/reports/new/b/', document: '新报告', year: '2024' },
  ];
  it('puts a corpus under the limit in one shard', () => {
    expect(shardOf(items)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(shardOf(Array.from({ length: SHARD_SECTIONS }, (_, i) => ({ url: `/p/${i}/` }))).every((k) => k === 0)).toBe(true);
  });
  it('orders reference pages first, then the documents newest first, each document whole, and cuts every `limit` sections', () => {
    // Order: glossary, city | new a, new b | old a, old b
    expect(shardOf(items, 2)).toEqual([2, 0, 1, 2, 0, 1]);
  });
  it('also cuts a shard at `wordLimit` index words, the indexer’s memory', () => {
    const sized = [400, 300, 500, 900, 100].map((words, i) => ({ url: `/reports/d/${i}/`, document: '报告', year: '2020', words }));
    expect(shardOf(sized, 10, 1000)).toEqual([0, 0, 1, 2, 2]);
    // A section larger than the limit is a shard by itself.
    expect(shardOf([{ url: '/a/', words: 5000 }, { url: '/b/', words: 10 }], 10, 1000)).toEqual([0, 1]);
  });
  it('keeps a document without a year after the dated ones, in the order met', () => {
    const undated = [{ url: '/x/', document: '无年份' }, { url: '/y/', document: '有年份', year: '2019' }];
    expect(shardOf(undated, 1)).toEqual([1, 0]);
  });
});

describe('routingTable', () => {
  it('lists each word with the shards holding it, in hash buckets of bounded size', () => {
    const shards = [new Set(['a', 'b', 'c']), new Set(['b', 'c']), new Set(['c', 'd'])];
    const buckets = routingTable(shards, 2);
    expect(buckets).toHaveLength(2);
    const all = Object.assign({}, ...buckets) as Record<string, number[]>;
    expect(all).toEqual({ a: [0], b: [0, 1], c: [0, 1, 2], d: [2] });
    for (const [word] of Object.entries(all)) expect(buckets[bucketOf(word, 2)]![word]).toBeDefined();
  });
  it('writes shard lists as ranges and reads them back', () => {
    expect(encodeShards({ w: [0, 1, 2, 3, 7, 9, 10] })).toEqual({ w: '0-3,7,9-10' });
    expect(decodeShards('0-3,7,9-10')).toEqual([0, 1, 2, 3, 7, 9, 10]);
    expect(decodeShards('')).toEqual([]);
  });
});

describe('shared WebAssembly', () => {
  it("resolves a later shard's WebAssembly URL to the first shard's file", () => {
    expect(shardFolder(0)).toBe('');
    const url = new URL(`/search-index/${shardFolder(3)}wasm.${SHARED_WASM}.pagefind`, 'https://kb.example.org');
    expect(url.pathname).toBe('/search-index/wasm.unknown.pagefind');
  });
});
