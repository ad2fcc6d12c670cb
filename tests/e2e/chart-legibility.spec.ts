/**
 * Every chart on every page, at a phone width (360 px) and a desktop width
 * (1280 px), in Chromium with the Chinese fonts installed: no chart text under
 * 11 px as rendered, no text box overlapping another, no text sticking out of
 * its chart. The pages are the built site's pages that contain a chart.
 */
import { readFileSync } from 'node:fs';
import { htmlFiles, pageUrlOf } from '../../src/lib/checks/built-site.ts';
import { measureCharts, type ChartMetrics, type ChartTextIssue } from '../support/chart-metrics.ts';
import { expect, test } from './fixtures.ts';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const MIN_PX = 11;
const chartPages = htmlFiles(DIST)
  .filter((file) => readFileSync(file, 'utf8').includes('class="plot-chart"'))
  .map((file) => pageUrlOf(DIST, file));

test('the Chinese fonts are installed, so text is measured at its real width', async ({ page }) => {
  await page.setContent('<span id="a" style="font-size:20px">服务外包</span>');
  const ok = await page.evaluate(() => document.fonts.check('20px "Noto Sans CJK SC"'));
  expect(ok, 'install Debian fonts-noto-cjk (apt-get install -y fonts-noto-cjk)').toBe(true);
});

for (const width of [360, 1280]) {
  test(`every chart reads at ${width} px: text ≥ ${MIN_PX} px, no overlaps, nothing cut off`, async ({ page }) => {
    test.setTimeout(300_000);
    expect(chartPages.length).toBeGreaterThan(50);
    await page.setViewportSize({ width, height: 900 });
    type Located = ChartTextIssue & { url: string };
    const total = { charts: 0, texts: 0, minPx: Infinity, small: [] as Located[], overlaps: [] as Located[], outside: [] as Located[] };
    const where = (url: string, list: ChartMetrics['small']): Located[] => list.map((x) => ({ url, ...x }));
    for (const url of chartPages) {
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const m = await page.evaluate(measureCharts, MIN_PX);
      total.charts += m.charts;
      total.texts += m.texts;
      total.minPx = Math.min(total.minPx, m.minPx);
      total.small.push(...where(url, m.small));
      total.overlaps.push(...where(url, m.overlaps));
      total.outside.push(...where(url, m.outside));
    }
    const pagesWithSmall = new Set(total.small.map((x) => x.url)).size;
    console.log(
      `charts at ${width} px: ${chartPages.length} pages, ${total.charts} SVGs, ${total.texts} text lines, smallest ${total.minPx.toFixed(1)} px, ` +
        `${total.small.length} lines under ${MIN_PX} px on ${pagesWithSmall} pages, ${total.overlaps.length} overlaps, ${total.outside.length} outside`,
    );
    expect(total.charts).toBeGreaterThan(100);
    expect(total.small.slice(0, 20), 'chart text under 11 px').toEqual([]);
    expect(total.overlaps.slice(0, 20), 'chart texts that overlap').toEqual([]);
    expect(total.outside.slice(0, 20), 'chart texts outside their chart').toEqual([]);
  });
}
