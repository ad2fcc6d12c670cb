import { expect, test } from './fixtures.ts';

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

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the catalogue is the full list and breadcrumbs lead back from a document page', async ({ page }) => {
    await page.goto('/reports/?type=简报');
    await expect(page.locator('[data-catalogue-filters]')).toBeHidden();
    const links = page.locator('.document-list__item h2 a');
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    await expect(page.locator('.document-list__item:visible')).toHaveCount(await links.count());

    await links.first().click();
    await page.locator('.doc-landing__contents a').first().click();
    const crumbs = page.getByRole('navigation', { name: '面包屑导航' }).getByRole('link');
    await expect(crumbs).toHaveCount(3);
    await crumbs.nth(1).click();
    await expect(page).toHaveURL(/\/reports\/$/);
  });
});
