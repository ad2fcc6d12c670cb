/**
 * Listing pages do not grow with the corpus (issue 15): the data and errata
 * overviews carry one row per document, each document's own page lists only
 * that document's downloads or notes, and a glossary entry's 出现在 list is
 * bounded however many documents mention the term.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { DIST, htmlFiles, loadDocument, requireBuild, urlOf } from './built-pages.ts';
import { CATALOGUE_PAGE_SIZE, matches, type CatalogueDocument, type FacetKey, type Filters } from '../../src/lib/documents/catalogue.ts';
import { DATA_OVERVIEW_PAGE_SIZE } from '../../src/lib/open-data/overview.ts';
import { ERRATA_OVERVIEW_PAGE_SIZE } from '../../src/lib/editorial/errata.ts';
import { APPEARS_IN_LIMITS } from '../../src/lib/linking/term-mentions.ts';
import { REPORTS_LIST_FOLDERS } from '../../src/lib/documents/routes.ts';

beforeAll(requireBuild);

const page = (url: string) => loadDocument(join(DIST, url, 'index.html'));

/**
 * Follows a paginated list from its first page by its rel=next links (in the
 * pager and in the head), checking each page's rows against the page size and
 * the pager's own count; returns every row's key in order.
 */
function walkList(first: string, rowSelector: string, keyOf: (row: Element) => string, size: number): string[] {
  const keys: string[] = [];
  let url: string | undefined = first;
  let previous: string | undefined;
  for (let n = 1; url; n++) {
    const doc = page(url);
    const rows = [...doc.querySelectorAll(rowSelector)];
    expect(rows.length, url).toBeGreaterThan(0);
    expect(rows.length, url).toBeLessThanOrEqual(size);
    keys.push(...rows.map(keyOf));
    expect(url, 'page URLs are /page/<n>/ under the list’s own URL').toBe(n === 1 ? first : `${first}page/${n}/`);
    const next = doc.querySelector('.list-pager a[rel="next"]')?.getAttribute('href') ?? undefined;
    const prev = doc.querySelector('.list-pager a[rel="prev"]')?.getAttribute('href') ?? undefined;
    expect(prev, url).toBe(previous);
    expect(doc.querySelector('head link[rel="next"]')?.getAttribute('href') ?? undefined, url).toBe(next);
    expect(doc.querySelector('head link[rel="prev"]')?.getAttribute('href') ?? undefined, url).toBe(prev);
    previous = url;
    url = next;
    expect(n, `${first}: the next links loop`).toBeLessThan(1000);
  }
  expect(existsSync(join(DIST, first, 'page/1/index.html')), 'page 1 has one URL, the list’s own').toBe(false);
  return keys;
}

describe('listing pages', () => {
  it('/data/ lists documents, and each document’s data page only its own downloads', () => {
    const overview = page('/data/');
    expect(overview.querySelectorAll('.data-card')).toHaveLength(0);
    const rows = [...overview.querySelectorAll('.data-summary tbody tr[data-doc]')];
    expect(rows.length).toBeGreaterThanOrEqual(5);
    let cards = 0;
    for (const row of rows) {
      const doc = row.getAttribute('data-doc')!;
      expect(row.querySelector('a')!.getAttribute('href')).toBe(`/data/${doc}/`);
      const own = page(`/data/${doc}/`).querySelectorAll('.data-card');
      expect(own.length, doc).toBeGreaterThan(0);
      for (const card of own) expect(card.getAttribute('data-doc')).toBe(doc);
      // The row counts what the document's page lists.
      const counted = [...row.querySelectorAll('td')].slice(0, 2).reduce((sum, td) => sum + Number(td.textContent), 0);
      expect(counted, doc).toBe(own.length);
      cards += own.length;
    }
    expect(cards).toBeGreaterThanOrEqual(100);
  });

  it('/reports/errata/ counts each document’s notes, and each document’s errata page lists only its own', () => {
    const overview = page('/reports/errata/');
    expect(overview.querySelectorAll('.errata-list')).toHaveLength(0);
    const links = [...overview.querySelectorAll('.errata-summary tbody th a')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const href = link.getAttribute('href')!;
      const doc = /^\/reports\/errata\/([^/]+)\/$/.exec(href)![1]!;
      const notes = [...page(href).querySelectorAll('.errata-list a')];
      const total = Number(link.closest('tr')!.lastElementChild!.textContent);
      expect(notes.length, doc).toBe(total);
      for (const a of notes) expect(a.getAttribute('href')!.startsWith(`/reports/${doc}/`), a.getAttribute('href')!).toBe(true);
    }
  });

  it(`a glossary entry’s 出现在 list has at most ${APPEARS_IN_LIMITS.documents} documents of ${APPEARS_IN_LIMITS.sectionsPerDocument} sections each`, () => {
    let longest = 0;
    for (const file of htmlFiles(join(DIST, 'glossary'))) {
      const doc = loadDocument(file);
      const items = [...doc.querySelectorAll('.glossary-mentions > li')];
      expect(items.length, urlOf(file)).toBeLessThanOrEqual(APPEARS_IN_LIMITS.documents);
      for (const li of items) expect(li.querySelectorAll('a').length, urlOf(file)).toBeLessThanOrEqual(APPEARS_IN_LIMITS.sectionsPerDocument);
      longest = Math.max(longest, doc.querySelectorAll('.glossary-mentions a').length);
    }
    // The bound is reached today: 服务外包 is mentioned in more than five sections of a document.
    expect(longest).toBeGreaterThanOrEqual(APPEARS_IN_LIMITS.sectionsPerDocument);
  });

  it('the catalogue /reports/ lists every document once across its pages, newest first, as catalogue.json does', () => {
    const all = JSON.parse(readFileSync(join(DIST, 'reports/catalogue.json'), 'utf8')) as CatalogueDocument[];
    const sources = htmlFiles(join(DIST, 'reports')).filter((f) => /^\/reports\/[^/]+\/$/.test(urlOf(f)) && !REPORTS_LIST_FOLDERS.includes(urlOf(f).split('/')[2]!));
    expect(all.length).toBe(sources.length);
    const ids = walkList('/reports/', '.document-list__item', (li) => li.querySelector('h2')!.id, CATALOGUE_PAGE_SIZE);
    expect(ids).toEqual(all.map((d) => d.id));
    expect(new Set(ids).size).toBe(ids.length);
    const years = all.map((d) => d.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    // The count the page states is the whole catalogue's, on every page.
    expect(page('/reports/').querySelector('[data-catalogue-count]')!.getAttribute('data-total')).toBe(String(all.length));
    expect(page('/reports/').querySelector('main p')!.textContent).toContain(`本站收录 ${all.length} 份`);
    // The filters offer every value of the whole catalogue, with its count.
    for (const facet of ['type', 'year', 'publisher'] as const) {
      const options = [...page('/reports/').querySelectorAll(`select[name="${facet}"] option`)].slice(1).map((o) => o.textContent);
      const values = Map.groupBy(all, (d) => String(d[facet]));
      expect(options.sort()).toEqual([...values].map(([v, list]) => `${v}（${list.length}）`).sort());
    }
  });

  it('without JavaScript, the catalogue filters by links to each type’s, year’s and publisher’s own paginated list', () => {
    const all = JSON.parse(readFileSync(join(DIST, 'reports/catalogue.json'), 'utf8')) as CatalogueDocument[];
    const links = [...page('/reports/').querySelectorAll('.catalogue-facets a')];
    const byFacet = { 文档类型: 'type', 年份: 'year', 发布者: 'publisher' } as const;
    let checked = 0;
    for (const facet of page('/reports/').querySelectorAll('.catalogue-facets__facet:not(.catalogue-facets__chosen)')) {
      const key = byFacet[facet.querySelector('.catalogue-facets__label')!.textContent!.replace('：', '') as keyof typeof byFacet];
      expect(facet.getAttribute('data-facet')).toBe(key);
      const values = new Set(all.map((d) => String(d[key])));
      const linked = [...facet.querySelectorAll('a')];
      expect(linked.length, key).toBe(values.size);
      for (const a of linked) {
        const [, value, count] = /^(.+)（(\d+)）$/.exec(a.textContent!.trim())!;
        const want = all.filter((d) => String(d[key]) === value).map((d) => d.id);
        expect(Number(count), a.textContent!).toBe(want.length);
        const href = a.getAttribute('href')!;
        expect(href).toMatch(new RegExp(`^/reports/by/${key}/[a-z0-9-]+/$`));
        expect(walkList(href, '.document-list__item', (li) => li.querySelector('h2')!.id, CATALOGUE_PAGE_SIZE), href).toEqual(want);
        checked++;
      }
    }
    expect(checked).toBe(links.length);
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('without JavaScript, type, year and publisher combine: every combination a document has is one list, reached by links, and no other', () => {
    const all = JSON.parse(readFileSync(join(DIST, 'reports/catalogue.json'), 'utf8')) as CatalogueDocument[];
    const keys = ['type', 'year', 'publisher'] as const;
    const selectionOf = (doc: Document): Filters =>
      Object.fromEntries([...doc.querySelectorAll('.catalogue-facets__chosen li')].map((li) => [li.getAttribute('data-facet'), li.getAttribute('data-value')]));
    const id = (s: Filters) => keys.map((k) => `${k}=${s[k] ?? ''}`).join('&');
    // Every combination some document has: each non-empty subset of its three values.
    const expected = new Set<string>();
    for (const d of all) {
      for (let mask = 1; mask < 8; mask++) expected.add(id(Object.fromEntries(keys.filter((_, i) => mask & (1 << i)).map((k) => [k, String(d[k])]))));
    }
    // Follow the link blocks from /reports/, as a reader without JavaScript would.
    const seen = new Map<string, string>();
    const queue = ['/reports/'];
    while (queue.length) {
      const url = queue.shift()!;
      const doc = page(url);
      const selection = selectionOf(doc);
      if (url !== '/reports/') {
        expect(seen.get(id(selection)), `${url} and another list have the same selection`).toBeUndefined();
        seen.set(id(selection), url);
        const want = all.filter((d) => matches(d, selection)).map((d) => d.id);
        expect(want.length, url).toBeGreaterThan(0);
        expect(walkList(url, '.document-list__item', (li) => li.querySelector('h2')!.id, CATALOGUE_PAGE_SIZE), url).toEqual(want);
        // Each choice can be dropped, which leads to the list without it.
        for (const li of doc.querySelectorAll('.catalogue-facets__chosen li')) {
          const rest = { ...selection };
          delete rest[li.getAttribute('data-facet') as FacetKey];
          const back = li.querySelector('a')!.getAttribute('href')!;
          expect(back === '/reports/' ? {} : selectionOf(page(back)), back).toEqual(rest);
        }
      }
      for (const facet of doc.querySelectorAll('.catalogue-facets__facet[data-facet]')) {
        const key = facet.getAttribute('data-facet') as FacetKey;
        for (const a of facet.querySelectorAll('a:not(.catalogue-facets__more)')) {
          const [, value, count] = /^(.+)（(\d+)）$/.exec(a.textContent!.trim())!;
          const target = { ...selection, [key]: value };
          expect(Number(count), `${url}: ${a.textContent}`).toBe(all.filter((d) => matches(d, target)).length);
          const href = a.getAttribute('href')!;
          if (!seen.has(id(target)) && !queue.includes(href)) queue.push(href);
        }
      }
    }
    expect([...seen.keys()].sort()).toEqual([...expected].sort());
    // No list page beyond those: the lists are exactly the combinations documents have.
    const listed = htmlFiles(join(DIST, 'reports/by'))
      .map(urlOf)
      .filter((u) => !/\/page\/\d+\/$/.test(u) && page(u).querySelector('.document-list'));
    expect(listed.sort()).toEqual([...seen.values()].sort());
  });

  it('the data and errata overviews are paginated the same way and list each document once', () => {
    const data = walkList('/data/', '.data-summary tbody tr[data-doc]', (tr) => tr.getAttribute('data-doc')!, DATA_OVERVIEW_PAGE_SIZE);
    expect(new Set(data).size).toBe(data.length);
    const errata = walkList('/reports/errata/', '.errata-summary tbody tr', (tr) => tr.querySelector('a')!.getAttribute('href')!, ERRATA_OVERVIEW_PAGE_SIZE);
    expect(new Set(errata).size).toBe(errata.length);
    // The totals on the first page count every document, on later pages too.
    const stated = Number(/全站共\s*(\d+)\s*条编者注/.exec(page('/reports/errata/').querySelector('main')!.textContent!)![1]);
    const summed = errata.reduce((sum, href) => sum + page(href).querySelectorAll('.errata-list > li').length, 0);
    expect(stated).toBe(summed);
  });
});
