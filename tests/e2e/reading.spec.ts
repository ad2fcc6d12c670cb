/**
 * Reading on every screen and on paper: Chinese typography, tables, touch
 * cards, glossary entry layout, tab titles and print. Run in Chromium with the
 * Chinese fonts installed (chart-legibility.spec.ts checks that they are).
 */
import { expect, test } from './fixtures.ts';

const CHAPTER = '/reports/development-report-2019/ch1-structure/';
const TABLE_PAGE = '/reports/development-report-2019/ch4-regions/';

test('Chinese text: quotation marks and the ellipsis take a full em, headings are moderate', async ({ page }) => {
  await page.goto(CHAPTER);
  await page.evaluate(() => document.fonts.ready);
  const widths = await page.evaluate(() => {
    const p = document.querySelector('.sl-markdown-content > .doc-page > p:not(.doc-page__context)')!;
    const probe = (text: string) => {
      const span = document.createElement('span');
      span.textContent = text;
      p.append(span);
      const width = span.getBoundingClientRect().width;
      span.remove();
      return width;
    };
    // Between Han characters, where no punctuation kerning applies.
    const between = (mark: string) => probe(`服${mark}服`) - 2 * probe('服');
    return { em: parseFloat(getComputedStyle(p).fontSize), han: probe('服'), quote: between('“'), close: between('”'), ellipsis: between('…') };
  });
  // A Latin face sets “ at about 0.35 em; the CJK face at 1 em like a Han character.
  expect(widths.quote).toBeCloseTo(widths.han, 0);
  expect(widths.close).toBeCloseTo(widths.han, 0);
  expect(widths.ellipsis).toBeCloseTo(widths.han, 0);
  const family = await page.locator('body').evaluate((b) => getComputedStyle(b).fontFamily);
  for (const name of ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC']) expect(family).toContain(name);
  await page.setViewportSize({ width: 1280, height: 900 });
  const h2 = page.locator('.sl-markdown-content h2').first();
  const size = await h2.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  expect(size).toBeLessThanOrEqual(26);
  expect(size).toBeGreaterThan(widths.em * 1.2);
});

test('the browser tab names the document as well as the section', async ({ page }) => {
  await page.goto(CHAPTER);
  await expect(page).toHaveTitle('第二节 产业结构 · 中国服务外包发展报告2019 | 中国服务外包知识库');
  await page.goto('/reports/development-report-2019/');
  await expect(page).toHaveTitle(/^中国服务外包发展报告2019 \| /);
});

test('the contents list of a landing page does not number its numbered titles again', async ({ page }) => {
  await page.goto('/reports/development-report-2019/');
  const styles = await page.locator('.doc-landing__contents li').evaluateAll((items) => items.map((li) => getComputedStyle(li).listStyleType));
  expect(styles.length).toBeGreaterThan(5);
  expect(new Set(styles)).toEqual(new Set(['none']));
});

test('number tables: numbers right-aligned in tabular figures, row labels stay in view, a fade cue while there is more', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(TABLE_PAGE);
  const box = page.locator('#table-4-1');
  const cell = box.locator('tbody tr').first().locator('td').nth(1);
  await expect(cell).toHaveText('1310.2');
  expect(await cell.evaluate((c) => [getComputedStyle(c).textAlign, getComputedStyle(c).fontVariantNumeric])).toEqual(['end', 'tabular-nums']);
  await expect(box.locator('thead th').nth(1)).toHaveClass(/num/);
  // The row labels are not squeezed into two lines ("东部地/区").
  const label = box.locator('tbody tr').first().locator('td').first();
  const lineHeight = await label.evaluate((c) => parseFloat(getComputedStyle(c).lineHeight));
  expect((await label.boundingBox())!.height).toBeLessThan(lineHeight * 1.5 + 32);
  // The box scrolls, the fade shows at the start and is gone at the end, and the label column stays put.
  const state = () =>
    box.evaluate((el) => ({
      overflow: el.scrollWidth > el.clientWidth + 1,
      mask: getComputedStyle(el).maskImage,
      labelLeft: el.querySelector('tbody td')!.getBoundingClientRect().left,
    }));
  const before = await state();
  expect(before.overflow).toBe(true);
  // The scroll timeline updates on the next frames.
  await expect.poll(async () => (await state()).mask).toMatch(/rgb\(0, 0, 0\) (48px|3rem)/);
  await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await expect.poll(async () => (await state()).mask).toMatch(/rgb\(0, 0, 0\) 0px|none/);
  const after = await state();
  expect(after.labelLeft).toBeCloseTo(before.labelLeft, 0);
});

test('the cities table names every column once, with units', async ({ page }) => {
  await page.goto('/cities/');
  const headers = await page.locator('[data-city-table] thead th').allInnerTexts();
  const names = headers.map((h) => h.replace(/[↑↓\s]/g, ''));
  expect(new Set(names).size).toBe(names.length);
  expect(names).toContain('执行额（亿美元）');
  expect(names).toContain('离岸执行额（亿美元）');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
  test('the first tap on a term shows its card with a link to the entry; a second tap follows the link', async ({ page }) => {
    await page.goto(CHAPTER);
    const link = page.locator('.sl-markdown-content a.term-link[href="/glossary/kpo/"]').first();
    await link.tap();
    const card = page.locator('#term-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText('知识流程外包');
    await expect(card.getByRole('link', { name: '查看词条 →' })).toHaveAttribute('href', /\/glossary\/kpo\/$/);
    expect(new URL(page.url()).pathname).toBe(CHAPTER);
    await link.tap();
    await page.waitForURL('**/glossary/kpo/');
  });
});

test('a glossary entry gives its permalink, copy buttons and citation right after the definition', async ({ page }) => {
  await page.goto('/glossary/offshore-outsourcing/');
  const definition = await page.locator('#definition').boundingBox();
  const cite = await page.locator('.glossary-cite').boundingBox();
  const next = await page.locator('.glossary-entry h2').nth(2).boundingBox();
  expect(cite!.y).toBeGreaterThan(definition!.y);
  expect(cite!.y).toBeLessThan(next!.y);
  expect(cite!.y).toBeLessThan(1200);
  const citation = page.locator('.glossary-cite__citation');
  // GB/T 7714: [EB/OL], then the date of citing, filled in with the reader's date.
  await expect(citation).toContainText(/离岸外包\[EB\/OL\]\. \[\d{4}-\d{2}-\d{2}\]\. https:\/\//);
  const body = await page.locator('.glossary-definition p').first().evaluate((p) => getComputedStyle(p).fontFamily);
  expect(await citation.evaluate((c) => getComputedStyle(c).fontFamily)).toBe(body);
  for (const button of await page.locator('.glossary-cite button').all()) {
    const b = (await button.boundingBox())!;
    expect(b.width).toBeGreaterThanOrEqual(24);
    expect(b.height).toBeGreaterThanOrEqual(24);
  }
});

test('without JavaScript the citation says where the date of citing goes', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/glossary/offshore-outsourcing/');
  await expect(page.locator('.glossary-cite__citation')).toContainText('[EB/OL]. [引用日期]. https://');
  await context.close();
});

test('the A–Z jump links of the glossary are targets of at least 24 × 24 px', async ({ page }) => {
  await page.goto('/glossary/');
  const boxes = await page.locator('.glossary-letters a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes.length).toBeGreaterThan(10);
  for (const b of boxes) {
    expect(b.width).toBeGreaterThanOrEqual(24);
    expect(b.height).toBeGreaterThanOrEqual(24);
  }
});

test.describe('print', () => {
  test('internal links print as text, external ones with their address; figures and tables stay whole; header rows repeat', async ({ page }) => {
    await page.goto(TABLE_PAGE);
    await page.emulateMedia({ media: 'print' });
    const link = page.locator('.sl-markdown-content a.term-link, .sl-markdown-content a.city-link').first();
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
    expect(await page.locator('#table-4-1').evaluate((t) => getComputedStyle(t).breakInside)).toBe('avoid');
    expect(await page.locator('.doc-figure').first().evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
    expect(await page.locator('#table-4-1 thead').evaluate((t) => getComputedStyle(t).display)).toBe('table-header-group');
    expect(await page.locator('.sl-markdown-content p').first().evaluate((p) => [getComputedStyle(p).orphans, getComputedStyle(p).widows])).toEqual(['3', '3']);
    // Paper gets the column drawing of each chart, not the phone drawing.
    await expect(page.locator('.doc-figure__wide svg').first()).toBeVisible();
    await expect(page.locator('.doc-figure__narrow svg').first()).toBeHidden();
  });
});
