import { expect, test } from './fixtures.ts';
import { SITE } from '../../src/site.ts';

test('an entry page shows its definition, source, typical businesses and rules', async ({ page }) => {
  const response = await page.goto('/glossary/b41/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('B41 人力资源管理服务');
  const definition = page.locator('[data-glossary-definition]');
  await expect(definition).toContainText('承接客户方内部一项或几项人力资源管理工作或职能');
  await expect(definition.getByRole('link', { name: 'zhejiang-statistics-training-2015.txt' })).toHaveAttribute(
    'href',
    '/sources/zhejiang-statistics-training-2015/#L300-L304',
  );
  await expect(definition).toContainText('第 300–304 行');
  await expect(page.locator('.glossary-entry__names')).toContainText('2015 服务外包统计分类');
  await expect(page.locator('#b41-t1')).toContainText('招聘流程外包（PRO）');
  await expect(page.locator('#rule-labour-dispatch')).toContainText('不纳入服务外包统计');
  await expect(page.locator('.glossary-cite__citation')).toContainText(`${SITE}/glossary/b41/`);
});

test('the copy-link button copies the permanent link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/glossary/i11/');
  const button = page.getByRole('button', { name: '复制链接：“I11 软件研发及开发服务”' });
  await expect(button).toBeVisible();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.glossary-cite copy-button').first().getByRole('status')).toHaveText('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/glossary/i11/`);
  await expect(page.getByRole('button', { name: '复制引用：“I11 软件研发及开发服务”' })).toBeVisible();
});

test('aliases lead to their entry: abbreviations, Chinese names, typical businesses', async ({ page }) => {
  await page.goto('/glossary/lpo/');
  await page.waitForURL('**/glossary/k75/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('K75 法律流程外包服务（LPO）');

  await page.goto(`/glossary/${encodeURIComponent('信息技术外包')}/`);
  await page.waitForURL('**/glossary/ito/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('信息技术外包（ITO）');

  await page.goto('/glossary/pro/');
  await page.waitForURL('**/glossary/b41/#b41-t1');
  await expect(page.locator('#b41-t1')).toBeInViewport();
});

test('an ambiguous name gets a page that lists its meanings', async ({ page }) => {
  await page.goto(`/glossary/${encodeURIComponent('信息技术服务外包')}/`);
  const list = page.locator('[data-glossary-disambiguation]');
  await expect(list.getByRole('link', { name: 'I2 信息技术服务外包' })).toHaveAttribute('href', '/glossary/i2/');
  await expect(list.getByRole('link', { name: '信息技术外包（ITO）' })).toHaveAttribute('href', '/glossary/ito/');
});

test('the index filter narrows the tree and the A–Z list', async ({ page }) => {
  await page.goto('/glossary/');
  const filter = page.getByRole('searchbox', { name: '筛选术语' });
  await expect(filter).toBeVisible();
  const visibleIndexItems = page.locator('.glossary-az li:visible');
  const before = await visibleIndexItems.count();
  expect(before).toBeGreaterThan(80);

  await filter.fill('LPO');
  await expect(page.getByRole('status').filter({ hasText: '匹配' })).toContainText('LPO');
  const after = await visibleIndexItems.count();
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(5);
  await expect(page.locator('.glossary-az li:visible').first()).toContainText(/LPO/);
  await expect(page.locator('.glossary-tree__class:visible')).toHaveCount(1);

  // Pinyin without spaces, and typical businesses inside a closed 中类.
  await filter.fill('定制软件');
  await expect(page.getByRole('link', { name: '定制软件开发' })).toBeVisible();
  await filter.fill('ruanjianyanfa');
  await expect(page.locator('.glossary-tree__division:visible')).toHaveCount(1);

  await filter.fill('');
  await expect(visibleIndexItems).toHaveCount(before);
});

test('the index reads without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/glossary/');
  await expect(page.locator('.glossary-tree__category')).toHaveCount(3);
  await expect(page.locator('.glossary-tree').getByRole('link', { name: /^I11\s+软件研发及开发服务$/ })).toBeVisible();
  await expect(page.locator('.glossary-filter__box')).toBeHidden();
  await context.close();
});
