import { expect, test } from './fixtures.ts';

/** The /search/?q= contract: the links inside [data-search-results], in rank order (an answer card's first). */
const results = (page: import('@playwright/test').Page) => page.locator('main [data-search-results] a');
const shown = (page: import('@playwright/test').Page, q: string) =>
  page.waitForFunction((query) => document.querySelector<HTMLElement>('main search-panel')?.dataset.shownQuery === query, q);

test('/search/?q= runs the query from the URL and lists results as links in rank order', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('知识流程外包'));
  await shown(page, '知识流程外包');
  await expect(results(page).first()).toHaveAttribute('href', /^\/glossary\/kpo\//);
  const count = await results(page).count();
  expect(count).toBeGreaterThan(1);
  // Excerpts mark the whole term, not its characters one by one.
  await expect(page.locator('main .search-result__excerpt mark').first()).toHaveText('知识流程外包');
});

test('a term that appears nowhere gets 没有结果 with suggestions', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('量子计算'));
  await shown(page, '量子计算');
  await expect(page.locator('main [data-search-status]')).toContainText('没有结果');
  await expect(results(page)).toHaveCount(0);
});

test('a query that contains a known term never ends in 没有结果', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('服务外包商'));
  await shown(page, '服务外包商');
  await expect(page.locator('main [data-search-status]')).not.toContainText('没有结果');
  expect(await results(page).count()).toBeGreaterThan(0);
});

test('traditional characters and full-width letters find the simplified text', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('服務外包'));
  await shown(page, '服務外包');
  await expect(results(page).first()).toHaveAttribute('href', /^\/glossary\/service-outsourcing\//);
  await page.goto('/search/?q=' + encodeURIComponent('ＩＴＯ'));
  await shown(page, 'ＩＴＯ');
  await expect(results(page).first()).toHaveAttribute('href', /^\/glossary\/ito\//);
});

test('a city name does not find pages that only share a character', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('大连'));
  await shown(page, '大连');
  const hrefs = await results(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) {
    const text = await (await page.request.get(href.split('#')[0]!)).text();
    expect(text, href).toContain('大连');
  }
});

test('filters narrow the results', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('离岸执行额'));
  await shown(page, '离岸执行额');
  const before = await page.locator('main [data-search-results] > li').count();
  // The filters are folded behind one control.
  await expect(page.locator('main [data-search-filters] input').first()).toBeHidden();
  await page.locator('main [data-search-filters] summary').click();
  const box = page.locator('main [data-search-filters] input[name="文档"]').first();
  const value = await box.getAttribute('value');
  await box.check();
  await page.waitForFunction(() => !document.querySelector('main search-panel')?.hasAttribute('aria-busy'));
  await expect(page.locator('main [data-search-filters] input[name="文档"]:checked')).toHaveCount(1);
  const after = await page.locator('main [data-search-results] > li').count();
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThanOrEqual(before);
  for (const doc of await page.locator('main .search-result__doc').allTextContents()) expect(doc).toBe(value);
});

test('keyboard: / opens search, arrows move through results, Enter opens one with the terms highlighted', async ({ page }) => {
  await page.goto('/reports/');
  await page.keyboard.press('/');
  const dialog = page.locator('dialog.site-search__dialog');
  await expect(dialog).toBeVisible();
  const input = dialog.locator('input[type="search"]');
  await expect(input).toBeFocused();
  await input.fill('检验检测');
  await page.waitForFunction(() => document.querySelector<HTMLElement>('dialog search-panel')?.dataset.shownQuery === '检验检测');
  await page.keyboard.press('ArrowDown');
  const first = dialog.locator('[data-search-results] a').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('[data-search-results] a').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL(/hl=/);
  await expect(page.locator('mark.search-hit').first()).toHaveText('检验检测');
  await page.keyboard.press('Control+k');
  await expect(page.locator('dialog.site-search__dialog')).toBeVisible();
});
