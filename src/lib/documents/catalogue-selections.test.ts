/**
 * Combined filters without JavaScript (catalogue-facets.ts selectionGroups,
 * facetLinks) over generated catalogues whose years and publishers grow with
 * the corpus, as a real one does: the pages grow linearly with the documents,
 * every link leads to a list that exists and counts it right, and the link
 * block stays bounded.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE_PAGE_SIZE, FACETS, matches } from './catalogue.ts';
import {
  FACET_LINKS_SHOWN,
  FACET_VALUES_PAGE_SIZE,
  facetLinker,
  facetLinks,
  selectionCondition,
  selectionTitle,
  facetSlugs,
  facetValuePages,
  facetValuesUrl,
  selectionGroups,
  selectionUrl,
} from './catalogue-facets.ts';
import { paginate } from '../navigation/pagination.ts';
import { generatedCatalogue } from '../../../tests/support/generated-catalogue.ts';

function site(n: number) {
  const catalogue = generatedCatalogue(n);
  const slugs = facetSlugs(facetValuePages(catalogue));
  const groups = selectionGroups(catalogue, slugs);
  return { catalogue, slugs, groups };
}

/** Every page the catalogue's lists and values lists make, as the routes build them. */
function pageCount({ groups }: ReturnType<typeof site>): number {
  let pages = 0;
  for (const group of groups.values()) {
    pages += paginate(group.entries, CATALOGUE_PAGE_SIZE, group.url).length;
    for (const { key } of FACETS) {
      if (!group.selection[key] && group.counts[key].size > FACET_LINKS_SHOWN) pages += Math.ceil(group.counts[key].size / FACET_VALUES_PAGE_SIZE);
    }
  }
  return pages;
}

describe('combined filters without JavaScript', () => {
  const big = site(500);

  it('has a list only for combinations that find documents, at most 7 per document', () => {
    const distinct = FACETS.map(({ key }) => new Set(big.catalogue.map((d) => String(d[key]))).size);
    expect(distinct[1], 'years grow with the corpus').toBeGreaterThanOrEqual(20);
    expect(distinct[2], 'publishers grow with the corpus').toBeGreaterThanOrEqual(40);
    const product = distinct.reduce((a, b) => a * b, 1);
    expect(big.groups.size).toBeLessThanOrEqual(7 * 500 + 1);
    expect(big.groups.size, `${big.groups.size} lists for ${product} possible combinations`).toBeLessThan(product);
    for (const group of big.groups.values()) {
      expect(group.entries.length, group.url).toBeGreaterThan(0);
      expect(group.entries, group.url).toEqual(big.catalogue.filter((d) => matches(d, group.selection)));
    }
    // Every document's own combination of all three has its list.
    for (const doc of big.catalogue) expect(big.groups.has(selectionUrl({ type: doc.type, year: String(doc.year), publisher: doc.publisher }, big.slugs))).toBe(true);
  });

  it('grows its pages linearly with the documents', () => {
    const perDocument = [50, 100, 200, 500].map((n) => pageCount(site(n)) / n);
    console.log(`catalogue pages per document at 50/100/200/500 documents: ${perDocument.map((r) => r.toFixed(2)).join(' / ')}`);
    for (const ratio of perDocument) expect(ratio).toBeLessThanOrEqual(8);
    expect(perDocument[3]!).toBeLessThanOrEqual(perDocument[0]! * 1.5);
  });

  it('links every offered value to a list that exists and holds as many documents as it says', () => {
    const linksOf = facetLinker(big.groups, big.slugs);
    for (const group of big.groups.values()) {
      const { chosen, facets } = linksOf(group);
      expect(chosen.map((c) => c.key)).toEqual(FACETS.map((f) => f.key).filter((k) => group.selection[k]));
      for (const c of chosen) expect(big.groups.has(c.removeUrl), c.removeUrl).toBe(true);
      for (const facet of facets) {
        for (const link of facet.links) {
          const target = big.groups.get(link.url);
          expect(target, link.url).toBeDefined();
          expect(target!.entries.length, link.url).toBe(link.count);
          expect(target!.selection[facet.key]).toBe(link.value);
          expect(link.current).toBe(link.url === group.url);
        }
        // The chosen value is always among the links.
        if (group.selection[facet.key]) expect(facet.links.some((l) => l.current), `${group.url} ${facet.key}`).toBe(true);
      }
    }
  });

  it('shows at most a bounded number of values per facet and links the rest from a list of all of them', () => {
    const root = big.groups.get('/reports/')!;
    const { facets } = facetLinks(root, big.groups, big.slugs);
    const years = facets.find((f) => f.key === 'year')!;
    expect(years.total).toBeGreaterThan(FACET_LINKS_SHOWN);
    expect(years.links.map((l) => l.value)).toEqual(
      [...root.counts.year.keys()].sort((a, b) => Number(b) - Number(a)).slice(0, FACET_LINKS_SHOWN),
    );
    expect(years.more).toBe('/reports/by/year/');
    const publishers = facets.find((f) => f.key === 'publisher')!;
    const most = Math.max(...root.counts.publisher.values());
    expect(publishers.links[0]!.count).toBe(most);
    for (const group of big.groups.values()) {
      for (const facet of facetLinks(group, big.groups, big.slugs).facets) {
        expect(facet.links.length).toBeLessThanOrEqual(FACET_LINKS_SHOWN);
        expect(facet.links.length + (facet.more ? 1 : 0)).toBeGreaterThanOrEqual(Math.min(facet.total, FACET_LINKS_SHOWN));
        if (facet.more) {
          const base = [...big.groups.values()].find((g) => facetValuesUrl(g.selection, facet.key, big.slugs) === facet.more);
          expect(base, facet.more).toBeDefined();
          expect(base!.counts[facet.key].size).toBe(facet.total);
        } else expect(facet.links).toHaveLength(facet.total);
      }
    }
  });

  it('keeps a chosen value that is not among the most used, in its place', () => {
    const root = big.groups.get('/reports/')!;
    const oldest = String(Math.min(...[...root.counts.year.keys()].map(Number)));
    const group = big.groups.get(selectionUrl({ year: oldest }, big.slugs))!;
    const years = facetLinks(group, big.groups, big.slugs).facets.find((f) => f.key === 'year')!;
    expect(years.links).toHaveLength(FACET_LINKS_SHOWN);
    expect(years.links.at(-1)).toMatchObject({ value: oldest, current: true });
    expect(years.more).toBe('/reports/by/year/');
  });

  it('names a selection in its title and description', () => {
    expect(selectionTitle({ type: '简报', year: '2019' })).toBe('简报，2019 年');
    expect(selectionCondition({ type: '简报', publisher: '杨金高科' })).toBe('文档类型为“简报”、发布者为“杨金高科”');
  });

  it('refuses a value whose address the catalogue uses for its own pages', () => {
    expect(() => facetValuePages([{ type: 'Page', year: 2019, publisher: '杨金高科' }])).toThrow(/uses for its own pages/);
    expect(() => facetValuePages([{ type: '报告', year: 2019, publisher: 'Year' }])).toThrow(/Fix:/);
  });
});
