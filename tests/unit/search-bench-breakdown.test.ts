/** The per-request breakdown of a query's bytes that bench:scale prints (tests/search/benchmark.ts). */
import { describe, expect, it } from 'vitest';
import { bytesByKind, fileKind } from '../search/benchmark.ts';

describe('first-query breakdown', () => {
  it('names every kind of file a search fetches, in the first shard and in later ones', () => {
    expect(fileKind('/search-index/pagefind.zh-cn_68c07c8167f81.pf_meta')).toBe('pf_meta');
    expect(fileKind('/search-index/shard-2/pagefind.zh-cn_b5824cc24ab24.pf_meta')).toBe('pf_meta');
    expect(fileKind('/search-index/shard-2/index/zh-cn_9674bc6.pf_index')).toBe('index chunk');
    expect(fileKind('/search-index/filter/zh-cn_1d7b74a.pf_filter')).toBe('filter');
    expect(fileKind('/search-index/fragment/zh-cn_6f55272.pf_fragment')).toBe('fragment');
    expect(fileKind('/search-index/shard-2/pagefind-entry.json')).toBe('entry');
    expect(fileKind('/search-index/wasm.unknown.pagefind')).toBe('wasm');
    expect(fileKind('/search-index/route/257.json')).toBe('route bucket');
    expect(fileKind('/search-index/figures/3.json')).toBe('figure bucket');
    expect(fileKind('/search-index/pinyin.json')).toBe('pinyin.json');
    expect(fileKind('/favicon.svg')).toBe('other');
  });
  it('sums bytes and files by kind, largest first', () => {
    const kinds = bytesByKind([
      { path: '/search-index/fragment/a.pf_fragment', bytes: 500 },
      { path: '/search-index/index/b.pf_index', bytes: 11_000 },
      { path: '/search-index/shard-2/fragment/c.pf_fragment', bytes: 1_600 },
    ]);
    expect(kinds).toEqual([
      { kind: 'index chunk', files: 1, bytes: 11_000 },
      { kind: 'fragment', files: 2, bytes: 2_100 },
    ]);
  });
});
