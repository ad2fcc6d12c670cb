import { expect, test } from './fixtures.ts';

const SECTIONS = ['报告与资料', '术语表', '示范城市', '数据与图表', '搜索'];

test('home page renders in Chinese with the site title and navigation', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle(/中国服务外包知识库/);
  const sidebar = page.locator('#starlight__sidebar');
  for (const label of SECTIONS) {
    await expect(sidebar.getByText(label, { exact: true }).first()).toBeAttached();
  }
  // The home page tells a first-time visitor what is here, for whom, and where to start.
  await expect(page.getByRole('heading', { name: '这里有什么' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '为谁而建' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '从哪里开始' })).toBeVisible();
  // Starlight's search button is there, with its Chinese label.
  await expect(page.locator('site-search a[data-open-search]').first()).toBeVisible();
});

test('every navigation link resolves', async ({ page, request }) => {
  await page.goto('/');
  const hrefs = await page
    .locator('#starlight__sidebar a[href]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThanOrEqual(SECTIONS.length);
  for (const href of new Set(hrefs)) {
    const response = await request.get(href);
    expect(response.status(), `sidebar link ${href}`).toBe(200);
  }
});

test('unknown pages get the Chinese 404 page', async ({ page, pageGuards }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  // Chromium logs the 404 of the page itself; that one is expected, nothing else is.
  const expected = pageGuards.consoleErrors.filter((e) =>
    /: (Failed to load resource: .* 404|HTTP 404 for http:\/\/[^/]+\/no-such-page\/$)/.test(e),
  );
  expect(expected).toHaveLength(2);
  pageGuards.consoleErrors.splice(0, pageGuards.consoleErrors.length, ...pageGuards.consoleErrors.filter((e) => !expected.includes(e)));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面未找到');
});

test('robots.txt and the sitemap are published', async ({ request }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/Sitemap: https:\/\/.+\/sitemap-index\.xml/);
  const index = await request.get('/sitemap-index.xml');
  expect(index.status()).toBe(200);
  const sitemap = await request.get('/sitemap-0.xml');
  expect(await sitemap.text()).toContain('/glossary/</loc>');
});
