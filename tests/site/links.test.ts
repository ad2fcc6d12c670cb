/**
 * Every internal link and anchor of the built site resolves: pages, assets,
 * anchors, meta-refresh redirects (glossary aliases) and the committed list of
 * glossary permalinks. A failure names the page and the link.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLink, type LinkProblem } from '../../src/lib/link-check.ts';
import { DIST, htmlFiles, loadDocument, requireBuild, ROOT, urlOf } from './built-pages.ts';

beforeAll(requireBuild);

const exists = (file: string) => existsSync(join(DIST, file));
const idCache = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  if (!idCache.has(file)) {
    const ids = file.endsWith('.html')
      ? [...loadDocument(join(DIST, file)).querySelectorAll('[id]')].map((el) => el.getAttribute('id')!)
      : [];
    idCache.set(file, new Set(ids));
  }
  return idCache.get(file)!;
};

describe('internal links', () => {
  it('all resolve, anchors and redirects included', () => {
    const problems: LinkProblem[] = [];
    let checked = 0;
    for (const file of htmlFiles()) {
      const page = urlOf(file);
      const doc = loadDocument(file);
      const links = [
        ...[...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
        ...[...doc.querySelectorAll('link[href]')].map((l) => l.getAttribute('href')!),
        ...[...doc.querySelectorAll('script[src], img[src]')].map((s) => s.getAttribute('src')!),
      ];
      const refresh = doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
      if (refresh) links.push(refresh.replace(/^\s*\d+\s*;\s*url=/i, ''));
      for (const href of links) {
        if (href.startsWith('https://service-outsourcing.example.org/')) continue; // canonical and sitemap URLs of the deployed site
        checked++;
        const problem = checkLink(page, href, exists, idsOf);
        if (problem) problems.push(problem);
      }
    }
    console.log(`${checked} internal links checked in ${htmlFiles().length} pages`);
    expect(problems.map((p) => `${p.page}: ${p.link}: ${p.problem}`)).toEqual([]);
  });

  it('include every published glossary permalink', () => {
    const list = readFileSync(join(ROOT, 'src/data/glossary-permalinks.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(list.length).toBeGreaterThan(100);
    const problems = list.flatMap((url) => {
      const problem = checkLink('/', url, exists, idsOf);
      return problem ? [`${url}: ${problem.problem}`] : [];
    });
    expect(problems).toEqual([]);
  });
});
