/**
 * Routes stay thin and tables of contents stay generated (issue 13): a page
 * file picks data and a view; the views' headings make the TOC
 * (src/components/navigation/TocPage.astro), so no page or view writes a TOC by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));

describe('routes', () => {
  it('are at most 150 lines each', () => {
    const long = files('src/pages', /\.(astro|ts)$/)
      .map((file) => [file, readFileSync(join(ROOT, file), 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 150);
    expect(long).toEqual([]);
  });
  it('hand no table of contents to Starlight: TocPage makes it from the rendered headings', () => {
    const handWritten = [...files('src/pages', /\.astro$/), ...files('src/components', /\.astro$/)]
      .filter((file) => file !== 'src/components/navigation/TocPage.astro')
      .filter((file) => /\bheadings=\{(?!stripFootnoteNumbers\()/.test(readFileSync(join(ROOT, file), 'utf8')));
    // The document route passes the headings Astro collected from the MDX itself.
    expect(handWritten).toEqual([]);
  });
});
