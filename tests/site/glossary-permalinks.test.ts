/**
 * Every glossary URL and anchor ever published (src/data/glossary/urls/permalinks.txt)
 * must still resolve in the built site: the page exists, the anchor is on it,
 * and a redirect page leads to a page and anchor that exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT, loadDocument, requireBuild } from './built-pages.ts';
import { PERMALINKS_FILE } from '../../src/lib/glossary/glossary-fs.ts';
import { parsePermalinks } from '../../src/lib/glossary/glossary.ts';

beforeAll(requireBuild);

const permalinks = parsePermalinks(readFileSync(join(ROOT, PERMALINKS_FILE), 'utf8'));

/** The built file for a site path; Chinese paths are stored as they are. */
function fileFor(path: string): string {
  const decoded = decodeURIComponent(path);
  return decoded.endsWith('/') ? join(DIST, decoded, 'index.html') : join(DIST, decoded);
}

const documents = new Map<string, Document>();
function page(path: string): Document {
  if (!documents.has(path)) documents.set(path, loadDocument(fileFor(path)));
  return documents.get(path)!;
}

/** Follows a redirect page (meta refresh) to its target URL, if the page is one. */
function redirectTarget(path: string): string | undefined {
  const refresh = page(path).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  return refresh ? /url=(.+)$/i.exec(refresh)?.[1] : undefined;
}

/** Problems with one URL: missing page, missing anchor, broken redirect. */
function check(url: string, hops = 0): string[] {
  const [path, anchor] = url.split('#') as [string, string | undefined];
  if (!existsSync(fileFor(path))) return [`${url}: no page ${fileFor(path).slice(DIST.length)}`];
  if (path.endsWith('.json')) return [];
  const target = redirectTarget(path);
  if (target) {
    if (hops > 3) return [`${url}: redirect loop`];
    if (anchor) return [`${url}: an anchor on a redirect page cannot resolve`];
    return check(target, hops + 1).map((p) => `${url} → ${p}`);
  }
  if (anchor && !page(path).getElementById(decodeURIComponent(anchor))) return [`${url}: no element with id “${anchor}”`];
  return [];
}

describe('glossary permalinks', () => {
  it('are listed (the list is never emptied)', () => {
    expect(permalinks.length).toBeGreaterThan(300);
    expect(permalinks).toContain('/glossary/ito/');
    expect(permalinks).toContain('/glossary/i11/#i11-t1');
    expect(permalinks).toContain('/glossary/disputed-cases/#labour-dispatch');
  });

  it('all resolve in the built site, anchors included', () => {
    const problems = permalinks.flatMap((url) => check(url));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('include every glossary page that was built', () => {
    const listed = new Set(permalinks.map((u) => u.split('#')[0]));
    const built = JSON.parse(readFileSync(join(DIST, 'glossary.json'), 'utf8')) as {
      entries: { path: string }[];
      redirects: { path: string }[];
    };
    const missing = [...built.entries, ...built.redirects].map((e) => e.path).filter((p) => !listed.has(p));
    expect(missing).toEqual([]);
  });
});
