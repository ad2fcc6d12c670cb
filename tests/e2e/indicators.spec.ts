import { expect, test } from './fixtures.ts';

// The results in rank order, the answer card's link first (the /search/?q= contract).
const results = (page: import('@playwright/test').Page) => page.locator('main [data-search-results] a');
const shown = (page: import('@playwright/test').Page, q: string) =>
  page.waitForFunction((query) => document.querySelector<HTMLElement>('main search-panel')?.dataset.shownQuery === query, q);

// "Indicator name + year" is a question the indicator page answers, however the year is typed.
for (const [query, url] of [
  ['2019年执行额', '/indicators/execution/'],
  ['2020 年服务外包执行额', '/indicators/execution/'],
  ['离岸执行额2018', '/indicators/offshore-execution/'],
  ['2016年新增企业', '/indicators/new-enterprises/'],
  ['2019年从业人员', '/indicators/employees/'],
] as const) {
  test(`search ${query} answers with ${url} first`, async ({ page }) => {
    await page.goto('/search/?q=' + encodeURIComponent(query));
    await shown(page, query);
    await expect(results(page).first()).toHaveAttribute('href', new RegExp(`^${url}(?:[?#]|$)`));
  });
}

test('an indicator page reads without JavaScript: chart, every point with its source link, downloads', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/indicators/execution/');
  await expect(page.locator('[data-indicator-chart] svg.plot-chart').first()).toBeVisible();
  await expect(page.locator('[data-indicator-points] tr[data-point][data-line="90"]')).toContainText('10695.7');
  await expect(page.locator('#disagreements')).toBeVisible();
  const csv = await page.request.get('/indicators/downloads/execution.csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect((await csv.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  await context.close();
});
