import { describe, expect, it } from 'vitest';
import { pageHeadLinks, pageOfIndex, pageUrl, paginate, pagerNumbers } from './pagination.ts';

/** A synthetic catalogue of 500 documents, as a corpus a hundred times today's would hold. */
const catalogue = Array.from({ length: 500 }, (_, i) => ({ id: `doc-${String(i).padStart(3, '0')}` }));

describe('paginate', () => {
  const pages = paginate(catalogue, 10, '/reports/');

  it('keeps every page within the page size and the first page at the list’s own URL', () => {
    expect(pages).toHaveLength(50);
    for (const page of pages) expect(page.items.length).toBeLessThanOrEqual(10);
    expect(pages[0]!.url).toBe('/reports/');
    expect(pages[0]!.prev).toBeUndefined();
    expect(pages[1]!.url).toBe('/reports/page/2/');
    expect(pages[49]!.url).toBe('/reports/page/50/');
    expect(pages[49]!.next).toBeUndefined();
  });

  it('reaches every document exactly once from page 1 by following the next links', () => {
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    const seen: string[] = [];
    let url: string | undefined = '/reports/';
    let steps = 0;
    while (url) {
      const page: (typeof pages)[number] = byUrl.get(url)!;
      seen.push(...page.items.map((d) => d.id));
      // The previous link leads back to the page that linked here.
      if (page.next) expect(byUrl.get(page.next)!.prev).toBe(url);
      url = page.next;
      expect(++steps).toBeLessThanOrEqual(50);
    }
    expect(seen).toEqual(catalogue.map((d) => d.id));
  });

  it('counts positions and the total on every page', () => {
    expect(pages.every((p) => p.total === 500 && p.pageCount === 50)).toBe(true);
    expect([pages[0]!.first, pages[0]!.last]).toEqual([1, 10]);
    expect([pages[49]!.first, pages[49]!.last]).toEqual([491, 500]);
    const uneven = paginate(catalogue.slice(0, 23), 10, '/data/');
    expect(uneven.map((p) => p.items.length)).toEqual([10, 10, 3]);
    expect([uneven[2]!.first, uneven[2]!.last]).toEqual([21, 23]);
  });

  it('gives an empty list one empty page and a short list one page without links', () => {
    expect(paginate([], 10, '/reports/errata/')).toEqual([
      { number: 1, pageCount: 1, items: [], first: 0, last: 0, total: 0, url: '/reports/errata/', prev: undefined, next: undefined },
    ]);
    const five = paginate(catalogue.slice(0, 5), 10, '/reports/');
    expect(five).toHaveLength(1);
    expect(pageHeadLinks(five[0]!)).toEqual([]);
  });

  it('finds the page of a document by its position', () => {
    const index = catalogue.findIndex((d) => d.id === 'doc-137');
    expect(pages[pageOfIndex(index, 10) - 1]!.items.map((d) => d.id)).toContain('doc-137');
  });

  it('refuses a page size or URL it cannot honour', () => {
    expect(() => paginate(catalogue, 0, '/reports/')).toThrow(/positive whole number/);
    expect(() => pageUrl('/reports', 2)).toThrow(/slash/);
    expect(() => pageUrl('/reports/', 0)).toThrow(/start at 1/);
  });
});

describe('pagerNumbers', () => {
  it('stays bounded however many pages there are', () => {
    for (const count of [1, 2, 7, 50, 5000]) {
      for (const current of [1, 2, Math.ceil(count / 2), count - 1, count].filter((n) => n >= 1 && n <= count)) {
        const shown = pagerNumbers(current, count);
        expect(shown.length).toBeLessThanOrEqual(9);
        expect(shown).toContain(current);
        expect(shown[0]).toBe(1);
        expect(shown.at(-1)).toBe(count);
      }
    }
  });

  it('marks gaps and fills a gap of one page with its number', () => {
    expect(pagerNumbers(25, 50)).toEqual([1, null, 23, 24, 25, 26, 27, null, 50]);
    expect(pagerNumbers(4, 50)).toEqual([1, 2, 3, 4, 5, 6, null, 50]);
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
  });

  it('gives rel=prev/next head links of a middle page', () => {
    const middle = paginate(catalogue, 10, '/reports/')[1]!;
    expect(pageHeadLinks(middle)).toEqual([
      { tag: 'link', attrs: { rel: 'prev', href: '/reports/' } },
      { tag: 'link', attrs: { rel: 'next', href: '/reports/page/3/' } },
    ]);
  });
});
