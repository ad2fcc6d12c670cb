import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetKey, categorise, compareDists, formatReport, normalise } from './dist-compare.ts';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dist-compare-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('dist-compare', () => {
  it('names files by what they are to a reader', () => {
    expect(categorise('glossary/kpo/index.html')).toBe('pages');
    expect(categorise('data/development-report-2019/fig-1-1.csv')).toBe('downloads');
    expect(categorise('search-index/sections-0.json')).toBe('search index');
    expect(categorise('_astro/page.cNngjUgL.js')).toBe('assets');
    expect(assetKey('_astro/page.cNngjUgL.js')).toBe('_astro/page.[hash].js');
  });

  it('normalises asset hashes, CSP hashes and style scopes, nothing else', () => {
    const assets = new Set(['page.cNngjUgL.js']);
    const text = `<meta content="script-src 'sha256-AbC+/1=' 'self'"><script src="/_astro/page.cNngjUgL.js"></script><p class="astro-dqiqhnlk">1580.8</p>`;
    expect(normalise(text, assets)).toBe(`<meta content="script-src 'sha256-[hash]' 'self'"><script src="/_astro/page.[hash].js"></script><p class="astro-[scope1]">1580.8</p>`);
  });

  it('finds a changed page, a changed download, and pages on one side only; hashes alone are no difference', () => {
    const a = site({
      'index.html': '<script src="/_astro/page.AAAAAAAA.js"></script><p>1580.8</p>',
      'glossary/index.html': '<p>术语</p>',
      'old/index.html': '<p>旧</p>',
      'data/x/fig.csv': 'a,b\r\n1,2\r\n',
      '_astro/page.AAAAAAAA.js': 'console.log(1)',
    });
    const b = site({
      'index.html': '<script src="/_astro/page.BBBBBBBB.js"></script><p>1580.8</p>',
      'glossary/index.html': '<p>术语表</p>',
      'new/index.html': '<p>新</p>',
      'data/x/fig.csv': 'a,b\n1,2\n',
      '_astro/page.BBBBBBBB.js': 'console.log(1)',
    });
    const report = compareDists(a, b);
    expect(report.pages.same).toBe(1);
    expect(report.pages.differ.map((d) => d.path)).toEqual(['glossary/index.html']);
    expect(report.pages.onlyA).toEqual(['old/index.html']);
    expect(report.pages.onlyB).toEqual(['new/index.html']);
    expect(report.downloads.differ.map((d) => d.path)).toEqual(['data/x/fig.csv']);
    expect(report.assets.same).toBe(1);
    const { identical, lines } = formatReport(report);
    expect(identical).toBe(false);
    expect(lines[0]).toBe('pages: 4 compared, 1 same, 1 different, 1 only in A, 1 only in B');
    expect(formatReport(compareDists(a, a)).identical).toBe(true);
  });

  it('renames repository paths of page A when told how', () => {
    const a = site({ 'p/index.html': '<td data-number-from="src/data/city-areas/regions.json">1</td>' });
    const b = site({ 'p/index.html': '<td data-number-from="src/data/cities/areas/regions.json">1</td>' });
    expect(compareDists(a, b).pages.differ).toHaveLength(1);
    const rename = (p: string) => p.replace('src/data/city-areas/', 'src/data/cities/areas/');
    expect(compareDists(a, b, rename).pages.differ).toHaveLength(0);
  });
});
