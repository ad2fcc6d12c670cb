/**
 * Compares two built sites (dist/ folders): which pages exist, what each page
 * says, the downloads, the search index, the assets. Pure apart from reading
 * the two folders; scripts/compare-dist.ts prints the result.
 *
 * Only what a build renames for reasons a reader never sees is normalised:
 * the content hash in asset names (_astro/page.cNngjUgL.js) and, because the
 * inline scripts can name those assets, the sha256 sources of each page's
 * Content Security Policy, and Astro's style-scope ids (astro-dqiqhnlk), which
 * hash the component's file path. The inline scripts themselves are still
 * compared, as part of the page. With a renaming of repository paths (the
 * relayout's rules), the paths of the data files in page A are renamed before
 * comparing (data-number-from="src/data/…" names the file a person edits).
 * Everything else must match byte for byte; downloads are never normalised.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

export type Category = 'pages' | 'downloads' | 'search index' | 'assets' | 'other';
export const CATEGORIES: Category[] = ['pages', 'downloads', 'search index', 'assets', 'other'];

export interface Difference { path: string; detail: string }
export interface CategoryReport { same: number; differ: Difference[]; onlyA: string[]; onlyB: string[] }
export type Report = Record<Category, CategoryReport>;

/** What a built file is to a reader. */
export function categorise(path: string): Category {
  if (path.startsWith('_astro/')) return 'assets';
  if (path.startsWith('search-index/') || path.startsWith('pagefind/')) return 'search index';
  if (path.endsWith('.html')) return 'pages';
  if (/\.(csv|json|txt)$/.test(path) && /^(data|indicators|sources)\/|^glossary\.json$/.test(path)) return 'downloads';
  return 'other';
}

/** An asset's hash-free name: "_astro/page.cNngjUgL.js" → "_astro/page.[hash].js". */
export function assetKey(path: string): string {
  return path.replace(/\.[A-Za-z0-9_-]{5,12}(\.(?:js|css|mjs|woff2?|svg|png|jpe?g|webp|avif|wasm))$/, '.[hash]$1');
}

/**
 * The text with hashed asset names and CSP hashes replaced by placeholders.
 * `assets` lists the asset file names (basenames) of the build the text comes
 * from, so only real asset names are touched.
 */
export function normalise(text: string, assets: ReadonlySet<string>, renamePath?: (path: string) => string): string {
  let out = text.replace(/'sha(256|384|512)-[A-Za-z0-9+/=]+'/g, "'sha$1-[hash]'");
  // Astro's style scopes hash the component's file path: number them in order of appearance.
  const scopes = new Map<string, string>();
  out = out.replace(/\b(astro-cid-|astro-)([a-z0-9]{8})\b/g, (_m, prefix: string, id: string) => {
    if (!scopes.has(id)) scopes.set(id, `[scope${scopes.size + 1}]`);
    return prefix + scopes.get(id)!;
  });
  // Repository paths (data-number-from="src/data/…"), when the caller knows how they were renamed.
  if (renamePath) out = out.replace(/(?<![\w./-])(?:src|scripts|tests)\/[A-Za-z0-9_\-./[\]@]*/g, (path) => renamePath(path));
  if (assets.size > 0) {
    out = out.replace(/[\w.\-[\]@]+\.[A-Za-z0-9_-]{5,12}\.(?:js|css|mjs|woff2?|svg|png|jpe?g|webp|avif|wasm)/g, (name) =>
      assets.has(name) ? posix.basename(assetKey(`_astro/${name}`)) : name,
    );
  }
  return out;
}

/** Where two texts first differ, with some context from each. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 40);
  const show = (s: string) => JSON.stringify(s.slice(from, i + 80));
  return `at character ${i}: ${show(a)} vs ${show(b)}`;
}

export function listFiles(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, rel));
    else out.push(rel);
  }
  return out.sort();
}

const TEXT = /\.(html|css|js|mjs|json|csv|txt|xml|svg)$/;

/** Compares two built sites. */
export function compareDists(a: string, b: string, renamePath?: (path: string) => string): Report {
  const filesA = listFiles(a);
  const filesB = listFiles(b);
  const assetsOf = (files: string[]) => new Set(files.filter((f) => f.startsWith('_astro/')).map((f) => posix.basename(f)));
  const assetsA = assetsOf(filesA);
  const assetsB = assetsOf(filesB);
  const keyOf = (f: string) => (f.startsWith('_astro/') ? assetKey(f) : f);
  const byKeyA = new Map(filesA.map((f) => [keyOf(f), f]));
  const byKeyB = new Map(filesB.map((f) => [keyOf(f), f]));

  const report = Object.fromEntries(CATEGORIES.map((c) => [c, { same: 0, differ: [], onlyA: [], onlyB: [] }])) as unknown as Report;
  for (const [key, fa] of byKeyA) {
    const part = report[categorise(key)];
    const fb = byKeyB.get(key);
    if (fb === undefined) {
      part.onlyA.push(fa);
      continue;
    }
    const bytesA = readFileSync(join(a, fa));
    const bytesB = readFileSync(join(b, fb));
    if (bytesA.equals(bytesB)) {
      part.same++;
      continue;
    }
    // Downloads must be byte-identical: a CSV opened in Excel is the bytes.
    if (!TEXT.test(key) || categorise(key) === 'downloads') {
      part.differ.push({ path: key, detail: TEXT.test(key) ? firstDifference(bytesA.toString('utf8'), bytesB.toString('utf8')) : `${bytesA.length} vs ${bytesB.length} bytes` });
      continue;
    }
    const textA = normalise(bytesA.toString('utf8'), assetsA, renamePath);
    const textB = normalise(bytesB.toString('utf8'), assetsB);
    if (textA === textB) part.same++;
    else part.differ.push({ path: key, detail: firstDifference(textA, textB) });
  }
  for (const [key, fb] of byKeyB) if (!byKeyA.has(key)) report[categorise(key)].onlyB.push(fb);
  return report;
}

/** The report as lines of text, and whether the two sites are the same. */
export function formatReport(report: Report, limit = 20): { lines: string[]; identical: boolean } {
  const lines: string[] = [];
  let identical = true;
  for (const c of CATEGORIES) {
    const r = report[c];
    const total = r.same + r.differ.length + r.onlyA.length + r.onlyB.length;
    lines.push(`${c}: ${total} compared, ${r.same} same, ${r.differ.length} different, ${r.onlyA.length} only in A, ${r.onlyB.length} only in B`);
    if (r.differ.length + r.onlyA.length + r.onlyB.length > 0) identical = false;
    for (const d of r.differ.slice(0, limit)) lines.push(`  differs: ${d.path} ${d.detail}`);
    for (const p of r.onlyA.slice(0, limit)) lines.push(`  only in A: ${p}`);
    for (const p of r.onlyB.slice(0, limit)) lines.push(`  only in B: ${p}`);
    const shown = Math.min(limit, r.differ.length) + Math.min(limit, r.onlyA.length) + Math.min(limit, r.onlyB.length);
    const all = r.differ.length + r.onlyA.length + r.onlyB.length;
    if (all > shown) lines.push(`  … and ${all - shown} more`);
  }
  return { lines, identical };
}
