/**
 * The search quality targets, on the query set of tests/search/queries.json:
 * hit@1 ≥ 0.95, precision@5 ≥ 0.95, and no results at all for every absent
 * term. Latency and bytes are printed, not asserted (shared machines).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatTable, loadQueries, pageTexts, relevantPages, runSiteSearch, score } from '../search/benchmark.ts';
import { DIST } from '../site/built-pages.ts';
import { expect, test } from './fixtures.ts';

test('search benchmark meets its targets', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const queries = loadQueries();
  expect(queries.length).toBeGreaterThanOrEqual(60);
  const kinds = new Set(queries.map((q) => q.kind));
  for (const kind of ['term', 'code', 'abbr', 'english', 'city', 'number', 'phrase', 'traditional', 'fullwidth', 'absent']) {
    expect(kinds, `the query set has ${kind} queries`).toContain(kind);
  }
  const texts = pageTexts();
  const t2s = JSON.parse(readFileSync(join(DIST, 'search-index/t2s.json'), 'utf8'));
  // Absent terms must really be absent from the site, or the check proves nothing.
  for (const q of queries.filter((q) => q.kind === 'absent')) expect(relevantPages(q, texts, t2s).size, q.q).toBe(0);
  const metrics = score(queries, await runSiteSearch(browser, baseURL!, queries), texts, t2s);
  console.log(formatTable([['this site', metrics]]));
  expect(metrics.hit1, metrics.failures.join('\n')).toBeGreaterThanOrEqual(0.95);
  expect(metrics.precision5, metrics.failures.join('\n')).toBeGreaterThanOrEqual(0.95);
  const absent = queries.filter((q) => q.kind === 'absent').length;
  expect(metrics.absentZero).toBe(`${absent}/${absent}`);
});
