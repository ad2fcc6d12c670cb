#!/usr/bin/env node
/**
 * npm run bench:scale -- <k> [<k> …]
 *
 * For each k, builds a corpus of k copies of the documents in a temporary
 * folder (.bench-scale/, removed afterwards) (copy 1 is the repository's own documents; copies 2…k are every
 * document folder, its source text, metadata and chart data under a new id,
 * <id>-x<n>) and prints what the site costs at that size: pages, build time,
 * peak memory, dist/ bytes and files, the search index's bytes and files,
 * the HTML of a document page and of the home page, and the bytes and time of
 * a cold first search for a common and a rare term, run in Chromium against
 * the build served by nginx with deploy/nginx/knowledge-base.conf.
 *
 * The last line is a JSON array with one object per k. Nothing is asserted:
 * targets are read from the numbers (README.md, Deployment).
 *
 * Options: --keep keeps the temporary folders; --common=<term> --rare=<term>;
 * --max-mb=<n> stops a build whose processes together hold more than n MB.
 * Run it niced on a shared machine: nice npm run bench:scale -- 1 10
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { htmlFiles, pageUrlOf } from '../src/lib/checks/built-site.ts';
import { CHROMIUM_ARGS, defaultCandidates, findChromium } from '../tests/support/find-chromium.ts';
import { startNginx } from '../tests/support/nginx.ts';
import { bytesByKind, runSiteSearch, type FetchedFile } from '../tests/search/benchmark.ts';
import { memoryCurve, sampleTreeMemory } from './lib/process-memory.ts';

const ROOT = join(import.meta.dirname, '..');
/** Not part of a corpus: installed packages, outputs, history. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', 'test-results', '.git', '.bench-scale']);
/**
 * The corpora live in a temporary folder inside the repository (git-ignored,
 * removed after each run) so that Node and Vite find the packages in the
 * repository's node_modules by their usual upward lookup; a symlinked
 * node_modules in /tmp confuses Astro's compiler cache.
 */
const SCRATCH = join(ROOT, '.bench-scale');
/** A page every corpus has (the first document's first chapter page), and the home page. */
const DOC_PAGE = 'reports/development-report-2019/ch1-overview/index.html';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const KEEP = args.includes('--keep');
const MAX_MB = Number(option('max-mb', '0'));
const COMMON = option('common', '服务外包');
const RARE = option('rare', '劳务派遣');
const ks = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (ks.length === 0 || ks.some((k) => k < 1)) {
  console.error('Usage: npm run bench:scale -- <k> [<k> …]   (k ≥ 1 copies of the documents), e.g. npm run bench:scale -- 1 10');
  process.exit(2);
}
const PORT = Number(process.env.BENCH_PORT ?? 4455);

interface Row {
  k: number;
  pages: number;
  build_s: number;
  peak_mb: number;
  dist_mb: number;
  files: number;
  index_kb: number;
  index_files: number;
  doc_page_kb: number;
  home_kb: number;
  first_query_kb_common: number;
  first_query_kb_rare: number;
  first_query_ms_common: number;
  first_query_ms_rare: number;
}

/** Bytes and count of the files under a folder. */
function tree(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = tree(path);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}

/** Copies a text file, giving the document its new id wherever the old one stands (folder, links, source file, data). */
function copyRenamed(from: string, to: string, id: string, newId: string) {
  writeFileSync(to, readFileSync(from, 'utf8').replaceAll(id, newId));
}

function copyFolderRenamed(from: string, to: string, id: string, newId: string) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) copyFolderRenamed(join(from, entry.name), join(to, entry.name), id, newId);
    else copyRenamed(join(from, entry.name), join(to, entry.name), id, newId);
  }
}

/** A copy of the repository with k copies of every document. */
function makeCorpus(k: number): string {
  mkdirSync(SCRATCH, { recursive: true });
  const dir = mkdtempSync(join(SCRATCH, `${k}x-`));
  for (const entry of readdirSync(ROOT)) if (!NOT_COPIED.has(entry)) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  const content = join(dir, 'src/content/documents');
  const ids = readdirSync(content, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
    .map((e) => e.name);
  // The copies are the same texts under new names: the manifest of source hashes lists them as such.
  const manifestFile = join(dir, 'src/data/provenance/source-hashes.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
  const dataKinds = readdirSync(join(dir, 'src/data'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  for (let n = 2; n <= k; n++) {
    for (const id of ids) {
      const newId = `${id}-x${n}`;
      copyFolderRenamed(join(content, id), join(content, newId), id, newId);
      const meta = JSON.parse(readFileSync(join(dir, 'src/data/documents', `${id}.json`), 'utf8')) as { file: string };
      // Everything kept per document under src/data/ (its record, charts, source maps …), under the new id.
      for (const kind of dataKinds) {
        const folder = join(dir, 'src/data', kind);
        if (existsSync(join(folder, id))) copyFolderRenamed(join(folder, id), join(folder, newId), id, newId);
        if (existsSync(join(folder, `${id}.json`))) copyRenamed(join(folder, `${id}.json`), join(folder, `${newId}.json`), id, newId);
      }
      const source = join(dir, 'sources', meta.file);
      cpSync(source, join(dir, 'sources', meta.file.replaceAll(id, newId)));
      if (manifest[meta.file]) manifest[meta.file.replaceAll(id, newId)] = manifest[meta.file];
    }
  }
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

/**
 * Runs `npm run build` (which runs `astro build`: every check and the search index, see
 * src/integrations/post-build.ts) under GNU time, as a deployment builds; wall seconds, CPU seconds, peak resident memory of the whole process tree (sampled
 * every second: Astro and every child, such as Pagefind's indexer) and of its largest process (GNU
 * time), the memory curve (written to memory.tsv beside build.log), and the build's link count.
 */
function build(dir: string): Promise<{ seconds: number; cpuSeconds: number; peakMb: number; largestMb: number; curve: string; linksChecked: number; log: string }> {
  const logFile = join(dir, 'build.log');
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn('/usr/bin/time', ['-v', 'npm', 'run', 'build'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    // On a shared machine a build must not take the memory of everything else: --max-mb stops it.
    let stopped = '';
    const stop = (pids: number[]) => {
      stopped ||= `stopped at ${Math.round((Date.now() - started) / 1000)} s: its processes held more than ${MAX_MB} MB (--max-mb)`;
      for (const pid of pids.reverse()) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already ended.
        }
      }
    };
    const memory = sampleTreeMemory(child.pid!, 1000, MAX_MB ? { mb: MAX_MB, then: stop } : undefined);
    let log = '';
    child.stdout.on('data', (c) => (log += c));
    child.stderr.on('data', (c) => (log += c));
    child.on('exit', (code) => {
      const { samples, peakMb } = memory.stop();
      writeFileSync(join(dir, 'memory.tsv'), `s\ttree_mb\tlargest_mb\tprocesses\n${samples.map((x) => `${x.s}\t${x.mb}\t${x.largestMb}\t${x.processes}`).join('\n')}\n`);
      writeFileSync(logFile, log);
      if (code !== 0) return reject(new Error(`npm run build ${stopped || `failed (exit ${code})`} in ${dir}; peak ${peakMb} MB; memory over time: ${memoryCurve(samples)}; log: ${logFile}\n${log.split('\n').slice(-30).join('\n')}`));
      const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(log)?.[1] ?? NaN);
      const links = Number(/(\d+) internal links checked/.exec(log)?.[1] ?? NaN);
      // CPU time (user + system) depends less on what else the machine runs than wall time does.
      const cpu = ['User', 'System'].reduce((sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(log)?.[1] ?? NaN), 0);
      resolvePromise({ seconds: (Date.now() - started) / 1000, cpuSeconds: cpu, peakMb: Math.max(peakMb, rss / 1024), largestMb: rss / 1024, curve: memoryCurve(samples), linksChecked: links, log: logFile });
    });
  });
}

/** A cold first query (fresh browser context, engine loaded, no index chunk fetched yet) through nginx. */
async function firstQuery(dist: string, q: string): Promise<{ kb: number; ms: number; requests: FetchedFile[] }> {
  const server = await startNginx(dist, PORT);
  const browser = await chromium.launch({ executablePath: findChromium(defaultCandidates(() => chromium.executablePath())), args: CHROMIUM_ARGS });
  try {
    const [result] = await runSiteSearch(browser, server.url, [{ q }]);
    if (!result || result.urls.length === 0) throw new Error(`the search for ${q} found nothing in ${dist}`);
    return { kb: result.bytes / 1024, ms: result.ms, requests: result.requests };
  } finally {
    await browser.close();
    await server.stop();
  }
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Where a first query's bytes went: by kind of file, and which later shards it opened (the first
 * shard's metadata is loaded with the engine, before the query).
 */
function breakdown(requests: readonly FetchedFile[]): string {
  const shards = [...new Set(requests.map((r) => /\/shard-(\d+)\//.exec(r.path)?.[1]).filter(Boolean))];
  const kinds = bytesByKind(requests).map((k) => `${k.kind} ${round(k.bytes / 1024)} KB${k.files > 1 ? ` (${k.files})` : ''}`);
  return `${kinds.join(', ')}; later shards opened: ${shards.length ? shards.join(' ') : 'none'}`;
}
const rows: Row[] = [];
for (const k of ks) {
  const dir = makeCorpus(k);
  console.log(`\n=== ${k}×: corpus in ${dir}, building …`);
  try {
    const { seconds, cpuSeconds, peakMb, largestMb, curve, linksChecked, log } = await build(dir);
    const dist = join(dir, 'dist');
    const all = tree(dist);
    const index = tree(join(dist, 'search-index'));
    const stock = tree(join(dist, 'pagefind'));
    // Index pages (a city's mentions, a term's 出现在 list, the catalogue) grow with what they index: show the largest.
    const largest = htmlFiles(dist)
      .map((file) => ({ url: pageUrlOf(dist, file), kb: statSync(file).size / 1024 }))
      .sort((a, b) => b.kb - a.kb)
      .slice(0, 3);
    const common = await firstQuery(dist, COMMON);
    const rare = await firstQuery(dist, RARE);
    const row: Row = {
      k,
      pages: htmlFiles(dist).length,
      build_s: round(seconds),
      peak_mb: Math.round(peakMb),
      dist_mb: round(all.bytes / 2 ** 20),
      files: all.files,
      index_kb: Math.round(index.bytes / 1024),
      index_files: index.files,
      doc_page_kb: round(statSync(join(dist, DOC_PAGE)).size / 1024),
      home_kb: round(statSync(join(dist, 'index.html')).size / 1024),
      first_query_kb_common: round(common.kb),
      first_query_kb_rare: round(rare.kb),
      first_query_ms_common: Math.round(common.ms),
      first_query_ms_rare: Math.round(rare.ms),
    };
    rows.push(row);
    console.log(
      [
        `${k}×: ${row.pages} pages built in ${row.build_s} s (${round(cpuSeconds)} s of CPU), peak memory ${row.peak_mb} MB of all its processes together (largest single process ${Math.round(largestMb)} MB) (build log: ${log})`,
        `  memory over time (all processes): ${curve}`,
        `  dist/ ${row.dist_mb} MB in ${row.files} files${stock.files ? ` (of which dist/pagefind/: ${round(stock.bytes / 2 ** 20)} MB, ${stock.files} files)` : ''}; ${linksChecked} internal links checked`,
        `  search index: ${row.index_kb} KB in ${row.index_files} files`,
        `  largest pages: ${largest.map((p) => `${p.url} ${round(p.kb)} KB`).join(', ')}`,
        `  HTML: ${DOC_PAGE.replace(/index\.html$/, '')} ${row.doc_page_kb} KB, home ${row.home_kb} KB`,
        `  first query, cold: “${COMMON}” ${row.first_query_kb_common} KB in ${row.first_query_ms_common} ms; “${RARE}” ${row.first_query_kb_rare} KB in ${row.first_query_ms_rare} ms`,
        `    “${COMMON}”: ${breakdown(common.requests)}`,
        `    “${RARE}”: ${breakdown(rare.requests)}`,
      ].join('\n'),
    );
  } finally {
    if (!KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

const header = Object.keys(rows[0]!) as (keyof Row)[];
console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${header.map((key) => row[key]).join(' | ')} |`);
// The issue's targets, read against the smallest corpus measured (printed, not asserted: the machine is shared).
const base = rows[0]!;
const ratio = (key: keyof Row, row: Row) => `${round(row[key] / base[key], 2)}×`;
for (const row of rows.slice(1)) {
  console.log(
    `${row.k}× vs ${base.k}×: document page ${ratio('doc_page_kb', row)}, home ${ratio('home_kb', row)} (target ≤ 1.1×); ` +
      `first query ${ratio('first_query_kb_common', row)} / ${ratio('first_query_kb_rare', row)} (target ≤ 1.5×); ` +
      `build ${ratio('build_s', row)}, peak memory ${ratio('peak_mb', row)} for ${ratio('pages', row)} the pages; ${row.files} files (Cloudflare Pages: ≤ 20,000)`,
  );
}
console.log(JSON.stringify(rows));
