/**
 * The search quality targets. On the original set (tests/search/queries.json):
 * hit@1 ≥ 0.95, precision@5 ≥ 0.95, and no results at all for every absent
 * term. On the user query sets (tests/search/user-queries.json): at least 90 %
 * of each category passes (an expected page among the first three results).
 * Latency and bytes are printed by `npm run bench:search`, not asserted here
 * (shared machines).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CATEGORIES,
  formatCategoryTable,
  formatTable,
  loadHeldOutQueries,
  loadQueries,
  loadUserQueries,
  pageTexts,
  relevantPages,
  runSiteSearch,
  score,
  scoreCategories,
} from '../search/benchmark.ts';
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

test('every category of the user query sets passes at least 90 %', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const queries = loadUserQueries();
  const texts = pageTexts();
  for (const category of CATEGORIES) {
    expect(queries.filter((q) => q.category === category).length, `${category} has at least 15 queries`).toBeGreaterThanOrEqual(15);
  }
  // Every expected page exists in the build, so a miss is the search's, not the set's.
  for (const q of queries) {
    for (const url of q.expect) expect(texts.has(url), `${q.q}: ${url} is a built page`).toBe(true);
  }
  const metrics = scoreCategories(queries, await runSiteSearch(browser, baseURL!, queries));
  console.log(formatCategoryTable([['this site', metrics]]));
  for (const category of CATEGORIES) {
    expect(metrics[category].pass, `${category}:\n${metrics[category].failures.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  }
});

test('the held-out query set is well formed (its pass rates are reported by bench:search, not tuned to)', () => {
  const queries = loadHeldOutQueries();
  const texts = pageTexts();
  const tuned = new Set([...loadUserQueries(), ...loadQueries()].map((q) => q.q));
  for (const category of CATEGORIES) {
    expect(queries.filter((q) => q.category === category).length, `${category} has at least 5 held-out queries`).toBeGreaterThanOrEqual(5);
  }
  for (const q of queries) {
    expect(CATEGORIES, q.q).toContain(q.category);
    expect(tuned.has(q.q), `${q.q} is not in a tuned set`).toBe(false);
    for (const url of q.expect) expect(texts.has(url), `${q.q}: ${url} is a built page`).toBe(true);
  }
});
