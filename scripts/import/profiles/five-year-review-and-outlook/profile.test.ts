/**
 * Checks of this document's import profile (that it reproduces the committed
 * MDX is checked for every document in scripts/import/profiles.test.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySourceMap } from '../../../../src/lib/source-map.ts';
import { readSourceLines, readSourceMap } from '../../../../src/lib/source-map-fs.ts';
import profile from '../five-year-review-and-outlook.ts';

const ROOT = join(import.meta.dirname, '../../../..');
const DOCUMENT = 'five-year-review-and-outlook';
const FILE = `${DOCUMENT}.txt`;

describe(`import profile of ${DOCUMENT}`, () => {
  const lines = readSourceLines(ROOT, FILE);
  const map = readSourceMap(ROOT, DOCUMENT)!;
  const pages = profile.pages({ document: DOCUMENT, file: FILE, lines, map, mapped: applySourceMap(map, lines) });

  it('covers the source lines without gaps or overlaps', () => {
    const ranges = pages.filter((p) => p.slug !== 'index').map((p) => p.frontmatter.source.lines);
    expect(ranges[0]![0]).toBe(1);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]![1]);
    expect(ranges.at(-1)![1]).toBe(949);
  });

  it('publishes 12 figures and 8 footnotes, each once', () => {
    const all = pages.map((p) => p.body).join('\n');
    const figures = [...all.matchAll(/<Figure id="(fig-1-\d+)">/g)].map((m) => m[1]);
    expect(figures).toEqual(Array.from({ length: 12 }, (_, i) => `fig-1-${i + 1}`));
    expect([...all.matchAll(/^\[\^fn\d+\]: /gm)]).toHaveLength(8);
    expect(all).not.toMatch(/[\u0001\u0002\uE000-\uF8FF]/);
  });
});
