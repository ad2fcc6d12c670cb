/**
 * The golden test: every document's committed MDX is exactly what importing
 * its source produces, from its review file (src/data/documents/<document>/
 * review.yaml) through the one engine, or, for a document not yet migrated,
 * from its legacy profile. `npm run import -- sources/<file> --write` would
 * lose nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST, sha256 } from '../../src/lib/import/manifest.ts';
import { mdxFrontmatter } from '../../src/lib/import/mdx.ts';
import { importDocument } from './run.ts';

const ROOT = join(import.meta.dirname, '../..');
const documents = readdirSync(join(ROOT, 'src/content/documents'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe.each(documents)('import of %s', (document) => {
  it('reproduces the committed pages exactly', async () => {
    const file = `${document}.txt`;
    const result = await importDocument(ROOT, document, file, readFileSync(join(ROOT, 'sources', file), 'utf8'));
    expect(result.via, `${document} has neither a review file nor a profile`).not.toBe('draft');
    const dir = join(ROOT, 'src/content/documents', document);
    const committed = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
    expect(result.pages.map((p) => `${p.slug}.mdx`).sort()).toEqual(committed);
    const source = result.via === 'review' ? `src/data/documents/${document}/review.yaml` : `scripts/import/profiles/${document}.ts`;
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Record<string, string>;
    for (const page of result.pages) {
      const committed = readFileSync(join(dir, `${page.slug}.mdx`), 'utf8');
      const hint = `src/content/documents/${document}/${page.slug}.mdx is not what the importer makes from ${source}: generated pages are not edited by hand; put the change into ${source} and run npm run import -- sources/${file} --write`;
      expect(`${mdxFrontmatter(page.frontmatter)}\n${page.body}`, hint).toBe(committed);
      expect(manifest[`${page.slug}.mdx`], `${document}/${MANIFEST} does not record ${page.slug}.mdx as last written; re-run the import with --write`).toBe(sha256(committed));
    }
  });
});
