/**
 * Reading the built site in dist/: its HTML files, their URLs, and internal
 * link checking over all of them. Used by the build's link check
 * (src/integrations/link-check.ts), the search indexer and the site tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { checkLink, type LinkProblem } from './link-check.ts';

/** Folders of generated assets, not pages. */
const NOT_PAGES = new Set(['_astro', 'pagefind', 'search-index']);

/** Every built HTML page, sorted. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!NOT_PAGES.has(entry.name)) out.push(...htmlFiles(path));
    } else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

/** The site URL of a built file: dist/x/index.html → /x/. */
export function pageUrlOf(dist: string, file: string): string {
  return '/' + relative(dist, file).replaceAll('\\', '/').replace(/index\.html$/, '');
}

/** Whether a site path's file exists, and the ids of a built page (cached). */
export function siteLookups(dist: string) {
  const ids = new Map<string, Set<string>>();
  return {
    exists: (file: string) => existsSync(join(dist, file)),
    idsOf: (file: string): ReadonlySet<string> => {
      if (!ids.has(file)) {
        const found = new Set<string>();
        if (file.endsWith('.html')) {
          for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/\sid="([^"]+)"/g)) found.add(m[1]!.replace(/&amp;/g, '&'));
        }
        ids.set(file, found);
      }
      return ids.get(file)!;
    },
  };
}

/** The internal links, assets and meta-refresh target of a page. */
export function linksOf(document: Document): string[] {
  const links = [
    ...[...document.querySelectorAll('a[href], link[href]')].map((a) => a.getAttribute('href')!),
    ...[...document.querySelectorAll('script[src], img[src]')].map((s) => s.getAttribute('src')!),
  ];
  const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  if (refresh) links.push(refresh.replace(/^\s*\d+\s*;\s*url=/i, ''));
  return links;
}

/**
 * Checks every internal link of every built page. Links that start with
 * `deployedSite` (canonical and sitemap URLs) point at the deployed site,
 * not at dist/, and are left out.
 */
export function checkSiteLinks(dist: string, deployedSite: string): { pages: number; checked: number; problems: LinkProblem[] } {
  const { exists, idsOf } = siteLookups(dist);
  const problems: LinkProblem[] = [];
  const files = htmlFiles(dist);
  let checked = 0;
  for (const file of files) {
    const page = pageUrlOf(dist, file);
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    for (const href of linksOf(document as unknown as Document)) {
      if (href.startsWith(deployedSite)) continue;
      checked++;
      const problem = checkLink(page, href, exists, idsOf);
      if (problem) problems.push(problem);
    }
  }
  return { pages: files.length, checked, problems };
}
