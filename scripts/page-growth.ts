/**
 * Which pages grow with the corpus: compares the HTML size of every page path
 * that exists in two built sites (usually 1× and k× from
 * `npm run bench:scale -- 1 10 --keep`) and lists those that grew by more than
 * the allowed share (issue #15: a page's HTML is the same size whether the
 * site holds 5 or 500 documents, within 10 %).
 *
 *   npm run page:growth -- <dist1x> <distKx> [--limit=0.10]
 *
 * Exits 1 when any page grew past the limit.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const args = process.argv.slice(2);
const [small, large] = args.filter((a) => !a.startsWith('--'));
const limit = Number(args.find((a) => a.startsWith('--limit='))?.slice(8) ?? 0.1);
if (!small || !large || !existsSync(small) || !existsSync(large)) {
  console.error('Usage: npm run page:growth -- <dist1x> <distKx> [--limit=0.10]');
  process.exit(2);
}

function htmlSizes(root: string): Map<string, number> {
  const sizes = new Map<string, number>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) sizes.set(relative(root, path), statSync(path).size);
    }
  };
  walk(root);
  return sizes;
}

const a = htmlSizes(small);
const b = htmlSizes(large);
const grown = [...a]
  .filter(([path]) => b.has(path))
  .map(([path, before]) => ({ path, before, after: b.get(path)!, ratio: b.get(path)! / before }))
  .filter((row) => row.ratio > 1 + limit)
  .sort((x, y) => y.ratio - x.ratio);
const kb = (n: number) => (n / 1024).toFixed(1);
console.log(`page-growth: ${a.size} pages in ${small}, ${b.size} in ${large}, ${[...a.keys()].filter((p) => b.has(p)).length} in both`);
console.log('| page | 1× KB | k× KB | ratio |\n|---|---|---|---|');
for (const row of grown) console.log(`| /${row.path.replace(/index\.html$/, '')} | ${kb(row.before)} | ${kb(row.after)} | ${row.ratio.toFixed(2)}× |`);
console.log(grown.length ? `page-growth: ${grown.length} pages grew by more than ${limit * 100} %` : `page-growth: no page grew by more than ${limit * 100} %`);
process.exit(grown.length ? 1 : 0);
