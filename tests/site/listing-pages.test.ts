/**
 * Listing pages do not grow with the corpus (issue 15): the data and errata
 * overviews carry one row per document, each document's own page lists only
 * that document's downloads or notes, and a glossary entry's 出现在 list is
 * bounded however many documents mention the term.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, loadDocument, requireBuild, urlOf } from './built-pages.ts';

beforeAll(requireBuild);

const page = (url: string) => loadDocument(join(DIST, url, 'index.html'));

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

  it('a glossary entry’s 出现在 list has at most 10 documents of 5 sections each', () => {
    let longest = 0;
    for (const file of htmlFiles(join(DIST, 'glossary'))) {
      const doc = loadDocument(file);
      const items = [...doc.querySelectorAll('.glossary-mentions > li')];
      expect(items.length, urlOf(file)).toBeLessThanOrEqual(10);
      for (const li of items) expect(li.querySelectorAll('a').length, urlOf(file)).toBeLessThanOrEqual(5);
      longest = Math.max(longest, doc.querySelectorAll('.glossary-mentions a').length);
    }
    // The bound is reached today: 服务外包 is mentioned in more than five sections of a document.
    expect(longest).toBeGreaterThanOrEqual(5);
  });
});
