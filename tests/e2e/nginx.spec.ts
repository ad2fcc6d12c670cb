/**
 * The site as it is deployed: dist/ served by nginx with the committed
 * configuration (deploy/nginx/knowledge-base.conf). Clean URLs, the 404 page,
 * caching, content types and charsets, every internal link, and a search.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from './fixtures.ts';
import { htmlFiles, linksOf, pageUrlOf } from '../../src/lib/checks/built-site.ts';
import { SITE } from '../../src/site.ts';
import { startNginx, type NginxServer } from '../support/nginx.ts';

const DIST = join(import.meta.dirname, '../../dist');
// Beside the preview server's port, so parallel checkouts on one machine do not collide.
const PORT = Number(process.env.NGINX_PORT ?? Number(process.env.E2E_PORT ?? 4399) + 200);
const BASE = `http://127.0.0.1:${PORT}`;

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** What each kind of file in dist/ must be served as. A new kind of file fails here until it is added (and served right). */
const TYPES: Record<string, { type: string; cache: string }> = {
  '.html': { type: 'text/html; charset=utf-8', cache: 'no-cache' },
  '.txt': { type: 'text/plain; charset=utf-8', cache: 'no-cache' },
  '.csv': { type: 'text/csv; charset=utf-8', cache: 'no-cache' },
  '.json': { type: 'application/json; charset=utf-8', cache: 'no-cache' },
  '.xml': { type: 'text/xml; charset=utf-8', cache: 'no-cache' },
  '.svg': { type: 'image/svg+xml; charset=utf-8', cache: 'no-cache' },
  '.js': { type: 'application/javascript; charset=utf-8', cache: 'no-cache' },
  '.css': { type: 'text/css; charset=utf-8', cache: 'no-cache' },
  '.wasm': { type: 'application/wasm', cache: 'no-cache' },
  '.pagefind': { type: 'application/octet-stream', cache: 'no-cache' },
  '.pf_meta': { type: 'application/octet-stream', cache: IMMUTABLE },
  '.pf_index': { type: 'application/octet-stream', cache: IMMUTABLE },
  '.pf_fragment': { type: 'application/octet-stream', cache: IMMUTABLE },
  '.pf_filter': { type: 'application/octet-stream', cache: IMMUTABLE },
};

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Requests many URLs, a few at a time. */
async function statuses(urls: readonly string[], concurrency = 8): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < urls.length) {
        const url = urls[next++]!;
        const response = await fetch(`${BASE}${url}`, { redirect: 'manual' });
        await response.arrayBuffer();
        out.set(url, response.status);
      }
    }),
  );
  return out;
}

let server: NginxServer;
test.use({ baseURL: BASE });
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  server = await startNginx(DIST, PORT);
});
test.afterAll(async () => {
  await server?.stop();
});

test('clean URLs, redirects to the trailing slash, and the Chinese 404 page', async ({ request }) => {
  const page = await request.get('/reports/', { maxRedirects: 0 });
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain('<html lang="zh-CN"');
  const bare = await request.get('/reports', { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers().location).toBe('/reports/');
  const missing = await request.get('/no-such-page/', { maxRedirects: 0 });
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(await missing.text()).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
});

test('every kind of file is served with its type, charset and caching', async ({ request }) => {
  const byExtension = new Map<string, string>();
  const hashed = allFiles(join(DIST, '_astro'));
  for (const file of allFiles(DIST)) if (!byExtension.has(extname(file))) byExtension.set(extname(file), file);
  expect([...byExtension.keys()].filter((ext) => !TYPES[ext]), 'file kinds in dist/ that this test does not know').toEqual([]);
  // The search index's chunks and Astro's bundles are what long-lived caching is for: both must be there.
  expect([...byExtension.keys()]).toEqual(expect.arrayContaining(['.pf_meta', '.pf_index', '.pf_fragment', '.txt', '.csv']));
  for (const [ext, file] of byExtension) {
    const url = `/${relative(DIST, file)}`;
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toBe(TYPES[ext]!.type);
    expect(response.headers()['cache-control'], url).toBe(hashed.includes(file) ? IMMUTABLE : TYPES[ext]!.cache);
    expect(response.headers()['x-content-type-options'], url).toBe('nosniff');
  }
  for (const file of hashed.slice(0, 3)) {
    const response = await request.get(`/${relative(DIST, file)}`);
    expect(response.headers()['cache-control']).toBe(IMMUTABLE);
  }
  // Pagefind unpacks its gzip chunks itself: nginx must not encode them again.
  const chunk = byExtension.get('.pf_fragment')!;
  const response = await request.get(`/${relative(DIST, chunk)}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(response.headers()['content-encoding']).toBeUndefined();
  expect(Buffer.compare(await response.body(), readFileSync(chunk))).toBe(0);
});

test('every page and every internal link resolves through nginx', async () => {
  test.setTimeout(300_000);
  const pages = htmlFiles(DIST).map((file) => pageUrlOf(DIST, file));
  const targets = new Set<string>();
  for (const file of htmlFiles(DIST)) {
    const page = pageUrlOf(DIST, file);
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    for (const href of linksOf(document as unknown as Document)) {
      if (href.startsWith(SITE) || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue;
      targets.add(new URL(href, `http://site${page}`).pathname);
    }
  }
  expect(targets.size).toBeGreaterThan(pages.length / 2);
  const urls = [...new Set([...pages.filter((p) => p !== '/404.html'), ...targets])];
  const status = await statuses(urls);
  const broken = urls.filter((url) => status.get(url) !== 200).map((url) => `${url}: HTTP ${status.get(url)}`);
  expect(broken, `${urls.length} URLs requested`).toEqual([]);
  console.log(`nginx: ${pages.length} pages and ${targets.size} link targets, ${urls.length} URLs, all 200`);
});

test('a search runs through nginx and its results open', async ({ page, request }) => {
  await page.goto(`/search/?q=${encodeURIComponent('离岸外包')}`);
  const results = page.locator('main [data-search-results] > li > a');
  await expect(results.first()).toBeVisible({ timeout: 20_000 });
  const href = await results.first().getAttribute('href');
  expect(href).toMatch(/^\//);
  const target = await request.get(href!);
  expect(target.status()).toBe(200);
  expect(await target.text()).toContain('离岸外包');
});
