import { describe, expect, it } from 'vitest';
import { checkLink, resolvePath } from './link-check.ts';

const files = new Set(['/index.html', '/glossary/i11/index.html', '/glossary/信息技术外包/index.html', '/sources/a.txt']);
const exists = (f: string) => files.has(f);
const ids = (f: string) => new Set(f === '/glossary/i11/index.html' ? ['i11-t1'] : []);

describe('link checking', () => {
  it('resolves directory paths, files and percent-encoded Chinese paths', () => {
    expect(resolvePath('/glossary/i11/', exists)).toBe('/glossary/i11/index.html');
    expect(resolvePath('/sources/a.txt', exists)).toBe('/sources/a.txt');
    expect(resolvePath('/glossary/%E4%BF%A1%E6%81%AF%E6%8A%80%E6%9C%AF%E5%A4%96%E5%8C%85/', exists)).toBe('/glossary/信息技术外包/index.html');
    expect(resolvePath('/nope/', exists)).toBeUndefined();
  });
  it('accepts good links and names the page and link of a broken one', () => {
    expect(checkLink('/', '/glossary/i11/#i11-t1', exists, ids)).toBeUndefined();
    expect(checkLink('/', 'https://example.org/', exists, ids)).toBeUndefined();
    expect(checkLink('/', '/glossary/i12/', exists, ids)).toEqual({ page: '/', link: '/glossary/i12/', problem: 'no such page' });
    expect(checkLink('/', '/glossary/i11/#i11-t9', exists, ids)).toEqual({
      page: '/',
      link: '/glossary/i11/#i11-t9',
      problem: 'no element with id “i11-t9”',
    });
  });
  it('checks same-page anchors against the page itself', () => {
    expect(checkLink('/glossary/i11/', '#i11-t1', exists, ids)).toBeUndefined();
    expect(checkLink('/glossary/i11/', '#gone', exists, ids)?.problem).toBe('no element with id “gone”');
  });
  it('resolves a source line range when both its lines exist', () => {
    const viewer = new Set([...files, '/sources/a/index.html']);
    const lines = (f: string) => new Set(f === '/sources/a/index.html' ? ['L1', 'L2', 'L3'] : []);
    expect(checkLink('/', '/sources/a/#L1-L3', (f) => viewer.has(f), lines)).toBeUndefined();
    expect(checkLink('/', '/sources/a/#L2-L9', (f) => viewer.has(f), lines)?.problem).toBe('no element with id “L2-L9”');
  });
  it('checks Starlight’s #_top like any id: only the HTML-defined #top needs no element', () => {
    expect(checkLink('/', '#_top', exists, ids)?.problem).toBe('no element with id “_top”');
    expect(checkLink('/', '#top', exists, ids)).toBeUndefined();
  });
});
