import { describe, expect, it } from 'vitest';
import { minimalSpan, SearchEngine, type Card, type PagefindApi, type ShardLoader } from './engine.ts';
import { normalizeText } from './normalize.ts';
import { isAside } from './record-html.ts';
import { figureBuckets } from './figure-buckets.ts';
import { bucketOf, encodeShards, routingTable, shardOf } from './shards.ts';
import { indexTokens } from './tokens.ts';
import { keyForm } from './understand.ts';

interface FakeRecord {
  url: string;
  title: string;
  text: string;
  doc?: string;
  filters?: Record<string, string[]>;
}

/**
 * A stand-in for Pagefind over the same token streams, one word at a time, as
 * Pagefind 1.6 behaves: quoted, the exact word, reporting its first position;
 * unquoted, every word it prefixes with all their positions, or where none
 * does, the words of the longest prefix that some word has.
 */
function fakePagefind(records: FakeRecord[]): PagefindApi {
  const streams = records.map((r) => indexTokens(normalizeText(`${r.title} ${r.text}`)));
  return {
    options: async () => undefined,
    init: async () => undefined,
    filters: async () => ({}),
    search: async (q: string, o?: Record<string, unknown>) => {
      expect(q, 'the engine searches one token at a time').toMatch(/^"?[a-z0-9.]+"?$/);
      const quoted = q.startsWith('"');
      let token = q.replace(/"/g, '');
      const all = streams.flat();
      if (!quoted) while (token.length > 1 && !all.some((t) => t.startsWith(token))) token = token.slice(0, -1);
      const matches = (t: string) => (quoted ? t === token : t.startsWith(token));
      const wanted = (o?.filters ?? {}) as Record<string, { any: string[] }>;
      const results = records.flatMap((r, i) => {
        if (Object.entries(wanted).some(([k, { any }]) => !any.some((v) => r.filters?.[k]?.includes(v)))) return [];
        const stream = streams[i]!;
        const found = stream.flatMap((t, at) => (matches(t) ? [at] : []));
        const words = quoted ? found.slice(0, 1) : found;
        if (!words.length) return [];
        return [
          {
            id: r.url,
            score: words.length / stream.length,
            words,
            data: async () => ({
              url: r.url,
              meta: { title: r.title, text: r.text, section: '', doc: r.doc ?? '' },
              filters: r.filters ?? {},
            }),
          },
        ];
      });
      return { results, filters: {} };
    },
  };
}

const card = (url: string, title: string, kind = '术语'): Card => ({ url, title, kind, text: `${title}的释义` });
const vocabulary = [
  { term: '服务外包', count: 50 },
  { term: '就业', count: 3 },
  { term: '贡献', count: 2 },
  { term: '企业', count: 20 },
  { term: '数量', count: 5 },
];
const records: FakeRecord[] = [
  { url: '/reports/a/', title: '总体情况', text: '2019 年，承接服务外包合同额 2357.0 亿美元；执行额 1580.8 亿美元。', doc: '报告', filters: { 文档: ['报告'] } },
  { url: '/reports/b/', title: '就业', text: '服务外包对全国就业增长的贡献率达 8.3%。推动“千百十工程”实施。', doc: '报告', filters: { 文档: ['报告'] } },
  { url: '/reports/c/', title: '区域', text: '陕西、安徽的服务外包企业数量。执行额的数据见下表，各省情况各不相同，另作说明，下表所列为各省的合计数值。2019 年略有下降。', doc: '简报', filters: { 文档: ['简报'] } },
  { url: '/glossary/kpo/', title: '知识流程外包（KPO）', text: '知识流程外包是服务外包的一类。' },
  { url: '/glossary/executed-value/', title: '执行额', text: '统计期内实际执行的服务外包金额。' },
  { url: '/cities/xian/', title: '西安', text: '西安的服务外包执行额。' },
  { url: '/cities/xian/#facts', title: '西安', text: '服务外包执行额 10 亿美元 2019 年' },
];
const engine = new SearchEngine(
  fakePagefind(records),
  {
    t2s: {},
    vocabulary,
    keys: {
      [keyForm('知识流程外包')]: [['/glossary/kpo/', '知识流程外包（KPO）']],
      [keyForm('KPO')]: [['/glossary/kpo/', '知识流程外包（KPO）']],
      [keyForm('执行额')]: [['/glossary/executed-value/', '执行额']],
      [keyForm('西安')]: [['/cities/xian/', '西安']],
    },
    figures: { '表4-1': [['/reports/c/#table-4-1', '表 4-1 2019 年各区域数据']] },
    cards: {
      '/glossary/kpo/': card('/glossary/kpo/', '知识流程外包（KPO）'),
      '/glossary/executed-value/': card('/glossary/executed-value/', '执行额'),
      '/cities/xian/': card('/cities/xian/', '西安', '城市'),
      '/reports/c/#table-4-1': card('/reports/c/#table-4-1', '表 4-1 2019 年各区域数据', '表'),
    },
    sections: 6,
    aside: records.map((r) => r.url).filter(isAside),
    pinyin: async () => ({ bao: '包抱', zhi: '执职' }),
  },
);
const urls = (o: { cards: Card[]; results: { url: string }[] }) => [...o.cards.map((c) => c.url), ...o.results.map((r) => r.url)];

describe('SearchEngine', () => {
  it('answers a question through what it names, the entry card first', async () => {
    const outcome = await engine.search('什么是KPO？');
    expect(outcome.cards.map((c) => c.url)).toEqual(['/glossary/kpo/']);
  });
  it('returns the sections that hold all of a question’s words, without a card for a term most sections use', async () => {
    const outcome = await engine.search('服务外包对就业有什么贡献');
    expect(outcome.cards).toEqual([]);
    expect(outcome.results[0]!.url).toBe('/reports/b/');
  });
  it('finds a pasted phrase typed without the page’s quotes', async () => {
    const outcome = await engine.search('推动千百十工程实施');
    expect(outcome.grade).toBe('exact');
    expect(urls(outcome)[0]).toBe('/reports/b/');
  });
  it('does not find a name across a clause mark', async () => {
    const outcome = await engine.search('西安');
    expect(urls(outcome)).toEqual(['/cities/xian/']);
  });
  it('ranks the section where a year and an indicator stand together first', async () => {
    const outcome = await engine.search('2019年服务外包执行额');
    expect(outcome.results[0]!.url).toBe('/reports/a/');
    // A year asks for numbers: no term card.
    expect(outcome.cards).toEqual([]);
  });
  it('opens a figure or table by its number', async () => {
    const outcome = await engine.search('表4-1');
    expect(outcome.cards[0]!.url).toBe('/reports/c/#table-4-1');
  });
  it('corrects a typo to one close term and says so', async () => {
    const outcome = await engine.search('知识流程外抱');
    expect(outcome.correction).toEqual({ from: '知识流程外抱', to: '知识流程外包' });
    expect(urls(outcome)[0]).toBe('/glossary/kpo/');
  });
  it('says nothing matched, with suggestions, for a term that appears nowhere', async () => {
    const outcome = await engine.search('量子计算');
    expect(urls(outcome)).toEqual([]);
  });
  it('counts filter values over the listed pages, so counts agree with the results', async () => {
    const outcome = await engine.search('服务外包企业');
    expect(outcome.results.map((r) => r.url)).toEqual(['/reports/c/']);
    expect(outcome.facets).toEqual({ 文档: { 简报: 1 } });
    const filtered = await engine.search('服务外包', { 文档: ['简报'] });
    expect(filtered.results.map((r) => r.url)).toEqual(['/reports/c/']);
  });
  it('does not take a string the text lacks for a shorter one it holds (Pagefind widens such a prefix)', async () => {
    expect(urls(await engine.search('西额'))).toEqual([]);
    expect(urls(await engine.search('示范'))).toEqual([]);
  });
  it('caps a long query', async () => {
    const outcome = await engine.search('服'.repeat(300));
    expect([...outcome.query]).toHaveLength(200);
  });
});

describe('SearchEngine over a sharded index', () => {
  // Three documents of 30 sections each, newest first in the shards (shards.ts), 30 sections a shard.
  const section = (doc: string, year: string, i: number, text: string): FakeRecord & { year: string } => ({
    url: `/reports/${year}/s${i}/`,
    title: `${doc}第${i}节`,
    text,
    doc,
    year,
    filters: { 文档: [doc] },
  });
  // 离岸外包: in six sections of each document.
  const offshore = (i: number) => (i < 6 ? '离岸外包稳步发展。' : '');
  const sharded = [
    ...Array.from({ length: 30 }, (_, i) => section('旧报告', '2015', i, i === 7 ? '服务外包企业与劳务派遣的界限。' : `服务外包的发展情况，企业数量第${i}项。${offshore(i)}`)),
    ...Array.from({ length: 30 }, (_, i) => section('新报告', '2024', i, `服务外包执行额增长，企业规模扩大，第${i}项。${offshore(i)}`)),
    ...Array.from({ length: 30 }, (_, i) => section('中报告', '2020', i, `服务外包合同额，各地企业，第${i}项。${offshore(i)}`)),
  ];
  /** The engine over these records cut into shards of `limit` sections, counting the shards and routing buckets it opens. */
  const shardedEngineOf = (list: (FakeRecord & { year?: string })[], limit: number) => {
    const plan = shardOf(list.map((r) => ({ url: r.url, document: r.doc, year: r.year })), limit);
    const shardRecords = Array.from({ length: Math.max(...plan) + 1 }, (_, k) => list.filter((_, i) => plan[i] === k));
    const opened: number[] = [];
    const routeLoads: number[] = [];
    const loaders: ShardLoader[] = shardRecords.map((records, k) => async () => {
      opened.push(k);
      return fakePagefind(records);
    });
    const words = shardRecords.map((records) => new Set(records.flatMap((r) => indexTokens(normalizeText(`${r.title} ${r.text}`)))));
    const buckets = routingTable(words, 50).map(encodeShards);
    const shardedEngine = new SearchEngine(loaders, {
      t2s: {},
      vocabulary: [
        { term: '服务外包', count: 90 },
        { term: '企业', count: 90 },
        { term: '数量', count: 40 },
        { term: '劳务派遣', count: 1 },
      ],
      keys: {},
      figures: {},
      cards: {},
      sections: list.length,
      aside: list.map((r) => r.url).filter(isAside),
      pinyin: async () => ({}),
      shards: shardRecords.length,
      routeBuckets: buckets.length,
      route: async (b) => {
        routeLoads.push(b);
        return buckets[b]!;
      },
    });
    return { shardedEngine, opened, routeLoads, buckets, shardRecords };
  };
  const build = () => shardedEngineOf(sharded, 30);
  const shardRecords = build().shardRecords;
  it('orders the shards newest document first', () => {
    expect(shardRecords.map((list) => list[0]!.doc)).toEqual(['新报告', '中报告', '旧报告']);
  });
  it('answers a term every shard holds from the first shard alone', async () => {
    const { shardedEngine, opened } = build();
    const outcome = await shardedEngine.search('服务外包');
    expect(outcome.results).toHaveLength(10);
    expect(outcome.results.every((r) => r.doc === '新报告')).toBe(true);
    expect(opened).toEqual([0]);
  });
  it('finds a rare term in the last shard without opening the shards that lack it, loading one routing bucket', async () => {
    const { shardedEngine, opened, routeLoads, buckets } = build();
    expect(buckets.length).toBeGreaterThan(1);
    const outcome = await shardedEngine.search('劳务派遣');
    expect(outcome.results.map((r) => r.url)).toEqual(['/reports/2015/s7/']);
    expect(opened).toEqual([2]);
    expect(routeLoads).toHaveLength(1);
  });
  it('reads later shards only until the first page of results is full', async () => {
    const { shardedEngine, opened } = build();
    const outcome = await shardedEngine.search('离岸外包');
    expect(outcome.results).toHaveLength(10);
    // Sections of one grade from the shards read are ranked together by their scores.
    expect(new Set(outcome.results.map((r) => r.doc))).toEqual(new Set(['新报告', '中报告']));
    expect(opened).toEqual([0, 1]);
  });
  it('reads a later shard whose documents outrank the pages that restate them, though those fill a page', async () => {
    const digests = Array.from({ length: 12 }, (_, i) => ({ url: `/indicators/i${i}/`, title: `指标${i}`, text: `服务外包企业数量，第${i}年。` }));
    const documents = Array.from({ length: 12 }, (_, i) => section('报告', '2019', i, `全国服务外包企业数量增长，第${i}项。`));
    const { shardedEngine, opened } = shardedEngineOf([...digests, ...documents], 12);
    const outcome = await shardedEngine.search('企业的数量');
    expect(opened).toEqual([0, 1]);
    expect(outcome.results.slice(0, 10).every((r) => r.doc === '报告')).toBe(true);
  });
  it('opens no shard for a term no shard holds', async () => {
    const { shardedEngine, opened, routeLoads } = build();
    const outcome = await shardedEngine.search('量子计算');
    expect(outcome.results).toEqual([]);
    expect(opened).toEqual([]);
    expect(routeLoads.length).toBeLessThanOrEqual(1);
  });
  it('reads a later shard that may hold the exact phrase, and ranks it above the earlier shards’ sections holding its parts apart', async () => {
    const { shardedEngine, opened } = build();
    const outcome = await shardedEngine.search('服务外包企业');
    expect(outcome.grade).toBe('exact');
    expect(outcome.results[0]!.url).toBe('/reports/2015/s7/');
    // The middle shard holds the parts but not the phrase, and the first shard already fills the page at grade "all".
    expect(opened).toEqual([0, 2]);
  });
});

describe('SearchEngine with figures in buckets', () => {
  it('loads only the bucket of the label a query names, and shows that figure', async () => {
    const list = Array.from({ length: 40 }, (_, d) => ['图1-1', '表4-1'].map((label): [string, string, string] => [label, `/reports/d${d}/#${label}`, `${label} 第${d}份文件的数据`])).flat();
    const cards = Object.fromEntries(list.map(([label, url, caption]) => [url, card(url, caption, label[0]!)]));
    const buckets = figureBuckets(list, cards, 10, 10);
    expect(buckets.length).toBeGreaterThan(1);
    const loaded: number[] = [];
    const figureEngine = new SearchEngine(fakePagefind(records), {
      t2s: {},
      vocabulary,
      keys: {},
      figures: {},
      cards: {},
      sections: records.length,
      aside: [],
      pinyin: async () => ({}),
      figureBuckets: buckets.length,
      figureBucket: async (b) => {
        loaded.push(b);
        return buckets[b]!;
      },
    });
    await figureEngine.search('服务外包');
    expect(loaded).toEqual([]);
    const outcome = await figureEngine.search('表4-1');
    expect(outcome.cards[0]!.url).toBe('/reports/d0/#表4-1');
    expect(outcome.cards[0]!.title).toBe('表4-1 第0份文件的数据');
    expect(loaded).toEqual([bucketOf('表4-1', buckets.length)]);
    // The query's other words choose among the documents that number a figure alike.
    expect((await figureEngine.search('第3份文件 表4-1')).cards[0]!.url).toBe('/reports/d3/#表4-1');
  });
});

describe('minimalSpan', () => {
  it('is the smallest window holding one position of each list', () => {
    expect(minimalSpan([[1, 50], [48], [60, 3]])).toBe(12);
    expect(minimalSpan([[5]])).toBe(0);
  });
});
