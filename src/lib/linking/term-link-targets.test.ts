import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cityLinkTargets, documentLinkTargets, glossaryLinkTargets } from './term-link-targets.ts';
import { createMatcher } from './term-matcher.ts';

const ROOT = join(import.meta.dirname, '../../..');

describe('document link targets (real glossary and city data)', () => {
  const { forms, targets } = documentLinkTargets(ROOT);
  const matcher = createMatcher(forms);
  const linked = (text: string) => matcher.find(text).filter((m) => m.linkable).map((m) => [m.text, m.target]);

  it('links city names to their profiles, and every target has a card', () => {
    expect(linked('杭州与成都')).toEqual([
      ['杭州', '/cities/hangzhou/'],
      ['成都', '/cities/chengdu/'],
    ]);
    for (const form of forms) expect(targets.has(form.target.split('#')[0]!) || targets.has(form.target), form.target).toBe(true);
  });
  it('does not link a city name hidden in a longer word', () => {
    expect(linked('形成都市圈')).toEqual([]);
    expect(linked('经济南北协调')).toEqual([]);
    expect(linked('大连续增长')).toEqual([]);
  });
  it('prefers the longer glossary term over a name inside it', () => {
    expect(linked('服务外包示范城市')).toEqual([['服务外包示范城市', '/glossary/demonstration-city/']]);
  });
  it('gives a quoted card its source and the quotation’s URL, and an editorial card the label 编者释义', () => {
    expect(targets.get('/glossary/onshore-outsourcing/')).toEqual({
      title: '在岸外包',
      text: '服务外包可分为在岸外包和离岸外包（包括近岸外包）。前者指发包方和承包方同处于一个国度之内…',
      cite: '《服务外包行业简报（2019年5月20日）》第 800–805 行',
      citeUrl: '/glossary/onshore-outsourcing/#definition',
      kind: 'term',
    });
    expect(targets.get('/glossary/contract-value/')).toMatchObject({ label: '编者释义', kind: 'term' });
    expect(targets.get('/glossary/contract-value/')).not.toHaveProperty('cite');
    const typical = targets.get('/glossary/b41/#b41-t1')!;
    expect(typical.cite).toMatch(/^《服务外包统计操作指引》第 \d+(–\d+)? 行$/);
    expect(typical.citeUrl).toBe('/glossary/b41/#b41-t1');
  });
  it('quotes a disputed-case rule’s 正确处理方式 from the guide, with its lines', () => {
    expect(targets.get('/glossary/disputed-cases/#labour-dispatch')).toMatchObject({
      title: '易争议业务判定：劳务派遣 · 正确处理方式',
      text: expect.stringMatching(/^不纳入服务外包统计，但以下两种情况除外：/),
      cite: expect.stringMatching(/^《服务外包统计操作指引》第 637–653 行$/),
      citeUrl: '/glossary/disputed-cases/#labour-dispatch',
    });
  });
});

describe('names the data holds, not typed by hand', () => {
  it('the linker uses the glossary mapping its tests check (matcherForms)', async () => {
    const { readGlossary } = await import('../glossary/glossary-fs.ts');
    const { collectTermForms, matcherForms } = await import('../glossary/glossary.ts');
    const { entries, rules } = readGlossary(ROOT);
    expect(glossaryLinkTargets(ROOT).forms).toEqual(matcherForms(collectTermForms(entries, rules)));
  });
  it('city cards name the region as src/data/cities/areas/regions.json does', () => {
    const { targets } = cityLinkTargets(ROOT);
    expect(targets.get('/cities/chengdu/')?.text).toMatch(/^西部地区的服务外包示范城市。/);
    expect(targets.get('/cities/dalian/')?.text).toMatch(/^东北地区的服务外包示范城市。/);
    expect(targets.size).toBe(31);
  });
  it('the search knows every city, province, region and circle of the data', async () => {
    const { areaNames, demonstrationCities } = await import('../search/site-terms.ts');
    const cities = demonstrationCities(ROOT);
    expect(cities).toHaveLength(31);
    expect(cities.slice(0, 4)).toEqual(['北京', '天津', '上海', '重庆']);
    expect(cities).toContain('乌鲁木齐');
    const areas = areaNames(ROOT);
    expect(areas).toEqual(expect.arrayContaining(['内蒙古', '新疆', '东北地区', '长三角', '长江中游城市群']));
    expect(areas).toHaveLength(31 + 4 + 5);
  });
});
