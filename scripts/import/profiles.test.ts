/**
 * Every document's committed MDX is exactly what its import profile produces
 * from the source and its source map: the review decisions live in the
 * profiles, and `npm run import -- sources/<file> --write` would lose nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxFrontmatter } from '../../src/lib/import/mdx.ts';
import type { DocumentProfile } from '../../src/lib/import/profile.ts';
import { applySourceMap } from '../../src/lib/source-map.ts';
import { readSourceLines, readSourceMap } from '../../src/lib/source-map-fs.ts';

const ROOT = join(import.meta.dirname, '../..');
const documents = readdirSync(join(ROOT, 'src/content/documents'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe.each(documents)('import profile of %s', (document) => {
  it('reproduces the committed pages exactly', async () => {
    const profile = ((await import(`./profiles/${document}.ts`)) as { default: DocumentProfile }).default;
    const file = `${document}.txt`;
    const lines = readSourceLines(ROOT, file);
    const map = readSourceMap(ROOT, document)!;
    const pages = profile.pages({ document, file, lines, map, mapped: applySourceMap(map, lines) });
    const dir = join(ROOT, 'src/content/documents', document);
    const committed = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
    expect(pages.map((p) => `${p.slug}.mdx`).sort()).toEqual(committed);
    for (const page of pages) {
      expect(`${mdxFrontmatter(page.frontmatter)}\n${page.body}`, `${document}/${page.slug}.mdx`).toBe(
        readFileSync(join(dir, `${page.slug}.mdx`), 'utf8'),
      );
    }
  });
});
