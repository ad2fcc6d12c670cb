import { describe, expect, it } from 'vitest';
import { bucketOf, decodeShards, encodeShards, routingTable, LOADED_WASM, LOADED_WASM_FILE, shardFolder, wasmLoadsOnce, shardOf, SHARD_SECTIONS } from './shards.ts';

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

describe('WebAssembly of later shards', () => {
  it("resolves a later shard's WebAssembly URL to the placeholder in the index folder", () => {
    expect(shardFolder(0)).toBe('');
    const url = new URL(`/search-index/${shardFolder(3)}wasm.${LOADED_WASM}.pagefind`, 'https://kb.example.org');
    expect(url.pathname).toBe(`/search-index/${LOADED_WASM_FILE}`);
  });
  it("recognises WebAssembly glue that initialises once, and refuses glue that would load a later shard's module", () => {
    const once = 'async function __wbg_init(module_or_path){if(wasm!==undefined)return wasm;if(module_or_path!==undefined){}}';
    expect(wasmLoadsOnce(once)).toBe(true);
    expect(wasmLoadsOnce(once.replace('if(wasm!==undefined)return wasm;', ''))).toBe(false);
    expect(wasmLoadsOnce('function init(){}')).toBe(false);
  });
});
