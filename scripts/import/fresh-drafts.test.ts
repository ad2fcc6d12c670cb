/**
 * Issue #14's targets for a document imported with no review file, asserted
 * over every committed document: its source, imported under a new name so
 * that nothing reviewed applies, must find the reviewed headings and
 * reproduce the reviewed paragraphs (npm run bench:import prints the same
 * scores with timings).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFT_TARGETS, parseMdxPage, scoreFreshDraft } from '../../src/lib/import/bench.ts';

const ROOT = join(import.meta.dirname, '../..');
const documents = readdirSync(join(ROOT, 'src/content/documents'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('the committed documents', () => {
  it('include at least the five sources, so that the targets below are measured on each of them', () => {
    expect(documents.length).toBeGreaterThanOrEqual(5);
  });
});

describe.each(documents)('a fresh draft of %s', (document) => {
  const dir = join(ROOT, 'src/content/documents', document);
  const reviewed = readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => parseMdxPage(n.replace(/\.mdx$/, ''), readFileSync(join(dir, n), 'utf8')));
  const score = scoreFreshDraft(document, readFileSync(join(ROOT, 'sources', `${document}.txt`), 'utf8'), reviewed);

  it(`finds at least ${DRAFT_TARGETS.recall * 100} % of the reviewed headings, at least ${DRAFT_TARGETS.precision * 100} % of its headings reviewed ones`, () => {
    expect(score.headings.reviewed).toBeGreaterThan(0);
    expect(score.headings.recall).toBeGreaterThanOrEqual(DRAFT_TARGETS.recall);
    expect(score.headings.precision).toBeGreaterThanOrEqual(DRAFT_TARGETS.precision);
  });

  it(`reproduces at least ${DRAFT_TARGETS.identicalParagraphs * 100} % of the reviewed paragraphs character for character`, () => {
    expect(score.paragraphs.reviewed).toBeGreaterThan(10);
    expect(score.paragraphs.share).toBeGreaterThanOrEqual(DRAFT_TARGETS.identicalParagraphs);
  });
});
