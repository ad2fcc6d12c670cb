/**
 * Data out, as a researcher uses it: a "第 N 行" link lands on the highlighted
 * line in the source viewer, a range highlights every line of it, the
 * catalogue reads at 1280 and 360 px with each title's downloads beside it,
 * its filters work without JavaScript, and the servers label text as UTF-8.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

const VIEWER = '/sources/development-report-2019/';

test('a line range in the source viewer is highlighted and scrolled to', async ({ page }) => {
  await page.goto(`${VIEWER}#L2744-L2750`);
  const highlighted = page.locator('.source-text__line.is-highlighted');
  await expect(highlighted).toHaveCount(7);
  await expect(highlighted.first()).toHaveAttribute('id', 'L2744');
  await expect(highlighted.last()).toHaveAttribute('id', 'L2750');
  await expect(page.locator('#L2744')).toBeInViewport({ timeout: 15_000 });
  await expect(page.locator('#L2743')).not.toHaveClass(/is-highlighted/);
  // Following another range moves the highlight.
  await page.evaluate(() => (location.hash = '#L10-L11'));
  await expect(highlighted).toHaveCount(2);
});

test('without JavaScript a single cited line is still highlighted (CSS :target)', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(`${VIEWER}#L2748`);
  const background = (id: string) => page.locator(id).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background('#L2748')).not.toBe(await background('#L2747'));
  await expect(page.locator('#L2748')).toBeInViewport({ timeout: 15_000 });
  await context.close();
});

test('a chart’s 第 N 行 link opens the viewer at that line, and the range names the page that publishes it', async ({ page }) => {
  await page.goto('/reports/development-report-2019/ch4-regions/');
  const table = page.locator('[data-figure="table-4-1-chart"] details');
  await table.locator('summary').click();
  const link = table.getByRole('link', { name: '第 2695 行' }).first();
  await expect(link).toHaveAttribute('href', `${VIEWER}#L2695`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${VIEWER}#L2695$`));
  // The viewer of the longest source has 4,817 lines: give a loaded machine time to lay it out.
  await expect(page.locator('#L2695')).toBeInViewport({ timeout: 15_000 });
  await expect(page.locator('#L2695')).toContainText('1310.2');
  const where = page.locator('[data-published-range]').filter({ has: page.locator('a[href^="/reports/development-report-2019/ch4-regions/"]') });
  await expect(where.first()).toBeVisible();
});

for (const width of [1280, 360]) {
  test(`the data catalogue reads at ${width} px: no hidden columns, downloads beside each title`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    // The overviews' per-document tables fit too.
    for (const overview of ['/data/', '/reports/errata/']) {
      await page.goto(overview);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), overview).toBeLessThanOrEqual(0);
    }
    await page.goto('/data/development-report-2019/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const cards = page.locator('.data-card');
    expect(await cards.count()).toBeGreaterThan(60);
    for (const index of [0, 35, 70]) {
      const card = cards.nth(index);
      await card.scrollIntoViewIfNeeded();
      const title = await card.locator('.data-card__title').boundingBox();
      const csv = card.locator('[data-download="csv"]');
      if ((await csv.count()) === 0) continue;
      const box = (await csv.boundingBox())!;
      const cardBox = (await card.boundingBox())!;
      // Within the card, inside the window, and no lower than the line under the title.
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.x).toBeGreaterThanOrEqual(cardBox.x);
      expect(box.y).toBeLessThan(title!.y + title!.height + 40);
    }
  });
}

test('the data overview leads to each document’s catalogue, which filters by unit and completeness without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/data/');
  // One row per document, not every download of the corpus.
  await expect(page.locator('.data-card')).toHaveCount(0);
  const row = page.locator('.data-summary tr[data-doc="offshore-competitiveness-paper"]');
  await row.getByRole('link').click();
  await expect(page).toHaveURL(/\/data\/offshore-competitiveness-paper\/$/);
  const visible = page.locator('.data-card:visible');
  const all = await visible.count();
  expect(all).toBeGreaterThan(0);
  for (const doc of await visible.evaluateAll((els) => els.map((el) => el.getAttribute('data-doc')))) expect(doc).toBe('offshore-competitiveness-paper');
  await page.goto('/data/development-report-2019/');
  const total = await visible.count();
  await page.getByRole('radio', { name: '部分', exact: true }).check();
  const partial = await page.locator('.data-card[data-completeness="partial"]').count();
  await expect(visible).toHaveCount(partial);
  expect(partial).toBeLessThan(total);
  await page.getByRole('radio', { name: '完整', exact: true }).check();
  const complete = await visible.evaluateAll((els) => els.map((el) => el.getAttribute('data-completeness')));
  expect(complete.length).toBeGreaterThan(0);
  for (const completeness of complete) expect(completeness).toBe('full');
  await page.getByRole('radio', { name: '%', exact: true }).check();
  const units = await visible.evaluateAll((els) => els.map((el) => el.getAttribute('data-unit')));
  const percent = await page.locator('input[name="unit"]:checked').inputValue();
  for (const u of units) expect(u!.split(' ')).toContain(percent);
  await context.close();
});

test('source texts and CSV downloads are served as UTF-8, the CSV with a BOM', async ({ request }) => {
  const text = await request.get('/sources/development-report-2019.txt');
  expect(text.headers()['content-type']).toMatch(/^text\/plain;\s*charset=utf-8$/i);
  expect((await text.text()).split('\n')[2747]).toContain('东部地区 1310.2');
  const csv = await request.get('/data/development-report-2019/development-report-2019_table-4-1.csv');
  expect(csv.headers()['content-type']).toMatch(/^text\/csv;\s*charset=utf-8$/i);
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString('utf8').slice(1).split('\r\n')[0]).toBe('表格编号,分组,行,列,原文,数值,单位,来源文件,来源行,来源链接');
});

test('the source viewer has no serious accessibility violations and no overflow at 320 px', async ({ page }) => {
  // One link per line: axe walks hundreds of lines, slowly on a shared machine.
  test.setTimeout(180_000);
  await page.goto('/sources/offshore-competitiveness-paper/');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
