import { describe, expect, it } from 'vitest';
import { handEditedPages, sha256 } from './manifest.ts';

describe('handEditedPages', () => {
  const written = { 'a.mdx': sha256('A\n'), 'b.mdx': sha256('B\n') };
  it('accepts pages that are what the importer last wrote, even when the new import differs', () => {
    const existing = new Map([['a.mdx', 'A\n'], ['b.mdx', 'B\n']]);
    expect(handEditedPages(existing, written, new Map([['a.mdx', 'A2\n']]))).toEqual([]);
  });
  it('finds a page changed since the last import', () => {
    const existing = new Map([['a.mdx', 'A edited\n'], ['b.mdx', 'B\n']]);
    expect(handEditedPages(existing, written, new Map())).toEqual(['a.mdx']);
  });
  it('accepts a changed page that already equals the new import: nothing would be lost', () => {
    const existing = new Map([['a.mdx', 'A merged\n']]);
    expect(handEditedPages(existing, written, new Map([['a.mdx', 'A merged\n']]))).toEqual([]);
  });
  it('without a record, treats a page that differs from the new import as hand-written', () => {
    const existing = new Map([['a.mdx', 'A\n'], ['c.mdx', 'hand-written\n']]);
    expect(handEditedPages(existing, undefined, new Map([['a.mdx', 'A\n']]))).toEqual(['c.mdx']);
  });
});
