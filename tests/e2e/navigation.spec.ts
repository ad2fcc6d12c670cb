import { expect, test } from './fixtures.ts';
import { CATALOGUE_PAGE_SIZE } from '../../src/lib/documents/catalogue.ts';

test('the catalogue filters documents by type, year and publisher, and keeps the choice in the URL', async ({ page }) => {
  await page.goto('/reports/');
  const form = page.locator('[data-catalogue-filters]');
  await expect(form).toBeVisible();
  const items = page.locator('.document-list__item');
  const total = await items.count();
  expect(total).toBeGreaterThanOrEqual(5);
  await expect(page.locator('[data-catalogue-count]')).toHaveText(`共 ${total} 份文档`);

  // Pick the first type that not every document has, so the filter visibly narrows the list.
  const types = await items.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.type!));
  const type = types.find((t) => types.filter((x) => x === t).length < types.length)!;
  await form.locator('select[name="type"]').selectOption(type);
  const shown = page.locator('.document-list__item:visible');
  const expected = types.filter((t) => t === type).length;
  await expect(shown).toHaveCount(expected);
  for (const t of await shown.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.type))) expect(t).toBe(type);
  await expect(page.locator('[data-catalogue-count]')).toHaveText(`显示 ${expected} 份，共 ${total} 份文档`);
  expect(new URL(page.url()).searchParams.get('type')).toBe(type);

  // The filtered list can be linked: the query restores it.
  const year = await shown.first().getAttribute('data-year');
  await form.locator('select[name="year"]').selectOption(year!);
  await page.reload();
  // The filtered list comes from the catalogue data, fetched after the page loads.
  await expect(page.locator('[data-catalogue-count]')).toHaveText(/^显示 \d+ 份，共 \d+ 份文档$/);
  await expect(form.locator('select[name="type"]')).toHaveValue(type);
  await expect(form.locator('select[name="year"]')).toHaveValue(year!);
  for (const li of await page.locator('.document-list__item:visible').all()) {
    await expect(li).toHaveAttribute('data-type', type);
    await expect(li).toHaveAttribute('data-year', year!);
  }

  await form.getByRole('button', { name: '清除筛选' }).click();
  await expect(shown).toHaveCount(total);
  expect(new URL(page.url()).search).toBe('');
});

test('the catalogue fetches its data only when a reader filters, and filters the whole catalogue, not the page', async ({ page }) => {
  // A synthetic catalogue of 500 documents in place of the site's: the page lists its first ten, the filter finds every match.
  const types = ['报告', '简报', '论文'];
  const synthetic = Array.from({ length: 500 }, (_, i) => ({
    id: `doc-${i}`,
    title: `合成文档 ${i}`,
    url: `/reports/doc-${i}/`,
    type: types[i % 3]!,
    year: 2025 - (i % 8),
    publisher: i % 2 ? '商务部' : '中国服务外包研究中心',
    date: String(2025 - (i % 8)),
    pageCount: 3,
    summary: `第 ${i} 份合成文档的摘要。`,
  }));
  const fetched: string[] = [];
  await page.route('**/reports/catalogue.json', (route) => {
    fetched.push(route.request().url());
    return route.fulfill({ json: synthetic });
  });
  await page.goto('/reports/');
  const form = page.locator('[data-catalogue-filters]');
  await expect(form).toBeVisible();
  const pageRows = await page.locator('.document-list__item').count();
  expect(fetched, 'the unfiltered page needs no catalogue data').toHaveLength(0);

  // The options are the site's own (报告, 简报 …); the matches come from the synthetic catalogue.
  const type = await form.locator('select[name="type"] option').nth(1).getAttribute('value');
  await form.locator('select[name="type"]').selectOption(type!);
  const expected = synthetic.filter((d) => d.type === type).length;
  await expect(page.locator('.document-list__item')).toHaveCount(expected);
  await expect(page.locator('[data-catalogue-count]')).toHaveText(`显示 ${expected} 份，共 500 份文档`);
  await expect(page.locator('[data-catalogue-pager]')).toBeHidden();
  expect(fetched).toHaveLength(1);

  // A linked filter (?type=…&year=…) lists every match of the whole catalogue on any page of it.
  await page.goto(`/reports/?type=${encodeURIComponent('简报')}&year=2019`);
  const both = synthetic.filter((d) => d.type === '简报' && d.year === 2019);
  expect(both.length).toBeGreaterThan(CATALOGUE_PAGE_SIZE);
  await expect(page.locator('[data-catalogue-count]')).toHaveText(`显示 ${both.length} 份，共 500 份文档`);
  await expect(page.locator('.document-list__item')).toHaveCount(both.length);
  for (const li of await page.locator('.document-list__item').all()) {
    await expect(li).toHaveAttribute('data-type', '简报');
    await expect(li).toHaveAttribute('data-year', '2019');
  }

  // A linked value beyond the menus' most used ones (here one the site does not have) is checked
  // against the catalogue data and added to its menu.
  await page.goto(`/reports/?publisher=${encodeURIComponent('商务部')}`);
  const byMinistry = synthetic.filter((d) => d.publisher === '商务部');
  await expect(page.locator('[data-catalogue-count]')).toHaveText(`显示 ${byMinistry.length} 份，共 500 份文档`);
  await expect(form.locator('select[name="publisher"]')).toHaveValue('商务部');
  await expect(form.locator('select[name="publisher"] option[value="商务部"]')).toHaveText(`商务部（${byMinistry.length}）`);

  // Clearing brings back the page's own rows and its pager.
  await form.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.locator('.document-list__item')).toHaveCount(pageRows);
  expect(new URL(page.url()).search).toBe('');

  // An old link to a document's entry on the single-page catalogue leads to the page that now lists it
  // (a page the synthetic catalogue has and the site does not: answered here).
  const target = `/reports/page/${Math.floor(137 / CATALOGUE_PAGE_SIZE) + 1}/`;
  await page.route(`**${target}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="zh-CN"><title>目录</title></html>' }));
  await page.goto('/reports/#doc-137');
  await expect(page).toHaveURL(new RegExp(`${target}#doc-137$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the catalogue is the full list and breadcrumbs lead back from a document page', async ({ page }) => {
    await page.goto('/reports/?type=简报');
    await expect(page.locator('[data-catalogue-filters]')).toBeHidden();
    const links = page.locator('.document-list__item h2 a');
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    await expect(page.locator('.document-list__item:visible')).toHaveCount(await links.count());

    // The filters are links to each value's own list.
    await page.locator('.catalogue-facets summary').click();
    const briefs = page.locator('.catalogue-facets a', { hasText: /^简报（\d+）$/ });
    const count = Number(/（(\d+)）/.exec((await briefs.textContent())!)![1]);
    await briefs.click();
    await expect(page).toHaveURL(/\/reports\/by\/type\/jian-bao\/$/);
    await expect(page.locator('.document-list__item')).toHaveCount(Math.min(count, CATALOGUE_PAGE_SIZE));
    for (const li of await page.locator('.document-list__item').all()) await expect(li).toHaveAttribute('data-type', '简报');
    await page.goBack();

    await links.first().click();
    await page.locator('.doc-landing__contents a').first().click();
    const crumbs = page.getByRole('navigation', { name: '面包屑导航' }).getByRole('link');
    await expect(crumbs).toHaveCount(3);
    await crumbs.nth(1).click();
    await expect(page).toHaveURL(/\/reports\/$/);
  });
});

/** Space between the opened link block and what follows it (the filter menus, or the first document's title). */
async function gapBelowFacets(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(() => {
    const block = document.querySelector('.catalogue-facets')!.getBoundingClientRect();
    const next = [...document.querySelectorAll('[data-catalogue-filters], .document-list__item h2')].find((e) => e.getBoundingClientRect().height > 0)!;
    return next.getBoundingClientRect().top - block.bottom;
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled, viewport: { width: 360, height: 800 } });

    test('at 360 px the opened browse block keeps a line of space above what follows it', async ({ page }) => {
      for (const url of ['/reports/', '/reports/by/type/bao-gao/']) {
        await page.goto(url);
        const summary = page.locator('.catalogue-facets summary');
        if (!(await page.locator('.catalogue-facets').evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click();
        await expect(page.locator('.catalogue-facets__facet').first()).toBeVisible();
        // Noto CJK at the body size: 1rem is 16 px; the content's usual space between blocks.
        expect(await gapBelowFacets(page), url).toBeGreaterThanOrEqual(12);
      }
    });
  });
}

test.describe('without JavaScript, filters combine', () => {
  test.use({ javaScriptEnabled: false });

  test('type, then year, then publisher narrow the list, by keyboard, and each choice can be dropped', async ({ page }) => {
    await page.goto('/reports/');
    // Open the block and follow the first type by keyboard.
    await page.locator('.catalogue-facets summary').focus();
    await page.keyboard.press('Enter');
    const type = page.locator('.catalogue-facets__facet[data-facet="type"] a').filter({ hasText: /^报告（\d+）$/ });
    await type.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/reports\/by\/type\/bao-gao\/$/);
    const years = page.locator('.catalogue-facets__facet[data-facet="year"] a:not(.catalogue-facets__more)');
    const year = (/^(\d{4})/.exec((await years.first().textContent())!) ?? [])[1]!;
    await years.first().click();
    await expect(page).toHaveURL(new RegExp(`/reports/by/type/bao-gao/year/${year}/$`));
    await expect(page.locator('h1')).toHaveText(`报告与资料：报告，${year} 年`);
    for (const li of await page.locator('.document-list__item').all()) {
      await expect(li).toHaveAttribute('data-type', '报告');
      await expect(li).toHaveAttribute('data-year', year);
    }
    // The year's own value is marked; other years within 报告 are offered to switch to.
    await expect(page.locator(`.catalogue-facets__facet[data-facet="year"] a[aria-current]`)).toHaveText(new RegExp(`^${year}（`));
    const publisher = page.locator('.catalogue-facets__facet[data-facet="publisher"] a').first();
    const name = (await publisher.textContent())!.replace(/（\d+）$/, '');
    await publisher.click();
    await expect(page).toHaveURL(new RegExp(`/reports/by/type/bao-gao/year/${year}/publisher/[a-z0-9-]+/$`));
    for (const li of await page.locator('.document-list__item').all()) await expect(li).toHaveAttribute('data-publisher', name);
    await expect(page.locator('.catalogue-facets__chosen li')).toHaveCount(3);

    // Dropping the type keeps the year and the publisher.
    await page.getByRole('link', { name: '取消“报告”' }).click();
    await expect(page).toHaveURL(new RegExp(`/reports/by/year/${year}/publisher/[a-z0-9-]+/$`));
    await expect(page.locator('.catalogue-facets__chosen li')).toHaveCount(2);
  });
});
