/**
 * The search dialog and page as readers use them: centred, answer card first,
 * typo correction shown, Enter opens the first result, usable at 360 px, no
 * layout shift on /search/, queries capped, results built without inline
 * handlers or HTML strings.
 */
import { expect, test } from './fixtures.ts';

const shownIn = (page: import('@playwright/test').Page, scope: string, q: string) =>
  page.waitForFunction(
    ([s, query]) => document.querySelector<HTMLElement>(`${s} search-panel`)?.dataset.shownQuery === query,
    [scope, q] as const,
  );

test('the dialog is centred and its buttons are styled as the site', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/reports/');
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog.site-search__dialog');
  await expect(dialog).toBeVisible();
  const box = (await dialog.boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - 640)).toBeLessThan(4);
  // Not the browser's default grey button: the submit button carries the accent colour and rounded corners.
  const submit = dialog.locator('.search-panel__submit');
  const style = await submit.evaluate((el) => ({ radius: getComputedStyle(el).borderTopLeftRadius, bg: getComputedStyle(el).backgroundColor }));
  expect(style.radius).not.toBe('0px');
  expect(style.bg).not.toBe('rgb(239, 239, 239)');
});

test('Enter in the dialog opens the first result, the answer card', async ({ page }) => {
  await page.goto('/reports/');
  await page.keyboard.press('/');
  const input = page.locator('dialog search-panel input[type="search"]');
  await input.fill('什么是知识流程外包');
  await input.press('Enter');
  await page.waitForURL(/\/glossary\/kpo\//);
});

test('at 360 px the first result is visible without scrolling, the filters folded', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/reports/');
  await page.locator('a[data-open-search]').click();
  const input = page.locator('dialog search-panel input[type="search"]');
  await input.fill('杭州');
  await shownIn(page, 'dialog', '杭州');
  const first = page.locator('dialog [data-search-results] a').first();
  await expect(first).toHaveAttribute('href', /^\/cities\/hangzhou\//);
  const box = (await first.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(740);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  await expect(page.locator('dialog [data-search-filters] input').first()).toBeHidden();
});

test('an answer card names the entry with its code and definition, and the documents follow', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('ito外包'));
  await shownIn(page, 'main', 'ito外包');
  const card = page.locator('main [data-search-results] > li.search-card').first();
  await expect(card.locator('a')).toHaveAttribute('href', /^\/glossary\/ito\//);
  await expect(card.locator('.search-card__code')).toHaveText('ITO');
  await expect(card.locator('.search-card__text')).toContainText('第三方专业提供商');
  await expect(page.locator('main [data-search-results] > li.search-result').first()).toBeVisible();
});

test('a typo is corrected to one close term, and the page says so', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('业务流成外包'));
  await shownIn(page, 'main', '业务流成外包');
  await expect(page.locator('main [data-search-status]')).toContainText('显示“业务流程外包”的结果');
  await expect(page.locator('main [data-search-results] a').first()).toHaveAttribute('href', /^\/glossary\/bpo\//);
});

test('the result count agrees with the list and the filter counts', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('杭州'));
  await shownIn(page, 'main', '杭州');
  const items = await page.locator('main [data-search-results] > li').count();
  await expect(page.locator('main [data-search-status]')).toContainText(`找到 ${items} 个页面`);
  for (const count of await page.locator('main [data-search-filters] .count').allTextContents()) {
    expect(Number(count)).toBeLessThanOrEqual(items);
  }
  // One excerpt per section: no excerpt repeats within a result.
  for (const result of await page.locator('main li.search-result').all()) {
    const excerpts = await result.locator('.search-result__excerpt').allTextContents();
    expect(new Set(excerpts).size, excerpts.join('\n')).toBe(excerpts.length);
  }
});

test('/search/ does not shift its layout when results arrive (CLS ≤ 0.1)', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/search/?q=' + encodeURIComponent('离岸执行额'));
  await shownIn(page, 'main', '离岸执行额');
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  expect(cls).toBeLessThanOrEqual(0.1);
});

test('a long query is capped before it reaches the URL, and results carry no inline handlers', async ({ page }) => {
  const long = '服务外包'.repeat(100);
  await page.goto('/search/');
  const input = page.locator('main search-panel input[type="search"]');
  await input.fill(long);
  await input.press('Enter');
  await page.waitForFunction(() => (document.querySelector<HTMLElement>('main search-panel')?.dataset.shownQuery ?? '').length > 0);
  const q = new URL(page.url()).searchParams.get('q') ?? '';
  expect([...q].length).toBeLessThanOrEqual(200);
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll('search-panel, search-panel *')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
  );
  expect(handlers).toEqual([]);
});
