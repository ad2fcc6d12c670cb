/**
 * The listing pages as readers see them (issue #15): the catalogue, a
 * selection's list, the data and errata overviews, the cities overview, a
 * city's profile and its mentions list, at 360 and 1280 px, light and dark,
 * with the catalogue's link block opened: no horizontal overflow and no axe
 * violation of any impact.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const LISTING_PAGES = [
  '/reports/',
  '/reports/by/type/bao-gao/',
  '/reports/by/type/bao-gao/year/2019/',
  '/data/',
  '/reports/errata/',
  '/cities/',
  '/cities/beijing/',
  '/cities/beijing/mentions/',
  '/cities/beijing/mentions/page/2/',
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test.describe(`${width} px, ${colorScheme}`, () => {
      test.use({ colorScheme, viewport: { width, height: 900 } });
      // axe over nine pages is slow when the machine is shared; time is not what this test checks.
      test.setTimeout(180_000);

      test('listing pages fit the width and have no accessibility violations', async ({ page }) => {
        for (const url of LISTING_PAGES) {
          await page.goto(url);
          const block = page.locator('details.catalogue-facets');
          if (await block.count()) await block.evaluate((d) => ((d as HTMLDetailsElement).open = true));
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, url).toBeLessThanOrEqual(0);
          const results = await new AxeBuilder({ page }).analyze();
          const report = results.violations.map((v) => `${url}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
          expect(report, report.join('\n')).toEqual([]);
        }
      });
    });
  }
}
