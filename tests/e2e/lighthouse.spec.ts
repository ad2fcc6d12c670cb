/**
 * Lighthouse (mobile profile) on the home page, a document page, a glossary
 * entry, a city profile and the search page, driving the same Chromium as the other tests.
 * Accessibility, best practices and SEO are deterministic and must be 100;
 * the performance score depends on this shared machine's load, so it is
 * printed (and reported in notes), not asserted.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, defaultCandidates, findChromium } from '../support/find-chromium.ts';
import { PAGE_TYPES } from '../page-types.ts';
import { expect, test } from './fixtures.ts';

const TARGETS = ['home', 'document page', 'glossary entry', 'city profile', 'search'] as const;

for (const type of TARGETS) {
  test(`Lighthouse: ${type}`, async ({ baseURL }) => {
    test.setTimeout(180_000);
    const chrome = await chromeLauncher.launch({
      chromePath: findChromium(defaultCandidates(() => chromium.executablePath())),
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    try {
      const url = new URL(PAGE_TYPES[type], baseURL).href;
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const categories = result!.lhr.categories;
      const scores = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
      console.log(`Lighthouse ${type} (${PAGE_TYPES[type]}): performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, SEO ${scores.seo}`);
      const failing = (id: string) =>
        Object.values(result!.lhr.audits)
          .filter((a) => categories[id]!.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score !== null && a.score < 1)
          .map((a) => `${a.id}: ${a.title}`);
      expect(scores.accessibility, failing('accessibility').join('\n')).toBe(100);
      expect(scores['best-practices'], failing('best-practices').join('\n')).toBe(100);
      expect(scores.seo, failing('seo').join('\n')).toBe(100);
    } finally {
      chrome.kill();
    }
  });
}
