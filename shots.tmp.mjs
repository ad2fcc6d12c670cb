import { chromium } from '@playwright/test';
const CHROMIUM_ARGS = ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync"];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const pages = process.argv.slice(2);
for (const js of [true, false]) for (const w of [360, 1280]) {
  const ctx = await b.newContext({ viewport: { width: w, height: 900 }, javaScriptEnabled: js });
  const p = await ctx.newPage();
  for (const url of pages) {
    await p.goto('http://127.0.0.1:4513' + url);
    const det = p.locator('.catalogue-facets');
    if (await det.count()) await det.evaluate((d) => (d.open = true));
    const r = await p.evaluate(() => {
      const d = document.querySelector('.catalogue-facets');
      const next = [...document.querySelectorAll('[data-catalogue-filters], .document-list__item h2')].find((e) => e.getBoundingClientRect().height > 0);
      return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, gap: d && next ? Math.round(next.getBoundingClientRect().top - d.getBoundingClientRect().bottom) : null };
    });
    console.log(js ? 'js' : 'nojs', w, url, JSON.stringify(r));
    await p.screenshot({ path: `/work/wt/shots/nav-ui/${url.replace(/\//g, '_')}-${w}-${js ? 'js' : 'nojs'}.png`, fullPage: true });
  }
  await ctx.close();
}
await b.close();
