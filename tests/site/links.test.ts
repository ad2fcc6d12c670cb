/**
 * Every internal link and anchor of the built site resolves: pages, assets,
 * anchors, meta-refresh redirects (glossary aliases) and the committed list of
 * glossary permalinks. A failure names the page and the link. (The build runs
 * the same check; this keeps it in the test report and covers the permalinks.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.ts';
import { checkSiteLinks, siteLookups } from '../../src/lib/checks/built-site.ts';
import { checkLink } from '../../src/lib/checks/link-check.ts';
import { DIST, requireBuild, ROOT } from './built-pages.ts';

beforeAll(requireBuild);

describe('internal links', () => {
  it('all resolve, anchors and redirects included', () => {
    const { pages, checked, problems } = checkSiteLinks(DIST, SITE);
    console.log(`${checked} internal links checked in ${pages} pages`);
    expect(checked).toBeGreaterThan(1000);
    expect(problems.map((p) => `${p.page}: ${p.link}: ${p.problem}`)).toEqual([]);
  });

  it('include every published glossary permalink', () => {
    const { exists, idsOf } = siteLookups(DIST);
    const list = readFileSync(join(ROOT, 'src/data/glossary/urls/permalinks.txt'), 'utf8')
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
