#!/usr/bin/env node
// Prints the bytes (raw and gzip) of the HTML, CSS and JS that pages of the
// built site load before any interaction: the page itself, its stylesheets,
// and its module scripts with their static imports. Usage:
//   npm run measure:weight [-- /path/ /other/path/]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = join(import.meta.dirname, '..', 'dist');
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/ has no build: run `npm run build` first.');
  process.exit(1);
}
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];

const fileOf = (url) => join(DIST, url.endsWith('/') ? `${url}index.html` : url);
const size = (buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length });

/** Static imports of an ES module (not dynamic import(), which loads on demand). */
function staticImports(code) {
  const found = new Set();
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) found.add(m[1]);
  return [...found];
}

function resolve(from, spec) {
  return new URL(spec, `http://x${from}`).pathname;
}

for (const page of pages) {
  const html = readFileSync(fileOf(page));
  const text = html.toString('utf8');
  const css = new Set();
  const js = new Set();
  for (const m of text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) css.add(m[1]);
  for (const m of text.matchAll(/<script[^>]+type="module"[^>]*src="([^"]+)"/g)) js.add(m[1]);
  const queue = [...js];
  while (queue.length) {
    const url = queue.shift();
    for (const spec of staticImports(readFileSync(fileOf(url), 'utf8'))) {
      const dep = resolve(url, spec);
      if (!js.has(dep)) {
        js.add(dep);
        queue.push(dep);
      }
    }
  }
  const inlineJs = [...text.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const total = (urls) => [...urls].map((u) => size(readFileSync(fileOf(u)))).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const h = size(html);
  const c = total(css);
  const j = total(js);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${page}`);
  console.log(`  HTML  ${kb(h.raw).padStart(9)} raw ${kb(h.gzip).padStart(9)} gzip  (inline CSS ${kb(inlineCss.length)}, inline JS ${kb(inlineJs.length)})`);
  console.log(`  CSS   ${kb(c.raw).padStart(9)} raw ${kb(c.gzip).padStart(9)} gzip  ${css.size} file(s)`);
  console.log(`  JS    ${kb(j.raw).padStart(9)} raw ${kb(j.gzip).padStart(9)} gzip  ${js.size} file(s)`);
}
