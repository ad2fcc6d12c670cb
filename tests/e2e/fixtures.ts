import { test as base, expect } from '@playwright/test';

/**
 * Every end-to-end test runs with two guards: the page may not log console
 * errors, and it may not request anything from outside the local server
 * (the site must work without network access beyond itself).
 */
export const test = base.extend<{ pageGuards: { consoleErrors: string[]; foreignRequests: string[] } }>({
  pageGuards: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
      });
      // Name the failing URL: Chromium's console message for a 404 does not.
      page.on('response', (response) => {
        if (response.status() >= 400) consoleErrors.push(`${page.url()}: HTTP ${response.status()} for ${response.url()}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        foreignRequests.push(url);
        return route.abort();
      });
      const guards = { consoleErrors, foreignRequests };
      await use(guards);
      expect(foreignRequests, 'requests that left the local server').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
