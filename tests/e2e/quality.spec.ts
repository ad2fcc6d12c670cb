/**
 * Site-wide quality gates on every page type: accessibility (axe), reading
 * without JavaScript, nothing loaded from elsewhere (the fixtures' guard),
 * no horizontal overflow at 320 px, print, and the JavaScript budget.
 */
import AxeBuilder from '@axe-core/playwright';
import { gzipSync } from 'node:zlib';
import { PAGE_TYPES } from '../page-types.ts';
import { expect, test } from './fixtures.ts';

const pages = Object.entries(PAGE_TYPES);
/** The 404 page answers with status 404, which the guard would report; it is checked on its own. */
const allowNotFound = (url: string, guards: { consoleErrors: string[] }) => {
  if (url !== '/404.html') return;
  guards.consoleErrors.splice(0, guards.consoleErrors.length, ...guards.consoleErrors.filter((e) => !/404/.test(e)));
};

for (const [type, url] of pages) {
  test(`${type} (${url}): no serious or critical accessibility violations`, async ({ page, pageGuards }) => {
    await page.goto(url);
    allowNotFound(url, pageGuards);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    expect(report, report.join('\n')).toEqual([]);
  });

  test(`${type} (${url}): no horizontal overflow at 320 px`, async ({ page, pageGuards }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(url);
    allowNotFound(url, pageGuards);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [type, url] of pages) {
    test(`${type} (${url}) shows its content`, async ({ page, pageGuards }) => {
      await page.goto(url);
      allowNotFound(url, pageGuards);
      const main = page.locator('main');
      await expect(main.locator('h1')).toBeVisible();
      const text = (await main.innerText()).replace(/\s+/g, '');
      expect(text.length, 'readable text').toBeGreaterThan(40);
    });
  }
  test('document pages show their charts as SVG, their tables and their links', async ({ page }) => {
    await page.goto(PAGE_TYPES['document page']);
    await expect(page.locator('.doc-figure__chart svg').first()).toBeVisible();
    await page.goto('/reports/development-report-2019/ch1-enterprises/');
    await expect(page.locator('[data-table] table').first()).toBeVisible();
    await expect(page.locator('main a[href]').first()).toBeVisible();
  });
});

test('keyboard: the skip link and navigation are reachable and focus is visible', async ({ page }) => {
  await page.goto(PAGE_TYPES['document page']);
  await page.keyboard.press('Tab');
  const first = page.locator(':focus');
  await expect(first).toHaveText(/跳转到内容/);
  const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
  expect(outline).not.toMatch(/^none/);
  // Tab on to a sidebar link and follow it.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (await page.locator('#starlight__sidebar a:focus').count()) break;
  }
  await expect(page.locator('#starlight__sidebar a:focus')).toHaveCount(1);
});

test('a document page loads at most 30 KB (gzip) of JavaScript before search is opened', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto(PAGE_TYPES['document page'], { waitUntil: 'networkidle' });
  let gzip = 0;
  for (const url of new Set(scripts)) gzip += gzipSync(await (await page.request.get(url)).body(), { level: 9 }).length;
  // Inline scripts count too.
  const inline = await page.locator('script:not([src])').evaluateAll((s) => s.map((e) => e.textContent ?? '').join(''));
  gzip += gzipSync(Buffer.from(inline), { level: 9 }).length;
  console.log(`document page JavaScript before search: ${(gzip / 1024).toFixed(1)} KB gzip in ${new Set(scripts).size} files + inline`);
  expect(gzip).toBeLessThanOrEqual(30 * 1024);
});

test.describe('print', () => {
  for (const url of [PAGE_TYPES['document page'], PAGE_TYPES['glossary entry']]) {
    test(`${url} prints without navigation, with charts and tables, internal links as text`, async ({ page }) => {
      await page.goto(url);
      await page.emulateMedia({ media: 'print' });
      for (const chrome of ['header.header', '#starlight__sidebar', '.right-sidebar-container', '.pagination-links']) {
        const el = page.locator(chrome).first();
        if (await el.count()) await expect(el, chrome).toBeHidden();
      }
      if (url.startsWith('/reports/')) await expect(page.locator('.doc-figure__chart svg').first()).toBeVisible();
      // Links within the site print as text: no address after them, no link colour.
      const internal = page.locator('.sl-markdown-content a[href^="/"]:not(.sl-anchor-link)').first();
      expect(await internal.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
      expect(await internal.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
    });
  }
});
