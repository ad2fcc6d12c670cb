import { describe, expect, it } from 'vitest';
import {
  aliasSegment,
  alphabeticalIndex,
  buildRoutes,
  classificationTree,
  collectTermForms,
  compareCodes,
  entryLabel,
  firstSentence,
  glossaryPermalinks,
  groupBlocks,
  mergePermalinks,
  parsePermalinks,
  pinyinKey,
  pinyinTokensNeeded,
  resolveRef,
  type Entry,
  type Rule,
} from './glossary.ts';
import { glossaryEntrySchema, glossaryRuleSchema } from './schema.ts';

const src = { file: 'x.txt', lines: [1, 1] as [number, number] };
const entry = (data: Record<string, unknown>): Entry =>
  glossaryEntrySchema.parse({ level: '术语', definition: { text: '释义。', source: src, editorial: false }, ...data });

const ITO = entry({ slug: 'ito', code: 'ITO', level: '门类', edition: 'E', termZh: '信息技术外包', abbr: 'ITO', pinyin: 'xin xi ji shu wai bao',
  aliases: [{ text: '信息技术服务外包', ambiguous: true, note: '报告中指 ITO' }] });
const I1 = entry({ slug: 'i1', code: 'I1', level: '大类', parent: 'ito', edition: 'E', termZh: '软件研发外包', pinyin: 'ruan jian yan fa wai bao' });
const I2 = entry({ slug: 'i2', code: 'I2', level: '大类', parent: 'ito', edition: 'E', termZh: '信息技术服务外包', pinyin: 'xin xi ji shu fu wu wai bao',
  aliases: [{ text: '信息技术服务外包', ambiguous: true }] });
const I11 = entry({ slug: 'i11', code: 'I11', level: '中类', parent: 'i1', edition: 'E', termZh: '软件研发及开发服务', pinyin: 'ruan jian yan fa ji kai fa fu wu',
  typicalBusinesses: [{ id: 'i11-t1', number: 1, name: '定制软件开发', text: '……', source: src, aliases: ['定制开发'] }] });
const K75 = entry({ slug: 'k75', code: 'K75', level: '中类', parent: 'k7', edition: 'E', termZh: '法律流程外包服务', abbr: 'LPO', pinyin: 'fa lü liu cheng wai bao fu wu' });
const TC = entry({ slug: 'trade-competitiveness-index', termZh: '贸易竞争力指数', abbr: 'TC', pinyin: 'mao yi jing zheng li zhi shu', aliases: ['TC 指数'] });
const ENTRIES = [ITO, I1, I2, I11, K75, TC];
const RULE: Rule = glossaryRuleSchema.parse({
  id: 'labour-dispatch', order: 1, businessType: '劳务派遣', businessTypeSource: src, aliases: ['劳务派遣'],
  wrong: { blocks: [{ kind: 'p', text: 'a' }], source: src }, correct: { blocks: [{ kind: 'p', text: 'b' }], source: src },
  reason: { blocks: [{ kind: 'li', text: 'c' }], source: src }, case: null, concerns: ['i11#i11-t1'],
});

describe('names and labels', () => {
  it('labels entries the way the guide prints them', () => {
    expect(entryLabel(ITO)).toBe('信息技术外包（ITO）');
    expect(entryLabel(I11)).toBe('I11 软件研发及开发服务');
    expect(entryLabel(K75)).toBe('K75 法律流程外包服务（LPO）');
    expect(entryLabel(TC)).toBe('贸易竞争力指数（TC）');
  });
  it('cuts a short definition at the first sentence', () => {
    expect(firstSentence('第一句。第二句。')).toBe('第一句。');
    expect(firstSentence('没有句号')).toBe('没有句号');
    expect(firstSentence('长'.repeat(200), 10)).toBe(`${'长'.repeat(9)}…`);
  });
  it('gives path segments to ASCII and pure Chinese names only', () => {
    expect(aliasSegment('LPO')).toBe('lpo');
    expect(aliasSegment('IT-BPM')).toBe('it-bpm');
    expect(aliasSegment('信息技术外包')).toBe('信息技术外包');
    expect(aliasSegment('IT 咨询服务')).toBeUndefined();
    expect(aliasSegment('《服务外包统计报表制度》')).toBeUndefined();
    expect(aliasSegment('SWOT分析')).toBeUndefined();
  });
  it('collects every form with its target, the explicit alias overriding the term', () => {
    const forms = collectTermForms(ENTRIES, [RULE]);
    const i2 = forms.filter((f) => f.target.url === '/glossary/i2/');
    expect(i2.map((f) => [f.text, f.ambiguous])).toEqual([['信息技术服务外包', true]]);
    expect(forms.find((f) => f.text === '定制开发')?.target.url).toBe('/glossary/i11/#i11-t1');
    expect(forms.find((f) => f.text === '劳务派遣')?.target.url).toBe('/glossary/disputed-cases/#labour-dispatch');
  });
  it('resolves references to entries, typical businesses and nothing else', () => {
    const bySlug = new Map(ENTRIES.map((e) => [e.slug, e]));
    expect(resolveRef('i11#i11-t1', bySlug)?.label).toBe('I11 软件研发及开发服务 · 定制软件开发');
    expect(resolveRef('i11#i11-t9', bySlug)).toBeUndefined();
    expect(resolveRef('nope', bySlug)).toBeUndefined();
  });
});

describe('buildRoutes', () => {
  const routes = buildRoutes(ENTRIES, [RULE]);
  it('redirects unambiguous aliases, lower-cased, and skips the entry’s own slug', () => {
    const map = Object.fromEntries(routes.redirects.map((r) => [r.segment, r.to]));
    expect(map.lpo).toBe('/glossary/k75/');
    expect(map.tc).toBe('/glossary/trade-competitiveness-index/');
    expect(map['信息技术外包']).toBe('/glossary/ito/');
    expect(map['定制开发']).toBe('/glossary/i11/#i11-t1');
    expect(map['劳务派遣']).toBe('/glossary/disputed-cases/#labour-dispatch');
    expect(map.ito).toBeUndefined();
    expect(routes.problems).toEqual([]);
  });
  it('turns an ambiguous name into a disambiguation page listing every meaning', () => {
    expect(routes.disambiguations).toEqual([
      {
        kind: 'disambiguation',
        segment: '信息技术服务外包',
        text: '信息技术服务外包',
        candidates: [
          { url: '/glossary/ito/', label: '信息技术外包（ITO）', note: '报告中指 ITO' },
          { url: '/glossary/i2/', label: 'I2 信息技术服务外包' },
        ],
      },
    ]);
  });
  it('honours renamed entries and moved anchors, and refuses to shadow a live page', () => {
    const moved = buildRoutes(ENTRIES, [RULE], {
      '/glossary/old-name/': '/glossary/k75/',
      '/glossary/i11/#i11-t7': '/glossary/i1/',
      '/glossary/lpo/': '/glossary/ito/',
    });
    expect(moved.redirects.find((r) => r.segment === 'old-name')).toMatchObject({ to: '/glossary/k75/', reason: 'moved' });
    expect(moved.movedAnchors).toEqual([{ path: '/glossary/i11/', anchor: 'i11-t7', to: '/glossary/i1/' }]);
    expect(moved.problems).toEqual(['redirect /glossary/lpo/ → /glossary/ito/: /glossary/lpo/ is in use by an entry or alias']);
  });
  it('reports an alias that collides with another entry’s slug', () => {
    const clash = entry({ slug: 'x', termZh: '某', pinyin: 'mou', aliases: ['I1'] });
    expect(buildRoutes([...ENTRIES, clash], []).problems).toEqual([
      'alias "I1" of /glossary/x/ collides with the page /glossary/i1/',
    ]);
  });
});

describe('tree, index and permalinks', () => {
  it('orders codes ITO, BPO, KPO, then numerically', () => {
    expect(['KPO', 'ITO', 'BPO'].sort(compareCodes)).toEqual(['ITO', 'BPO', 'KPO']);
    expect(['I2', 'I19', 'I11', 'I1'].sort(compareCodes)).toEqual(['I1', 'I11', 'I19', 'I2']);
  });
  it('builds the classification tree from parents', () => {
    const tree = classificationTree(ENTRIES);
    expect(tree.map((n) => n.entry.slug)).toEqual(['ito', 'k75']); // k75's parent is absent here
    expect(tree[0]!.children.map((n) => n.entry.slug)).toEqual(['i1', 'i2']);
    expect(tree[0]!.children[0]!.children.map((n) => n.entry.slug)).toEqual(['i11']);
  });
  it('sorts by pinyin with ü after u, and files abbreviations under their own letter', () => {
    expect(pinyinKey('fa lü')).toBe('falu~');
    expect(pinyinTokensNeeded('IT 咨询服务')).toBe(5);
    const index = alphabeticalIndex(ENTRIES);
    expect(index.filter((i) => i.letter === 'L').map((i) => i.label)).toEqual(['LPO']);
    expect(index.find((i) => i.label === 'LPO')?.detail).toBe('见 K75 法律流程外包服务（LPO）');
    expect(index.find((i) => i.label === 'I11 软件研发及开发服务')?.search).toContain('ruanjianyanfa');
  });
  it('lists every page, anchor and alias, and only ever appends to the committed list', () => {
    const links = glossaryPermalinks(ENTRIES, [RULE], buildRoutes(ENTRIES, [RULE]));
    expect(links).toContain('/glossary/i11/#i11-t1');
    expect(links).toContain('/glossary/disputed-cases/#labour-dispatch');
    expect(links).toContain('/glossary/lpo/');
    expect(links).toContain('/glossary.json');
    expect(mergePermalinks(['/b/', '/a/'], ['/a/', '/c/'])).toEqual(['/b/', '/a/', '/c/']);
    expect(parsePermalinks('# comment\n/a/\n\n /b/ \n')).toEqual(['/a/', '/b/']);
  });
  it('groups bullet items of a table cell into lists', () => {
    expect(
      groupBlocks([
        { kind: 'p', text: 'a' },
        { kind: 'li', text: 'b' },
        { kind: 'li', text: 'c' },
        { kind: 'p', text: 'd' },
      ]),
    ).toEqual([{ kind: 'p', text: 'a' }, { kind: 'ul', items: ['b', 'c'] }, { kind: 'p', text: 'd' }]);
  });
});
