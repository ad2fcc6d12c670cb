import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { CITY_MENTIONS_PREVIEW } from '../../src/lib/cities/mentions.ts';

const rows = (page: import('@playwright/test').Page) => page.locator('[data-city-table] tbody tr');
const visibleRows = (page: import('@playwright/test').Page) => page.locator('[data-city-table] tbody tr:visible');
const firstCity = (page: import('@playwright/test').Page) => visibleRows(page).first().locator('th');

test('the cities index filters its table by text, region and circle', async ({ page }) => {
  await page.goto('/cities/');
  await expect(rows(page)).toHaveCount(31);
  const filter = page.locator('[data-city-filter]');
  await expect(filter).toBeVisible();
  const count = filter.locator('output');
  await expect(count).toHaveText('显示 31 / 31 个城市');

  await filter.getByRole('searchbox').fill('江苏');
  await expect(visibleRows(page)).toHaveCount(5);
  await expect(count).toHaveText('显示 5 / 31 个城市');
  await filter.getByRole('searchbox').fill('wulumuqi');
  await expect(visibleRows(page)).toHaveCount(1);
  await expect(firstCity(page)).toHaveText('乌鲁木齐');

  await filter.getByRole('searchbox').fill('');
  await filter.getByLabel('地区').selectOption({ label: '西部地区' });
  await expect(visibleRows(page)).toHaveCount(5);
  await filter.getByLabel('经济圈').selectOption({ label: '长江经济带' });
  await expect(visibleRows(page)).toHaveCount(2);
  await expect(visibleRows(page).locator('th')).toHaveText(['重庆', '成都']);

  await filter.getByLabel('地区').selectOption({ label: '全部' });
  await filter.getByLabel('经济圈').selectOption({ label: '不属于以上经济圈' });
  await expect(visibleRows(page)).toHaveCount(13);

  await filter.getByRole('button', { name: '清除' }).click();
  await expect(visibleRows(page)).toHaveCount(31);
});

test('the cities index sorts by a column, empty cells last, in both directions', async ({ page }) => {
  await page.goto('/cities/');
  const execution = page.getByRole('columnheader', { name: '执行额（亿美元）', exact: true });
  await execution.getByRole('button').click();
  await expect(execution).toHaveAttribute('aria-sort', 'ascending');
  await expect(firstCity(page)).toHaveText('重庆');
  await execution.getByRole('button').click();
  await expect(execution).toHaveAttribute('aria-sort', 'descending');
  await expect(firstCity(page)).toHaveText('南京');
  // Cities without a printed value come after all the values.
  const values = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.children[4]!.textContent!.trim()));
  const firstBlank = values.indexOf('');
  expect(values.slice(0, firstBlank).every(Boolean)).toBe(true);
  expect(values.slice(firstBlank).every((v) => v === '')).toBe(true);
  expect(firstBlank).toBe(10);

  const mentions = page.getByRole('columnheader', { name: '提及' });
  await mentions.getByRole('button').click();
  await mentions.getByRole('button').click();
  await expect(mentions).toHaveAttribute('aria-sort', 'descending');
  const counts = await rows(page).evaluateAll((trs) => trs.map((tr) => Number(tr.children[9]!.textContent)));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));

  const city = page.getByRole('columnheader', { name: '城市' });
  await city.getByRole('button').click();
  await expect(firstCity(page)).toHaveText('北京');
});

test('the map links every city to its profile', async ({ page }) => {
  await page.goto('/cities/');
  const map = page.locator('[data-city-map]');
  await expect(map.locator('a[data-city]')).toHaveCount(31 + 8);
  await map.locator('a[data-city="dalian"]').click();
  await page.waitForURL('**/cities/dalian/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('大连');
});

test('a profile shows its facts with sources, a highlighted chart and backlinks into the documents', async ({ page, request }) => {
  await page.goto('/cities/nanjing/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('南京');
  await expect(page.locator('.city-keyfacts')).toContainText('江苏省');
  await expect(page.locator('.city-keyfacts')).toContainText('〔原文未载〕');

  const execution = page.locator('tr[data-fact][data-metric="execution"]');
  await expect(execution.locator('td.num')).toHaveText('173.3 亿美元');
  const source = execution.getByRole('link', { name: /development-report-2019\.txt 第 3460 行/ });
  // The link opens the source viewer at that line.
  await expect(source).toHaveAttribute('href', '/sources/development-report-2019/#L3460');
  const response = await request.get('/sources/development-report-2019.txt');
  expect(response.status()).toBe(200);
  expect((await response.text()).split('\n')[3459]).toContain('173.3');

  // One highlighted bar in each drawing (for a column and for a phone).
  await expect(page.locator('#chart-top-execution-2019 .doc-figure__wide rect[data-highlight]')).toHaveCount(1);

  await execution.getByRole('link', { name: '原文位置' }).click();
  await page.waitForURL('**/reports/development-report-2019/ch4-cities/#overview');
  await expect(page.locator('#overview')).toBeVisible();
  await page.goBack();

  const backlinks = page.locator('[data-backlink]');
  await expect(backlinks).toHaveCount(CITY_MENTIONS_PREVIEW);
  await expect(backlinks.first().locator('mark').first()).toHaveText('南京');
  // The profile shows the newest passages; the full list is one link away.
  await page.locator('[data-all-mentions]').click();
  await page.waitForURL('**/cities/nanjing/mentions/');
  await expect(page.locator('[data-mention-count]')).toHaveAttribute('data-mention-count', /^\d+$/);
  const evaluation = page.locator('[data-backlink$="#evaluation-overall"]').first();
  await evaluation.getByRole('link').click();
  await page.waitForURL('**/ch4-cities/#evaluation-overall');
  await expect(page.locator('#evaluation-overall')).toBeInViewport();
});

test('a profile links to its province, region and circles', async ({ page }) => {
  await page.goto('/cities/hefei/');
  await page.locator('[data-province-link]').click();
  await page.waitForURL('**/regions/central/#province-anhui');
  await expect(page.locator('#province-anhui')).toBeInViewport();
  await expect(page.locator('#province-anhui').getByRole('link', { name: '合肥' })).toBeVisible();

  await page.goto('/cities/hefei/');
  await page.locator('[data-circle-link]', { hasText: '长三角' }).click();
  await page.waitForURL('**/circles/yangtze-river-delta/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('长三角');
  await expect(page.locator('[data-report-table="table-4-9"]')).toBeVisible();
});

test('a city the sources never mention says so plainly', async ({ page }) => {
  await page.goto('/cities/fuzhou/');
  await expect(page.locator('[data-no-facts]')).toHaveText('原文没有给出福州的任何数据或排名。');
  await expect(page.locator('[data-mention-count]')).toHaveText('本站发布的原文中没有出现“福州”。');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the cities table reads in full, without the filter controls', async ({ page }) => {
    await page.goto('/cities/');
    await expect(rows(page)).toHaveCount(31);
    await expect(visibleRows(page)).toHaveCount(31);
    await expect(page.locator('[data-city-filter]')).toBeHidden();
    await expect(page.getByRole('columnheader', { name: '执行额（亿美元）', exact: true }).getByRole('button')).toHaveCount(0);
  });
});

test('city, region and circle pages have no serious accessibility violations in their content', async ({ page }) => {
  // axe over 13 long pages takes minutes when the machine is shared; time is not what this test checks.
  test.setTimeout(300_000);
  const urls = [
    '/cities/',
    '/cities/beijing/',
    '/cities/hangzhou/',
    '/cities/fuzhou/',
    ...['east', 'central', 'west', 'northeast'].map((s) => `/regions/${s}/`),
    ...['yangtze-economic-belt', 'jing-jin-ji', 'yangtze-river-delta', 'greater-bay-area', 'middle-yangtze'].map((s) => `/circles/${s}/`),
  ];
  const report: string[] = [];
  for (const url of urls) {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).include('main').analyze();
    for (const v of results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
      report.push(`${url}: ${v.id}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`);
    }
  }
  expect(report, report.join('\n')).toEqual([]);
});
