import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { handOff, passInFreshProcess } from './post-build.ts';
import { withPolicy } from '../lib/site/csp.ts';

const ROOT = join(import.meta.dirname, '../..');
const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>页</title></head><body>${body}</body></html>`;

let scratch = '';
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = '';
});

/**
 * Stands in for Astro's command line (a script named astro.mjs run with `build`): it makes the
 * hand-over the integrations make in `astro:build:done` (`handOffs`, a JavaScript expression of
 * [key, value] pairs), then exits with `exitCode` as Astro does. Returns what the process printed
 * and its exit code, which is the continuation's when the build succeeded.
 */
function astroBuild(dist: string, handOffs: string, exitCode = 0) {
  const cli = join(scratch, 'astro.mjs');
  writeFileSync(
    cli,
    [
      `import { handOff } from ${JSON.stringify(join(ROOT, 'src/integrations/post-build.ts'))};`,
      `for (const [key, value] of ${handOffs}) if (!handOff(${JSON.stringify(dist)}, key, value, ${JSON.stringify(ROOT)})) throw new Error('not handed over');`,
      `console.log('Astro is done');`,
      `process.exit(${exitCode});`,
    ].join('\n'),
  );
  const run = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, POST_BUILD_IN_PROCESS: '' }, timeout: 120_000 });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

function site(pages: Record<string, string>): string {
  scratch = mkdtempSync(join(tmpdir(), 'post-build-'));
  const dist = join(scratch, 'dist');
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), html);
  }
  return dist;
}

const ALL = `[['build-stages', { stages: [{ name: 'bundling and rendering', ms: 60000, cpuMs: 90000, peakRss: 2 ** 32, heapUsed: 2 ** 30 }], ms: 61000 }], ['content-security-policy', true], ['link-check', true], ['site-checks', []], ['search-index', true], ['site-url', true]]`;

describe('the page pass in a fresh process after `astro build`', { timeout: 120_000 }, () => {
  it('runs only from Astro’s command line: in tests and other callers the pass stays in the process', () => {
    expect(passInFreshProcess()).toBe(false);
    expect(handOff('/nowhere', 'link-check', true)).toBe(false);
  });

  it('continues a successful build: every check and the search index, then the SITE_URL warning last', () => {
    const dist = site({ '': page('<main><h1 id="_top">首页</h1><p>服务外包知识库。</p><a href="/a/">甲</a></main>'), a: page('<main><h1 id="_top">甲</h1><h2 id="x">离岸外包</h2><p>服务外包产业。</p><a href="/#_top">首页</a></main>') });
    const { status, out } = astroBuild(dist, ALL);
    expect(status, out).toBe(0);
    expect(out).toMatch(/^Astro is done\n/);
    expect(out).toMatch(/\[content-security-policy\] 2 pages carry a Content Security Policy/);
    expect(out).toMatch(/\[link-check\] \d+ internal links checked, none broken/);
    expect(out).toMatch(/\[site-checks\] 2 pages valid HTML with rectangular tables \(0 validated while rendering\)/);
    expect(out).toMatch(/\[build-stages-end\] page pass and search index \(fresh process\) [\d.]+ s/);
    // The build's total adds Astro's stages, handed over, to this process's.
    expect(out).toMatch(/\[build-stages-end\] total [\d.]+ s \([\d.]+ s CPU\), peak 4096 MB resident: bundling and rendering 60\.0 s \(90\.0 s CPU, peak 4096 MB\), page pass and search index \(fresh process\)/);
    expect(out.trimEnd()).toMatch(/SITE_URL is not set[\s\S]*!{78}$/);
    // One section on the home page; on /a/ the part before its h2 is empty, then the h2's.
    expect(out).toMatch(/\[search-index\] 2 sections indexed in 1 shard/);
    expect(JSON.parse(readFileSync(join(dist, 'search-index/lexicon.json'), 'utf8')).sections).toBe(2);
    // The policy is written into the pages by the pass.
    expect(readFileSync(join(dist, 'a/index.html'), 'utf8')).toMatch(/<meta http-equiv="content-security-policy"/i);
  });

  it('fails `astro build` on a broken link, with the link-check message and its fix', () => {
    const dist = site({ 'a': page('<a href="/no-such-page/">甲</a>') });
    const { status, out } = astroBuild(dist, ALL);
    expect(status).toBe(1);
    expect(out).toMatch(/\[ERROR\] \[link-check\] link check: 1 problem\(s\) in the content\n {2}the page \/a\/: the link \/no-such-page\/: no such page\n {4}Fix: Correct the link to an existing page, or add the page\./);
    expect(existsSync(join(dist, 'search-index'))).toBe(false);
  });

  it('uses what html-validate found while Astro rendered a page, and validates a page it did not see', () => {
    const seen = withPolicy(page('<p>甲</p>'));
    const digest = createHash('sha1').update(seen).digest('base64');
    const dist = site({ a: seen, b: page('<p id="y">乙</p><p id="y">丙</p>') });
    const found = JSON.stringify([[digest, [{ line: 1, message: 'found while rendering', ruleId: 'some-rule' }]]]);
    const { status, out } = astroBuild(dist, ALL.replace(`['site-checks', []]`, `['site-checks', ${found}]`));
    expect(status).toBe(1);
    // /a/ was not validated again: its finding is the one handed over.
    expect(out).toContain('invalid HTML on /a/ (line 1 of the built page): found while rendering [some-rule]');
    expect(out).toMatch(/invalid HTML on \/b\/ \(line \d+ of the built page\): Duplicate ID "y" \[no-dup-id\]\n {4}Fix: Give the heading/);
  });

  it('leaves a failed build as it is: no pass, the failure’s exit code', () => {
    const dist = site({ '': page('<a href="/no-such-page/">甲</a>') });
    const { status, out } = astroBuild(dist, ALL, 3);
    expect(status).toBe(3);
    expect(out).not.toContain('[link-check]');
  });
});
