import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPrinted } from '../../src/lib/charts/provenance.ts';
import { KEY_FIGURES_DOCUMENT, keyFigureSchema } from '../../src/lib/home/key-figures.ts';
import { readSourceLines } from '../../src/lib/provenance/source-map-fs.ts';

const ROOT = join(import.meta.dirname, '../..');
const figures = keyFigureSchema.array().parse(JSON.parse(readFileSync(join(ROOT, 'src/data/home/key-figures.json'), 'utf8')));

describe('home page key figures', () => {
  it('are 4 to 6, each printed at its cited line', () => {
    expect(figures.length).toBeGreaterThanOrEqual(4);
    expect(figures.length).toBeLessThanOrEqual(6);
    const lines = readSourceLines(ROOT, `${KEY_FIGURES_DOCUMENT}.txt`);
    expect(figures.flatMap((f) => checkPrinted({ line: f.line, text: f.value }, lines))).toEqual([]);
  });
  it('link to a page whose MDX holds the number in the cited section', () => {
    for (const f of figures) {
      const mdx = readFileSync(join(ROOT, 'src/content/documents', KEY_FIGURES_DOCUMENT, `${f.page}.mdx`), 'utf8');
      const start = mdx.indexOf(`{/* #${f.anchor} */}`);
      expect(start, `${f.page}#${f.anchor}`).toBeGreaterThan(-1);
      const next = mdx.slice(start + 1).search(/\n## /);
      const section = next === -1 ? mdx.slice(start) : mdx.slice(start, start + 1 + next);
      expect(section, `${f.label} in ${f.page}#${f.anchor}`).toContain(f.value);
    }
  });
});
