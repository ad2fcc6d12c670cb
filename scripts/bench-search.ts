#!/usr/bin/env node
/**
 * npm run bench:search — runs the search query set (tests/search/queries.json)
 * in Chromium against the built site in dist/ (it builds nothing), for this
 * site's search and for stock Pagefind side by side, and prints hit@1, hit@3,
 * precision@5, MRR, absent terms with zero results, cold and warm latency and
 * the bytes of the first query. Writes test-results/search-bench.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'astro';
import { CHROMIUM_ARGS, defaultCandidates, findChromium } from '../tests/support/find-chromium.ts';
import { formatTable, loadQueries, pageTexts, runSiteSearch, runStockPagefind, score } from '../tests/search/benchmark.ts';

const root = join(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist/search-index/pagefind.js'))) {
  console.error('dist/ has no search index: run `npm run build` first.');
  process.exit(1);
}
const port = Number(process.env.BENCH_PORT ?? 4455);
const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port } });
const browser = await chromium.launch({ executablePath: findChromium(defaultCandidates(() => chromium.executablePath())), args: CHROMIUM_ARGS });
try {
  const base = `http://127.0.0.1:${port}`;
  const queries = loadQueries();
  const texts = pageTexts();
  const t2s = JSON.parse(readFileSync(join(root, 'dist/search-index/t2s.json'), 'utf8'));
  const site = score(queries, await runSiteSearch(browser, base, queries), texts, t2s);
  const stock = score(queries, await runStockPagefind(browser, base, queries), texts, t2s);
  console.log(`\n${queries.length} queries; relevance = the page contains the query (see tests/search/benchmark.ts)\n`);
  console.log(formatTable([
    ['this site (bigram tokens)', site],
    ['stock Pagefind 1.6.0', stock],
  ]));
  if (site.failures.length) console.log(`\nthis site, misses:\n  ${site.failures.join('\n  ')}`);
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results/search-bench.json'), JSON.stringify({ site, stock }, null, 2));
} finally {
  await browser.close();
  await server.stop();
}
