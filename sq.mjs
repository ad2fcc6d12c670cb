import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage();
p.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
for (const q of process.argv.slice(2)) {
  const t0 = Date.now();
  await p.goto('http://127.0.0.1:4500/search/?q=' + encodeURIComponent(q));
  await p.waitForFunction(() => { const s = document.querySelector('[data-search-status]'); return s && s.textContent && !s.textContent.includes('正在'); }, null, { timeout: 15000 }).catch(() => {});
  const status = await p.locator('[data-search-status]').textContent();
  const links = await p.locator('[data-search-results] > li > a').evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute('href').split('?')[0]));
  console.log(q, '|', status, '|', Date.now() - t0, 'ms |', links.join(' '));
}
await b.close();
