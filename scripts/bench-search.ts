#!/usr/bin/env node
/**
 * npm run bench:search — runs the search query sets in Chromium against the
 * built site in dist/ (it builds nothing), for this site's search and for
 * stock Pagefind side by side (the stock index is built here, from dist/,
 * into a temporary folder: the site does not deploy one), and prints
 *  - per category of tests/search/user-queries.json: hit@1, hit@3, MRR and
 *    pass rate (an expected page among the first three results);
 *  - on the original set (tests/search/queries.json): hit@1, hit@3,
 *    precision@5, MRR and absent terms with zero results;
 *  - the same per category for the held-out set (tests/search/held-out-queries.json);
 *  - cold and warm latency, and the gzip bytes of loading the engine and of
 *    the first query; and, each in a fresh browser context, the cold latency
 *    and bytes of a few first queries: each set's first, a common term and a
 *    rare one.
 * Writes test-results/search-bench.json.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'astro';
import { CHROMIUM_ARGS, defaultCandidates, findChromium } from '../tests/support/find-chromium.ts';
import {
  buildStockIndex,
  formatCategoryTable,
  formatTable,
  loadHeldOutQueries,
  loadQueries,
  loadUserQueries,
  pageTexts,
  runSiteSearch,
  runStockPagefind,
  score,
  scoreCategories,
  type EngineLoad,
} from '../tests/search/benchmark.ts';

const root = join(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist/search-index/pagefind.js'))) {
  console.error('dist/ has no search index: run `npm run build` first.');
  process.exit(1);
}
const stockDir = await buildStockIndex(join(root, 'dist'));
const port = Number(process.env.BENCH_PORT ?? 4455);
const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port } });
const browser = await chromium.launch({ executablePath: findChromium(defaultCandidates(() => chromium.executablePath())), args: CHROMIUM_ARGS });
try {
  const base = `http://127.0.0.1:${port}`;
  const userQueries = loadUserQueries();
  const load: EngineLoad = { ms: NaN, bytes: NaN };
  const siteUser = scoreCategories(userQueries, await runSiteSearch(browser, base, userQueries, load));
  const stockUser = scoreCategories(userQueries, await runStockPagefind(browser, base, userQueries, stockDir));
  console.log(`\n${userQueries.length} user queries in ${Object.keys(siteUser).length} categories; pass = an expected page among the first 3 results\n`);
  console.log(formatCategoryTable([
    ['this site', siteUser],
    ['stock Pagefind 1.6.0', stockUser],
  ]));
  const failures = Object.values(siteUser).flatMap((m) => m.failures);
  if (failures.length) console.log(`\nthis site, not passed:\n  ${failures.join('\n  ')}`);

  const heldOut = loadHeldOutQueries();
  const siteHeld = scoreCategories(heldOut, await runSiteSearch(browser, base, heldOut));
  const stockHeld = scoreCategories(heldOut, await runStockPagefind(browser, base, heldOut, stockDir));
  console.log(`\nHeld-out set: ${heldOut.length} queries (never used to tune the engine)\n`);
  console.log(formatCategoryTable([
    ['this site', siteHeld],
    ['stock Pagefind 1.6.0', stockHeld],
  ]));
  const heldFailures = Object.values(siteHeld).flatMap((m) => m.failures);
  if (heldFailures.length) console.log(`\nthis site, held-out not passed:\n  ${heldFailures.join('\n  ')}`);

  const queries = loadQueries();
  const texts = pageTexts();
  const t2s = JSON.parse(readFileSync(join(root, 'dist/search-index/t2s.json'), 'utf8'));
  const site = score(queries, await runSiteSearch(browser, base, queries), texts, t2s);
  const stock = score(queries, await runStockPagefind(browser, base, queries, stockDir), texts, t2s);
  console.log(`\nOriginal set: ${queries.length} queries; relevance = the page contains the query (see tests/search/benchmark.ts)\n`);
  console.log(formatTable([
    ['this site (gram tokens)', site],
    ['stock Pagefind 1.6.0', stock],
  ]));
  if (site.failures.length) console.log(`\nthis site, misses:\n  ${site.failures.join('\n  ')}`);
  console.log(`\nthis site: /search/ opens and loads the engine in ${load.ms.toFixed(0)} ms, ${(load.bytes / 1024).toFixed(1)} KB gzip (page, scripts, styles, engine tables); the first query then fetches ${(site.coldBytes / 1024).toFixed(1)} KB gzip in ${site.coldMs.toFixed(0)} ms; warm queries ${site.warmMs.toFixed(0)} ms on average.`);
  // The first query of a visit pays for the index chunks and fragments it needs; which ones depends on the
  // query, so a few kinds are measured, each as the first query of a fresh page.
  const probes = [
    ['original set\'s first', queries[0]!.q],
    ['user set\'s first', userQueries[0]!.q],
    ['held-out set\'s first', heldOut[0]!.q],
    ['common term', '服务外包'],
    ['rare term', '劳务派遣'],
    ['question', '呼叫中心属于哪一类'],
  ] as const;
  const cold: { probe: string; q: string; ms: number; bytes: number }[] = [];
  for (const [probe, q] of probes) {
    const [r] = await runSiteSearch(browser, base, [{ q }]);
    cold.push({ probe, q, ms: r!.ms, bytes: r!.bytes });
  }
  console.log('\n| first query of a visit | query | cold | gzip fetched |\n|---|---|---|---|');
  for (const c of cold) console.log(`| ${c.probe} | ${c.q} | ${c.ms.toFixed(0)} ms | ${(c.bytes / 1024).toFixed(1)} KB |`);
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results/search-bench.json'), JSON.stringify({ siteUser, stockUser, siteHeld, stockHeld, site, stock, load, cold }, null, 2));
} finally {
  await browser.close();
  await server.stop();
  rmSync(stockDir, { recursive: true, force: true });
}
