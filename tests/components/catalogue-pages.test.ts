/**
 * The catalogue's pages do not grow with the corpus (issue #15): its views
 * rendered, with Astro's container API, over made-up catalogues whose years
 * and publishers grow with them (20+ years and dozens of publishers at 500
 * documents, 250 years at 5,000). No catalogue page of any kind (the
 * catalogue, a value's list, a combination's list) at 500 or 5,000
 * documents may weigh more than 10 % over the heaviest at 100, a facet's
 * list of all its values neither, and the link block stays within its bound.
 * (A combination's page can grow while its link block fills up to that
 * bound, but never past the heaviest page, the catalogue's own.)
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import DocumentCatalogue from '../../src/components/documents/DocumentCatalogue.astro';
import FacetValueList from '../../src/components/documents/FacetValueList.astro';
import { CATALOGUE_PAGE_SIZE, FACETS, type CatalogueDocument, type FacetKey } from '../../src/lib/documents/catalogue.ts';
import {
  allFacetLinks,
  FACET_LINKS_SHOWN,
  FACET_VALUES_PAGE_SIZE,
  facetLinker,
  facetSlugs,
  facetValuePages,
  facetValuesUrl,
  selectionGroups,
  type SelectionGroup,
} from '../../src/lib/documents/catalogue-facets.ts';
import { paginate } from '../../src/lib/navigation/pagination.ts';
import { generatedCatalogue } from '../support/generated-catalogue.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Rendered HTML without the dev-only source attributes Astro adds outside a production build. */
const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
  (await container.renderToString(component, { props })).replace(/ data-astro-source-(file|loc)="[^"]*"/g, '');

function site(n: number) {
  const all = generatedCatalogue(n);
  const slugs = facetSlugs(facetValuePages(all));
  const groups = selectionGroups(all, slugs);
  return { all, slugs, groups, linksOf: facetLinker(groups, slugs) };
}
type Site = ReturnType<typeof site>;

/** Every list with exactly the given facets chosen. */
const listsOf = (s: Site, keys: FacetKey[]): SelectionGroup<CatalogueDocument>[] =>
  [...s.groups.values()].filter((g) => FACETS.every(({ key }) => keys.includes(key) === Boolean(g.selection[key])));

const catalogueHtml = (s: Site, group: SelectionGroup<CatalogueDocument>) =>
  render(DocumentCatalogue, { page: paginate(group.entries, CATALOGUE_PAGE_SIZE, group.url)[0], total: s.all.length, group, block: s.linksOf(group) });

const valuesHtml = (s: Site, key: FacetKey) => {
  const root = s.groups.get('/reports/')!;
  const base = facetValuesUrl({}, key, s.slugs);
  const page = paginate(allFacetLinks(root, key, s.slugs), FACET_VALUES_PAGE_SIZE, base)[0];
  return render(FacetValueList, { page, base, label: FACETS.find((f) => f.key === key)!.label, selection: {}, selectionUrl: '/reports/', documents: s.all.length });
};

describe('catalogue pages over a growing made-up catalogue', () => {
  const small = site(100);
  const large = site(500);
  const huge = site(5000);

  it('has the years and publishers of a real corpus of hundreds of documents', () => {
    const root = large.groups.get('/reports/')!;
    expect(root.counts.year.size).toBeGreaterThanOrEqual(20);
    expect(root.counts.publisher.size).toBeGreaterThanOrEqual(40);
  });

  const kinds: [string, FacetKey[]][] = [
    ['the catalogue', []],
    ['a type', ['type']],
    ['a year', ['year']],
    ['a publisher', ['publisher']],
    ['a type and a year', ['type', 'year']],
    ['a year and a publisher', ['year', 'publisher']],
    ['a type, a year and a publisher', ['type', 'year', 'publisher']],
  ];
  /** The heaviest page of each kind: what a page of that kind can weigh at that size of catalogue. */
  const heaviest = async (s: Site) =>
    Promise.all(kinds.map(async ([, keys]) => Math.max(...(await Promise.all(listsOf(s, keys).map(async (g) => (await catalogueHtml(s, g)).length))))));

  it('no catalogue page at 500 or 5,000 documents is heavier than 10 % over the heaviest at 100', { timeout: 180_000 }, async () => {
    const sizes = [await heaviest(small), await heaviest(large), await heaviest(huge)];
    kinds.forEach(([kind], i) => console.log(`${kind}: heaviest page ${sizes.map((s) => s[i]).join(' / ')} bytes at 100 / 500 / 5,000 documents`));
    const [at100, at500, at5000] = sizes.map((s) => Math.max(...s));
    console.log(`any catalogue page: ${at100} / ${at500} / ${at5000} bytes`);
    expect(at500! / at100!).toBeLessThanOrEqual(1.1);
    expect(at5000! / at100!).toBeLessThanOrEqual(1.1);
  });

  it('shows at most the bounded number of values per facet and a link to all of them', async () => {
    const html = await catalogueHtml(large, large.groups.get('/reports/')!);
    for (const { key } of FACETS) {
      const block = new RegExp(`data-facet="${key}">[\\s\\S]*?</ul>`).exec(html)![0];
      const values = block.match(/<a href="\/reports\/by\/[^"]*"(?! class="catalogue-facets__more")/g) ?? [];
      expect(values.length, key).toBeLessThanOrEqual(FACET_LINKS_SHOWN);
      if (key !== 'type') expect(block, key).toContain(`href="/reports/by/${key}/" class="catalogue-facets__more"`);
    }
    // The menus the script shows offer the same bounded values, not one option per value in the catalogue.
    expect((html.match(/<option /g) ?? []).length).toBeLessThanOrEqual(FACETS.length * (FACET_LINKS_SHOWN + 1));
  });

  it('a facet’s list of all its values is paged, so its page stays within 10 % however many values there are', async () => {
    const many = site(2000);
    const more = huge;
    expect(more.groups.get('/reports/')!.counts.year.size).toBeGreaterThan(2 * FACET_VALUES_PAGE_SIZE);
    const before = (await valuesHtml(many, 'year')).length;
    const after = (await valuesHtml(more, 'year')).length;
    console.log(`all years, first page: ${before} → ${after} bytes`);
    expect(after / before).toBeLessThanOrEqual(1.1);
    expect(await valuesHtml(more, 'year')).toContain('rel="next"');
  });
});
