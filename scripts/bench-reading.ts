/**
 * Lighthouse (mobile profile) on the long pages: the longest report page (the
 * one with the most HTML), the search page and the glossary index. Three runs
 * each; prints the median performance score, total blocking time, largest
 * contentful paint, and the page's HTML and chart SVG bytes. Printed, not
 * asserted: the machines are shared. Run after a build: `npm run bench:reading`.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { htmlFiles, pageUrlOf } from '../src/lib/checks/built-site.ts';
import { CHROMIUM_ARGS, defaultCandidates, findChromium } from '../tests/support/find-chromium.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const RUNS = 3;

const reports = htmlFiles(join(dist, 'reports')).filter((f) => !f.endsWith('reports/index.html'));
const longest = reports.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
const targets = [pageUrlOf(dist, longest), '/search/', '/glossary/'];

const port = Number(process.env.BENCH_PORT ?? 4456);
const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port } });
// Astro moves to another port when this one is taken; the pages would then be measured on someone else's server.
if (server.port !== port) {
  await server.stop();
  throw new Error(`port ${port} is in use; set BENCH_PORT to a free port`);
}
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(defaultCandidates(() => chromium.executablePath())),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

try {
  console.log(`Lighthouse mobile, median of ${RUNS} runs (printed, not asserted)`);
  console.log('page | performance | TBT ms | LCP ms | HTML KB (gzip) | chart SVG KB');
  for (const path of targets) {
    const runs: { score: number; tbt: number; lcp: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`http://127.0.0.1:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const lhr = result!.lhr;
      runs.push({
        score: Math.round((lhr.categories.performance!.score ?? 0) * 100),
        tbt: Math.round(lhr.audits['total-blocking-time']!.numericValue ?? NaN),
        lcp: Math.round(lhr.audits['largest-contentful-paint']!.numericValue ?? NaN),
      });
    }
    const html = readFileSync(join(dist, path, 'index.html'));
    const svgBytes = (html.toString('utf8').match(/<svg[\s\S]*?<\/svg>/g) ?? []).reduce((n, s) => n + Buffer.byteLength(s), 0);
    console.log(
      `${path} | ${median(runs.map((r) => r.score))} (${runs.map((r) => r.score).join(', ')}) | ${median(runs.map((r) => r.tbt))} | ${median(runs.map((r) => r.lcp))} | ` +
        `${(html.length / 1024).toFixed(1)} (${(gzipSync(html).length / 1024).toFixed(1)}) | ${(svgBytes / 1024).toFixed(1)}`,
    );
  }
} finally {
  chrome.kill();
  await server.stop();
}
