import { expect, test } from './fixtures.ts';

/** Collects the page's Content Security Policy violations (a blocked script, style or wasm compile). */
async function watchViolations(page: import('@playwright/test').Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
    });
  });
}
const violations = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

test('every page type runs under its Content Security Policy without a violation', async ({ page }) => {
  await watchViolations(page);
  for (const url of ['/', '/reports/development-report-2019/ch1-overview/', '/glossary/', '/glossary/ito/', '/cities/', '/regions/east/', '/data/development-report-2019/fig-1-1/', '/404.html']) {
    await page.goto(url);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    expect(await violations(page), url).toEqual([]);
  }
});

test('the policy is in force: a script injected into the page does not run', async ({ page, pageGuards }) => {
  await page.goto('/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  // Chromium reports the blocked script as a console error: here it is the expected outcome, not a fault.
  const blocked = pageGuards.consoleErrors.filter((e) => e.includes('violates the following Content Security Policy directive'));
  expect(blocked).toHaveLength(1);
  pageGuards.consoleErrors.splice(0, pageGuards.consoleErrors.length, ...pageGuards.consoleErrors.filter((e) => !blocked.includes(e)));
});

test('search (Pagefind’s WebAssembly) works under the policy, on the search page and in the header dialog', async ({ page }) => {
  await watchViolations(page);
  await page.goto('/search/?q=' + encodeURIComponent('离岸服务外包'));
  await page.waitForFunction(() => document.querySelector<HTMLElement>('main search-panel')?.dataset.shownQuery === '离岸服务外包');
  expect(await page.locator('main [data-search-results] > li > a').count()).toBeGreaterThan(0);
  expect(await violations(page)).toEqual([]);
  await page.goto('/glossary/');
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toBeVisible();
  await dialog.locator('input').first().fill('服务外包');
  await expect(dialog.locator('[data-search-results] > li > a').first()).toBeVisible({ timeout: 15_000 });
  expect(await violations(page)).toEqual([]);
});
