import { expect, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript the search page says it needs JavaScript and the header search is a link', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('.search-noscript')).toContainText('搜索需要启用 JavaScript');
  await page.goto('/reports/');
  await expect(page.locator('a[data-open-search]')).toHaveAttribute('href', '/search/');
});
