/**
 * Reading the built site in dist/: its HTML files, their URLs, and internal
 * link checking over all of them. Used by the build's link check
 * (src/integrations/link-check.ts), the search indexer and the site tests.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

/** One built page as the post-build jobs read it: its file, URL and HTML, and its DOM, parsed on first use and then shared. */
export interface BuiltPage {
  file: string;
  url: string;
  html: string;
  readonly document: Document;
}

/**
 * Every built page of `dist`, one at a time, in file order: each file is read
 * once and parsed at most once, however many jobs look at it, and nothing of
 * a page is kept after its turn (memory stays flat in the number of pages).
 * `transform` rewrites a page before anything reads it, and the file is
 * written back when it changed (the Content Security Policy).
 */
export function* builtPages(dist: string, transform?: (html: string, url: string) => string): Generator<BuiltPage> {
  for (const file of htmlFiles(dist)) {
    const url = pageUrlOf(dist, file);
    let html = readFileSync(file, 'utf8');
    if (transform) {
      const changed = transform(html, url);
      if (changed !== html) writeFileSync(file, changed);
      html = changed;
    }
    let document: Document | undefined;
    yield {
      file,
      url,
      html,
      get document() {
        return (document ??= parseHTML(html).document as unknown as Document);
      },
    };
  }
}

/**
 * A copy of a string that does not keep the string it was cut from alive: V8 represents a substring
 * (a regex match, a slice) as a view of its parent, so a set of ids cut from a page would keep the
 * whole page in memory for the rest of the build (measured: about 0.1 MB per page, held by the link
 * check until its end). Joining forces a flat copy; slicing that copy keeps only the copy.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}

/** The ids of a page's HTML (as the link check resolves #fragments), copied out of the page. */
function idsOfHtml(html: string): Set<string> {
  const found = new Set<string>();
  for (const m of html.matchAll(/\sid="([^"]+)"/g)) found.add(detached(m[1]!.replace(/&amp;/g, '&')));
  return found;
}

/**
 * Whether a site path's file exists, and the ids of a built page (cached).
 * `seen` records the ids of a page already in hand, so that a page read by a
 * pass is not read again when a later page links into it.
 */
export function siteLookups(dist: string) {
  const ids = new Map<string, Set<string>>();
  const files = new Map<string, boolean>();
  return {
    exists: (file: string) => {
      let found = files.get(file);
      if (found === undefined) files.set(file, (found = existsSync(join(dist, file))));
      return found;
    },
    idsOf: (file: string): ReadonlySet<string> => {
      if (!ids.has(file)) ids.set(file, file.endsWith('.html') ? idsOfHtml(readFileSync(join(dist, file), 'utf8')) : new Set());
      return ids.get(file)!;
    },
    seen: (file: string, html: string) => {
      if (!ids.has(file)) ids.set(file, idsOfHtml(html));
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
 * The link check as a job of the page pass: `page` checks one page's internal
 * links as it comes, `result` gives the totals. Links that start with
 * `deployedSite` (canonical and sitemap URLs) point at the deployed site, not
 * at dist/, and are left out. Each page's ids are read once, from the pass or
 * on the first link into it, so the work is linear in pages plus links.
 */
export function siteLinkChecker(dist: string, deployedSite: string) {
  const { exists, idsOf, seen } = siteLookups(dist);
  const problems: LinkProblem[] = [];
  let pages = 0;
  let checked = 0;
  return {
    page({ file, url, html, document }: BuiltPage) {
      pages++;
      seen('/' + relative(dist, file).replaceAll('\\', '/'), html);
      for (const href of linksOf(document)) {
        if (href.startsWith(deployedSite)) continue;
        checked++;
        const problem = checkLink(url, href, exists, idsOf);
        if (problem) problems.push(problem);
      }
    },
    result: () => ({ pages, checked, problems }),
  };
}

/** Checks every internal link of every built page (siteLinkChecker over the whole site). */
export function checkSiteLinks(dist: string, deployedSite: string): { pages: number; checked: number; problems: LinkProblem[] } {
  const checker = siteLinkChecker(dist, deployedSite);
  for (const page of builtPages(dist)) checker.page(page);
  return checker.result();
}
