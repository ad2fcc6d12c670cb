/**
 * Navigation that does not grow with the corpus: the sidebar is the same
 * short list on every page, plus, on a document's pages, that document's own
 * contents; breadcrumbs lead back through the catalogue. If the sidebar
 * listed every document again, every page would grow with the corpus and the
 * site with its square; these checks fail first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, documentPages, htmlFiles, loadDocument, requireBuild, urlOf } from './built-pages.ts';
import { siteSidebar, type SidebarItem } from '../../src/lib/navigation/sidebar.ts';
import { readAreas } from '../../src/lib/cities/city-fs.ts';
import { REPORTS_LIST_FOLDERS } from '../../src/lib/documents/routes.ts';
import { FACET_LINKS_SHOWN } from '../../src/lib/documents/catalogue-facets.ts';

const links = (items: readonly SidebarItem[]): string[] => items.flatMap((item) => ('link' in item ? [item.link] : links(item.items)));
const GLOBAL = links(siteSidebar(readAreas(join(import.meta.dirname, '../..'))));
const DOCUMENT_PAGE = /^\/reports\/([^/]+)\//;
const documentIds = () =>
  readdirSync(join(DIST, 'reports'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !REPORTS_LIST_FOLDERS.includes(entry.name))
    .map((entry) => entry.name);

const sidebarOf = (document: Document) =>
  [...document.querySelectorAll('#starlight__sidebar a[href]')].map((a) => a.getAttribute('href')!);

beforeAll(requireBuild);

describe('the sidebar', () => {
  it('is the fixed global list on every page outside the documents', () => {
    let checked = 0;
    for (const file of htmlFiles()) {
      const url = urlOf(file);
      const id = DOCUMENT_PAGE.exec(url)?.[1];
      if (id && id !== 'errata') continue;
      const document = loadDocument(file);
      if (!document.querySelector('#starlight__sidebar')) continue; // redirects, 404 without chrome
      expect(sidebarOf(document), url).toEqual(GLOBAL);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("holds, on a document's pages, every page of that document and no other document's", () => {
    const ids = documentIds().filter((id) => id !== 'errata');
    expect(ids.length).toBeGreaterThanOrEqual(5);
    for (const id of ids) {
      const pages = documentPages(id);
      expect(pages.length, id).toBeGreaterThan(0);
      const own = pages.map((p) => p.url);
      for (const page of pages) {
        const hrefs = sidebarOf(page.document);
        const documents = new Set(hrefs.map((href) => DOCUMENT_PAGE.exec(href)?.[1]).filter((d) => d && d !== 'errata'));
        expect([...documents], page.url).toEqual([id]);
        expect(hrefs.filter((href) => DOCUMENT_PAGE.test(href) && href !== '/reports/errata/'), page.url).toEqual(own);
        expect(hrefs.filter((href) => !own.includes(href)), page.url).toEqual(GLOBAL);
        expect(page.document.querySelector('#starlight__sidebar a[aria-current="page"]')?.getAttribute('href'), page.url).toBe(page.url);
      }
    }
  });
});

describe('breadcrumbs', () => {
  it("lead from a document's page to the catalogue and to the document's landing page", () => {
    for (const id of documentIds().filter((d) => d !== 'errata')) {
      const [landing, first] = documentPages(id);
      const crumbs = (d: Document) => [...d.querySelectorAll('nav.breadcrumbs a')].map((a) => a.getAttribute('href'));
      expect(crumbs(landing!.document), landing!.url).toEqual(['/', '/reports/']);
      expect(crumbs(first!.document), first!.url).toEqual(['/', '/reports/', `/reports/${id}/`]);
      const title = loadDocument(join(DIST, 'reports', id, 'index.html')).querySelector('.doc-page')?.getAttribute('data-pagefind-meta');
      expect(first!.document.querySelector('nav.breadcrumbs li:last-child a')?.textContent).toBe(title?.replace(/^文档:/, ''));
    }
  });

  it("lead from a city's mentions list through the city's profile, named as the profile names the city", () => {
    const lists = htmlFiles(join(DIST, 'cities')).filter((file) => /\/mentions\/index\.html$/.test(file));
    expect(lists.length).toBeGreaterThan(0);
    for (const file of lists) {
      const url = urlOf(file);
      const slug = url.split('/')[2]!;
      const crumbs = [...loadDocument(file).querySelectorAll('nav.breadcrumbs a')];
      expect(crumbs.map((a) => a.getAttribute('href')), url).toEqual(['/', '/cities/', `/cities/${slug}/`]);
      const profile = loadDocument(join(DIST, 'cities', slug, 'index.html'));
      expect(crumbs[2]!.textContent, url).toBe(profile.querySelector('h1')?.textContent?.trim());
    }
  });
});

describe('the documents catalogue', () => {
  const catalogue = () => loadDocument(join(DIST, 'reports/index.html'));

  it('lists every document as a plain list, each with its type, year and publisher', () => {
    const items = [...catalogue().querySelectorAll('.document-list__item')];
    expect(items.map((li) => li.querySelector('h2 a')?.getAttribute('href')).sort()).toEqual(
      documentIds()
        .filter((id) => id !== 'errata')
        .map((id) => `/reports/${id}/`)
        .sort(),
    );
    for (const item of items) {
      const meta = item.querySelector('.document-list__meta')?.textContent ?? '';
      for (const key of ['type', 'year', 'publisher']) {
        const value = item.getAttribute(`data-${key}`);
        expect(value, key).toBeTruthy();
        expect(meta, key).toContain(value);
      }
    }
  });

  it('offers the values of each filter with their counts, as many as the link block shows, in controls that only scripts show', () => {
    const doc = catalogue();
    const form = doc.querySelector('[data-catalogue-filters]');
    expect(form?.hasAttribute('hidden')).toBe(true);
    const all = JSON.parse(readFileSync(join(DIST, 'reports/catalogue.json'), 'utf8')) as Record<string, unknown>[];
    for (const key of ['type', 'year', 'publisher']) {
      const options = [...doc.querySelectorAll(`select[name="${key}"] option`)].slice(1);
      const actual = new Map<string, number>();
      for (const d of all) actual.set(String(d[key]), (actual.get(String(d[key])) ?? 0) + 1);
      expect(options.length, key).toBe(Math.min(actual.size, FACET_LINKS_SHOWN));
      for (const o of options) expect(Number(/（(\d+)）/.exec(o.textContent ?? '')?.[1]), `${key} ${o.getAttribute('value')}`).toBe(actual.get(o.getAttribute('value')!));
      // The same values as the link block, in its order.
      const linked = [...doc.querySelectorAll(`.catalogue-facets__facet[data-facet="${key}"] a:not(.catalogue-facets__more)`)].map((a) => a.textContent!.trim());
      expect(options.map((o) => o.textContent!.trim()), key).toEqual(linked);
    }
  });
});
