/**
 * Search benchmark: runs the query set in Chromium against the built site,
 * for this site's search (the /search/ page's UI) and for stock Pagefind
 * (an index the benchmark builds itself from dist/, queried as typed), and computes hit@1,
 * hit@3, precision@5, MRR, zero-result correctness for absent terms, and the
 * latency and bytes of the first (cold) and later (warm) queries.
 *
 * Relevance is decided from the built pages, not from either search: a page
 * is relevant when its text contains the query (normalized: full-width folded,
 * lower case, traditional → simplified), or every string of the query's
 * `relevantIf` list.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { normalizeText, type T2S } from '../../src/lib/search/normalize.ts';
import { DIST, htmlFiles, loadDocument, urlOf } from '../site/built-pages.ts';

export interface BenchQuery {
  q: string;
  kind: 'term' | 'code' | 'abbr' | 'english' | 'city' | 'number' | 'phrase' | 'question' | 'traditional' | 'fullwidth' | 'absent';
  /** Page URLs acceptable as the first result. Empty for absent terms. */
  first: string[];
  /** Strings a relevant page must contain, where the query itself is not one (questions, pinyin). */
  relevantIf?: string[];
}

export interface SystemResult {
  q: string;
  urls: string[];
  ms: number;
  bytes: number;
  /** Each response the query received: its path and gzip bytes, in the order they arrived. */
  requests: FetchedFile[];
}

export interface FetchedFile {
  path: string;
  bytes: number;
}

/**
 * What a search index file is, by its name (Pagefind's files, and the site's
 * own tables of integrations/search-index.ts), for the per-request breakdown.
 */
export function fileKind(path: string): string {
  const name = path.split('/').at(-1) ?? '';
  if (name.endsWith('.pf_meta')) return 'pf_meta';
  if (name.endsWith('.pf_index')) return 'index chunk';
  if (name.endsWith('.pf_filter')) return 'filter';
  if (name.endsWith('.pf_fragment')) return 'fragment';
  if (name === 'pagefind-entry.json') return 'entry';
  if (/^wasm\./.test(name)) return 'wasm';
  if (/\/route\/\d+\.json$/.test(path)) return 'route bucket';
  if (/\/figures\/\d+\.json$/.test(path)) return 'figure bucket';
  if (name.endsWith('.json')) return name;
  return 'other';
}

/** Bytes and files of a query's requests by kind (fileKind), largest first. */
export function bytesByKind(requests: readonly FetchedFile[]): { kind: string; files: number; bytes: number }[] {
  const kinds = new Map<string, { kind: string; files: number; bytes: number }>();
  for (const r of requests) {
    const kind = fileKind(r.path);
    const k = kinds.get(kind) ?? { kind, files: 0, bytes: 0 };
    k.files++;
    k.bytes += r.bytes;
    kinds.set(kind, k);
  }
  return [...kinds.values()].sort((a, b) => b.bytes - a.bytes);
}

export interface Metrics {
  queries: number;
  hit1: number;
  hit3: number;
  precision5: number;
  mrr: number;
  absentZero: string;
  coldMs: number;
  warmMs: number;
  coldBytes: number;
  failures: string[];
}

export function loadQueries(): BenchQuery[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'queries.json'), 'utf8')) as BenchQuery[];
}

const pageUrl = (url: string) => new URL(url, 'http://site').pathname;

/** Text of every built page, normalized, by URL. */
export function pageTexts(): Map<string, string> {
  const t2s = JSON.parse(readFileSync(join(DIST, 'search-index', 't2s.json'), 'utf8')) as T2S;
  const texts = new Map<string, string>();
  for (const file of htmlFiles()) {
    const url = urlOf(file);
    if (url === '/404.html' || url.startsWith('/search/')) continue;
    const doc = loadDocument(file);
    const main = doc.querySelector('.sl-markdown-content') ?? doc.querySelector('main');
    const title = doc.querySelector('h1#_top')?.textContent ?? '';
    const keys = [...doc.querySelectorAll('[data-search-keys]')].map((el) => el.getAttribute('data-search-keys')).join(' ');
    texts.set(url, normalizeText(`${title} ${keys} ${main?.textContent ?? ''}`, t2s).replace(/\s+/g, ' '));
  }
  return texts;
}

export function relevantPages(query: BenchQuery, texts: Map<string, string>, t2s: T2S): Set<string> {
  const needles = (query.relevantIf ?? [query.q]).map((s) => normalizeText(s, t2s).replace(/\s+/g, ' ').trim());
  return new Set([...texts].filter(([, text]) => needles.every((n) => text.includes(n))).map(([url]) => url));
}

export function score(queries: BenchQuery[], results: SystemResult[], texts: Map<string, string>, t2s: T2S): Metrics {
  let hit1 = 0;
  let hit3 = 0;
  let precision = 0;
  let precisionCount = 0;
  let mrr = 0;
  let absent = 0;
  let absentOk = 0;
  const failures: string[] = [];
  queries.forEach((query, i) => {
    const urls = [...new Set(results[i]!.urls.map(pageUrl))];
    if (query.kind === 'absent') {
      absent++;
      if (urls.length === 0) absentOk++;
      else failures.push(`absent “${query.q}” returned ${urls.length} pages`);
      return;
    }
    const rank = urls.findIndex((u) => query.first.includes(u));
    if (rank === 0) hit1++;
    else failures.push(`“${query.q}”: first is ${urls[0] ?? '(none)'}, expected ${query.first.join(' or ')}`);
    if (rank !== -1 && rank < 3) hit3++;
    if (rank !== -1) mrr += 1 / (rank + 1);
    const relevant = relevantPages(query, texts, t2s);
    for (const f of query.first) relevant.add(f);
    const top = urls.slice(0, 5);
    if (top.length) {
      const p = top.filter((u) => relevant.has(u)).length / top.length;
      precision += p;
      precisionCount++;
      if (p < 1) failures.push(`“${query.q}”: not relevant in top 5: ${top.filter((u) => !relevant.has(u)).join(' ')}`);
    }
  });
  const scored = queries.filter((q) => q.kind !== 'absent').length;
  const warm = results.slice(1);
  return {
    queries: queries.length,
    hit1: hit1 / scored,
    hit3: hit3 / scored,
    precision5: precisionCount ? precision / precisionCount : 0,
    mrr: mrr / scored,
    absentZero: `${absentOk}/${absent}`,
    coldMs: results[0]?.ms ?? NaN,
    warmMs: warm.reduce((s, r) => s + r.ms, 0) / Math.max(1, warm.length),
    coldBytes: results[0]?.bytes ?? NaN,
    failures,
  };
}

/** Bytes a response would take on the wire with gzip (Pagefind's own files are gzip already). */
function gzipBytes(body: Buffer): number {
  return Math.min(body.length, gzipSync(body).length);
}

/** Sums the gzip sizes of the responses a page receives while `action` runs. */
async function measure<T>(page: Page, action: () => Promise<T>): Promise<{ value: T; ms: number; bytes: number; requests: FetchedFile[] }> {
  const requests: FetchedFile[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    pending.push(
      response.body().then(
        (body) => {
          requests.push({ path: new URL(response.url()).pathname, bytes: gzipBytes(body) });
        },
        () => undefined,
      ),
    );
  };
  page.on('response', onResponse);
  const started = performance.now();
  const value = await action();
  const ms = performance.now() - started;
  page.off('response', onResponse);
  await Promise.all(pending);
  return { value, ms, bytes: requests.reduce((sum, r) => sum + r.bytes, 0), requests };
}

/**
 * The results of the /search/ page in rank order, as the `/search/?q=`
 * contract defines them: the links inside [data-search-results] (the answer
 * card's link first), one per page.
 */
const resultLinks = (page: Page) =>
  page.locator('main [data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

/** Bytes the /search/ page fetches to load the engine before any query (gzip). */
export interface EngineLoad {
  ms: number;
  bytes: number;
}

/** This site's search, driven through the /search/ page like a reader would. */
export async function runSiteSearch(
  browser: Browser,
  baseURL: string,
  queries: readonly { q: string }[],
  load?: EngineLoad,
): Promise<SystemResult[]> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  // The search page loads the engine as it opens; the first ("cold") query starts once that is done,
  // with no index chunk or result fragment fetched yet.
  const opened = await measure(page, async () => {
    await page.goto('/search/', { waitUntil: 'networkidle' });
    await page.waitForFunction(() => customElements.get('search-panel') !== undefined);
  });
  if (load) Object.assign(load, { ms: opened.ms, bytes: opened.bytes });
  const input = page.locator('main search-panel input[type="search"]');
  const results: SystemResult[] = [];
  for (const query of queries) {
    const { value, ms, bytes, requests } = await measure(page, async () => {
      await input.fill(query.q);
      await input.press('Enter');
      await page.waitForFunction(
        (q) => document.querySelector<HTMLElement>('main search-panel')?.dataset.shownQuery === q,
        query.q.trim().slice(0, 200),
        { timeout: 20_000 },
      );
      return resultLinks(page);
    });
    results.push({ q: query.q, urls: value, ms, bytes, requests });
  }
  await context.close();
  return results;
}

/**
 * Stock Pagefind on the same build: Pagefind 1.6's own indexing of dist/ with
 * its defaults (the main element of each page, as Starlight would mark it),
 * written to a temporary folder. The site does not deploy a stock index; the
 * benchmark builds one for the comparison.
 */
export async function buildStockIndex(dist = DIST): Promise<string> {
  const pagefind = await import('pagefind');
  const out = mkdtempSync(join(tmpdir(), 'stock-pagefind-'));
  const { index } = await pagefind.createIndex({ rootSelector: 'main', excludeSelectors: ['[data-search-exclude]'] });
  if (!index) throw new Error('stock Pagefind: could not create an index');
  const { errors } = await index.addDirectory({ path: dist });
  if (errors.length) throw new Error(`stock Pagefind: ${errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`stock Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return out;
}

/** Stock Pagefind, queried with the raw query; the first ten results' pages. */
export async function runStockPagefind(browser: Browser, baseURL: string, queries: readonly { q: string }[], stockDir: string): Promise<SystemResult[]> {
  const context = await browser.newContext({ baseURL });
  // The stock index is served from its temporary folder under a path the site does not use.
  await context.route('**/__stock-pagefind/**', (route) => {
    const file = join(stockDir, new URL(route.request().url()).pathname.replace(/^\/__stock-pagefind\//, ''));
    return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
  });
  const page = await context.newPage();
  await page.goto('/404.html');
  // Load and initialise stock Pagefind before the first query, as for this site's search.
  await page.evaluate(async () => {
    const w = window as unknown as { __pf?: Promise<unknown> };
    w.__pf = import(/* @vite-ignore */ '/__stock-pagefind/pagefind.js' as string).then(async (pf) => {
      await pf.options({ basePath: '/__stock-pagefind/' });
      await pf.init();
      return pf;
    });
    await w.__pf;
  });
  const results: SystemResult[] = [];
  for (const query of queries) {
    const { value, ms, bytes, requests } = await measure(page, () =>
      page.evaluate(async (q) => {
        const w = window as unknown as { __pf: Promise<{ search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> }> };
        const pf = await w.__pf;
        const response = await pf.search(q);
        const data = await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
        return data.map((d) => d.url);
      }, query.q),
    );
    results.push({ q: query.q, urls: value, ms, bytes, requests });
  }
  await context.close();
  return results;
}

/** The categories of the user query sets (tests/search/user-queries.json). */
export const CATEGORIES = ['question', 'year-indicator', 'typo', 'pasted', 'code-abbr', 'figure-table', 'english'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A query as users type it, with the pages that answer it. */
export interface UserQuery {
  q: string;
  category: Category;
  /** Pages that answer the query; any of them counts. */
  expect: string[];
}

export function loadUserQueries(): UserQuery[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'user-queries.json'), 'utf8')) as UserQuery[];
}

/**
 * The held-out set (tests/search/held-out-queries.json): written in the same
 * categories after the engine was tuned on user-queries.json, committed before
 * any further engine change, and never used to tune it. The benchmark reports
 * it beside the other sets; only its well-formedness is asserted.
 */
export function loadHeldOutQueries(): UserQuery[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'held-out-queries.json'), 'utf8')) as UserQuery[];
}

export interface CategoryMetrics {
  queries: number;
  hit1: number;
  hit3: number;
  mrr: number;
  /** Share of queries with an expected page among the first three results. */
  pass: number;
  failures: string[];
}

/** Pass: an expected page is among the first three distinct result pages. */
export const PASS_RANK = 3;

export function scoreCategories(queries: readonly UserQuery[], results: readonly SystemResult[]): Record<Category, CategoryMetrics> {
  const out = {} as Record<Category, CategoryMetrics>;
  for (const category of CATEGORIES) {
    const m: CategoryMetrics = { queries: 0, hit1: 0, hit3: 0, mrr: 0, pass: 0, failures: [] };
    queries.forEach((query, i) => {
      if (query.category !== category) return;
      const urls = [...new Set(results[i]!.urls.map(pageUrl))];
      const rank = urls.findIndex((u) => query.expect.includes(u));
      m.queries++;
      if (rank === 0) m.hit1++;
      if (rank !== -1 && rank < 3) m.hit3++;
      if (rank !== -1) m.mrr += 1 / (rank + 1);
      if (rank !== -1 && rank < PASS_RANK) m.pass++;
      else m.failures.push(`[${category}] “${query.q}”: ${rank === -1 ? 'not found' : `rank ${rank + 1}`}; top: ${urls.slice(0, 3).join(' ') || '(none)'}; expected ${query.expect.join(' or ')}`);
    });
    for (const key of ['hit1', 'hit3', 'mrr', 'pass'] as const) m[key] /= Math.max(1, m.queries);
    out[category] = m;
  }
  return out;
}

export function formatCategoryTable(rows: [string, Record<Category, CategoryMetrics>][]): string {
  const f = (n: number) => n.toFixed(2);
  const lines = [
    `| category | queries | ${rows.map(([name]) => `${name}: hit@1 / hit@3 / MRR / pass`).join(' | ')} |`,
    `|---|---|${rows.map(() => '---').join('|')}|`,
    ...CATEGORIES.map(
      (c) =>
        `| ${c} | ${rows[0]![1][c].queries} | ${rows.map(([, m]) => `${f(m[c].hit1)} / ${f(m[c].hit3)} / ${f(m[c].mrr)} / **${f(m[c].pass)}**`).join(' | ')} |`,
    ),
  ];
  return lines.join('\n');
}

export function formatTable(rows: [string, Metrics][]): string {
  const pct = (n: number) => n.toFixed(3);
  const lines = [
    '| search | queries | hit@1 | hit@3 | precision@5 | MRR | absent → 0 results | cold first query | warm query (mean) | first query, gzip |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      ([name, m]) =>
        `| ${name} | ${m.queries} | ${pct(m.hit1)} | ${pct(m.hit3)} | ${pct(m.precision5)} | ${pct(m.mrr)} | ${m.absentZero} | ${m.coldMs.toFixed(0)} ms | ${m.warmMs.toFixed(0)} ms | ${(m.coldBytes / 1024).toFixed(1)} KB |`,
    ),
  ];
  return lines.join('\n');
}
