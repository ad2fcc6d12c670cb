import { describe, expect, it } from 'vitest';
import { applyBestBets, SearchEngine, type PagefindApi, type PageResult } from './engine.ts';
import { indexTokens } from './tokens.ts';

const page = (url: string): PageResult => ({ url, title: url, doc: '', excerpt: '', sections: [] });

describe('applyBestBets', () => {
  it('moves only verified bets when asked not to add missing ones', () => {
    expect(applyBestBets([page('/a/')], [['/glossary/x/', 'x']], false).map((r) => r.url)).toEqual(['/a/']);
  });
  it('moves the named page to the front, keeping its anchor, and adds it when missing', () => {
    const results = [page('/a/'), page('/glossary/kpo/'), page('/b/')];
    expect(applyBestBets(results, [['/glossary/kpo/', 'KPO']]).map((r) => r.url)).toEqual(['/glossary/kpo/', '/a/', '/b/']);
    expect(applyBestBets(results, [['/glossary/disputed-cases/#labour-dispatch', '劳务派遣']]).map((r) => r.url)).toEqual([
      '/glossary/disputed-cases/#labour-dispatch',
      '/a/',
      '/glossary/kpo/',
      '/b/',
    ]);
  });
});

/** A stand-in for Pagefind that matches records whose token text contains the query's tokens. */
function fakePagefind(records: { url: string; text: string; title: string }[]): PagefindApi {
  return {
    options: async () => undefined,
    init: async () => undefined,
    filters: async () => ({}),
    search: async (q: string) => {
      const phrase = q.replace(/"/g, '').split(' ').filter(Boolean);
      const hits = records.filter((r) => {
        const tokens = ` ${indexTokens(r.text).join(' ')} `;
        return phrase.every((t) => new RegExp(` ${t}`).test(tokens));
      });
      return {
        filters: {},
        results: hits.map((r, i) => ({
          id: r.url,
          score: 1 / (i + 1),
          data: async () => ({ url: r.url, meta: { title: r.title, text: r.text, section: '', keys: '', doc: '', page: r.url } }),
        })),
      };
    },
  };
}

describe('SearchEngine', () => {
  const engine = new SearchEngine(
    fakePagefind([
      { url: '/a/', title: '甲', text: '大额合同连续增长' },
      { url: '/b/', title: '乙', text: '大连市服务外包' },
      { url: '/c/', title: '丙', text: '劳务派遣不属于服务外包' },
    ]),
    {},
    [
      { term: '服务外包', count: 3 },
      { term: '劳务派遣', count: 1 },
    ],
    { 大连: [['/cities/dalian/', '大连']] },
  );
  it('finds only pages that contain the term, best bet first', async () => {
    const outcome = await engine.search('大连');
    expect(outcome.results.map((r) => r.url)).toEqual(['/cities/dalian/', '/b/']);
  });
  it('answers a question through its known terms', async () => {
    const outcome = await engine.search('劳务派遣算不算服务外包？');
    expect(outcome.relaxed).toBe(true);
    expect(outcome.results.map((r) => r.url)).toEqual(['/c/']);
  });
  it('says nothing matched, with suggestions, for an absent term', async () => {
    const outcome = await engine.search('服务外包商');
    expect(outcome.results).toEqual([]);
    expect(outcome.suggestions).toContain('服务外包');
  });
});
