import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlFiles, loadDocument, requireBuild, urlOf } from './built-pages.ts';

beforeAll(requireBuild);

/** Resolves a site-internal URL to its built file, or undefined. */
function builtFile(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/') ? [join(DIST, decoded, 'index.html')] : [join(DIST, decoded), join(DIST, decoded, 'index.html')];
  return candidates.find(existsSync);
}

describe('internal links of document pages and the errata page', () => {
  it('resolve, anchors included', () => {
    const files = [...htmlFiles(join(DIST, 'reports'))];
    const idsByFile = new Map<string, Set<string>>();
    const ids = (file: string) => {
      if (!idsByFile.has(file)) {
        idsByFile.set(file, new Set([...loadDocument(file).querySelectorAll('[id]')].map((el) => el.getAttribute('id')!)));
      }
      return idsByFile.get(file)!;
    };
    const problems: string[] = [];
    let checked = 0;
    for (const file of files) {
      const page = urlOf(file);
      for (const a of loadDocument(file).querySelectorAll('main a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://site${page}`);
        const target = url.pathname === page && href.startsWith('#') ? file : builtFile(url.pathname);
        checked++;
        if (!target) problems.push(`${page}: link ${href} has no page`);
        else if (url.hash && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) {
          problems.push(`${page}: link ${href}: no element with that id`);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
