import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

/** Every described document (src/data/documents/<id>.json): a document added by README's steps counts too. */
const DOCUMENTS = readdirSync(join(import.meta.dirname, '../../src/data/documents')).filter((n) => n.endsWith('.json')).length;

test('the reports index lists every document and each landing page explains itself', async ({ page }) => {
  expect(DOCUMENTS).toBeGreaterThanOrEqual(5);
  await page.goto('/reports/');
  const links = page.locator('.document-list h2 a');
  await expect(links).toHaveCount(DOCUMENTS);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { name: '目录' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '来源说明' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '如何引用' })).toBeVisible();
    await expect(page.locator('.doc-landing__citation')).toContainText('中国服务外包知识库');
    const chapters = page.locator('.doc-landing__contents a');
    expect(await chapters.count(), `${href} lists its pages`).toBeGreaterThan(0);
  }
});

test('a document page has its context, previous/next links and a source citation that resolves', async ({ page, request }) => {
  await page.goto('/reports/');
  await page.locator('.document-list h2 a').first().click();
  await page.locator('.doc-landing__contents a').first().click();
  await expect(page.locator('.doc-page__context a')).toBeVisible();
  const next = page.locator('.pagination-links a[rel="next"]');
  const prev = page.locator('.pagination-links a[rel="prev"]');
  await expect(prev).toBeVisible();
  expect(await next.count()).toBeLessThanOrEqual(1);
  const source = page.locator('.source-citation a[href^="/sources/"]');
  await expect(source).toHaveCount(1);
  // The citation opens the source viewer at the page's lines.
  const href = (await source.getAttribute('href'))!;
  expect(href).toMatch(/^\/sources\/[a-z0-9-]+\/#L\d+(-L\d+)?$/);
  const response = await request.get(href.split('#')[0]!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/html');
  await expect(page.locator('.source-citation')).toContainText(/第 \d+(–\d+)? 行/);
});

test('the errata overview leads to each document’s notes, and each note links to its place', async ({ page }) => {
  await page.goto('/reports/errata/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('勘误与编者注');
  // One row per document, not every note of the corpus.
  await expect(page.locator('.errata-list')).toHaveCount(0);
  await page.locator('.errata-summary a[href="/reports/errata/development-report-2019/"]').click();
  await expect(page).toHaveURL(/\/reports\/errata\/development-report-2019\/$/);
  const links = page.locator('.errata-list a');
  // count() does not wait: wait for the document's list before counting (the URL changes before its page is parsed).
  await expect(links.first()).toBeVisible();
  expect(await links.count()).toBeGreaterThan(0);
  const href = (await links.first().getAttribute('href'))!;
  await page.goto(href);
  const id = href.split('#')[1]!;
  await expect(page.locator(`[id="${id}"].editor-note`)).toBeVisible();
});

test('glossary terms in a document link to their entry, with a card on hover and on keyboard focus', async ({ page }) => {
  await page.goto('/reports/development-report-2019/ch1-structure/');
  const link = page.locator('.sl-markdown-content a.term-link[href="/glossary/kpo/"]').first();
  await expect(link).toHaveText('KPO');
  // One link per term and section: the next mention in the same section stays text.
  await link.hover();
  const card = page.locator('#term-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('知识流程外包');
  await page.mouse.move(0, 0);
  await expect(card).toBeHidden();
  await link.focus();
  await expect(card).toBeVisible();
  await expect(link).toHaveAttribute('aria-describedby', 'term-card');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  // Headings are never linked.
  await expect(page.locator('.sl-markdown-content h2 a.term-link, .sl-markdown-content h3 a.term-link')).toHaveCount(0);
});

test('a term card quotes the source and names it, or says 编者释义 as the entry page does', async ({ page }) => {
  await page.goto('/reports/development-report-2019/ch1-structure/');
  const card = page.locator('#term-card');
  const quoted = page.locator('.sl-markdown-content a.term-link[href="/glossary/kpo/"]').first();
  await quoted.focus();
  await expect(card.locator('.term-card__text')).toHaveText((await quoted.getAttribute('data-card-text'))!);
  const cite = card.locator('.term-card__cite a');
  await expect(cite).toHaveText(/^——《服务外包统计操作指引》第 \d+–\d+ 行$/);
  await expect(cite).toHaveAttribute('href', '/glossary/kpo/#definition');
  await expect(card.locator('.term-card__label')).toHaveCount(0);
  await page.keyboard.press('Escape');

  await page.goto('/reports/development-report-2019/ch1-overview/');
  const editorial = page.locator('.sl-markdown-content a.term-link[href="/glossary/contract-value/"]').first();
  await editorial.focus();
  await expect(card.locator('.term-card__label')).toHaveText('编者释义');
  await expect(card.locator('.term-card__cite')).toHaveCount(0);
  await page.goto('/glossary/contract-value/');
  await expect(page.locator('.glossary-definition__label')).toHaveText('编者释义');
});

test('chart marks show their value in a tip under the pointer', async ({ page }) => {
  await page.goto('/data/development-report-2019/fig-1-7/');
  const mark = page.locator('.doc-figure__chart [data-tip]').first();
  await expect(mark).toBeAttached();
  const text = await mark.getAttribute('data-tip');
  expect(text).toMatch(/：[\d.,]+/);
  await mark.hover({ force: true });
  await expect(page.locator('.chart-tip')).toHaveText(text!);
});
