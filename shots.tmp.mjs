import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
const CHROMIUM_ARGS = ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync"];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const pages = process.argv.slice(2);
for (const scheme of ['light', 'dark']) for (const w of [360, 1280]) {
  const ctx = await b.newContext({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  const p = await ctx.newPage();
  for (const url of pages) {
    await p.goto('http://127.0.0.1:4513' + url);
    const det = p.locator('details.catalogue-facets');
    if (await det.count()) await det.evaluate((d) => (d.open = true));
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const axe = await new AxeBuilder({ page: p }).analyze();
    const v = axe.violations.map((x) => `${x.id}(${x.impact}):${x.nodes.length}:${x.nodes.slice(0,2).map(n=>n.target.join(' ')).join(',')}`);
    console.log(scheme, w, url, 'overflow', overflow, 'axe', v.join(' | ') || 'clean');
    await p.screenshot({ path: `/work/wt/shots/nav-ui/${url.replace(/\//g, '_')}-${w}-${scheme}.png`, fullPage: true });
  }
  await ctx.close();
}
await b.close();
