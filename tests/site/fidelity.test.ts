import { beforeAll, describe, expect, it } from 'vitest';
import { checkFidelity, isFaithful } from '../../src/lib/provenance/fidelity.ts';
import { applySourceMap } from '../../src/lib/provenance/source-map.ts';
import { readDocumentDescriptions } from '../../src/lib/documents/descriptions-fs.ts';
import { readSourceLines, readSourceMap } from '../../src/lib/provenance/source-map-fs.ts';
import { documentPages, publishedText, requireBuild, ROOT } from './built-pages.ts';

const documents = readDocumentDescriptions(ROOT);

const summary: string[] = [];

beforeAll(requireBuild);

describe.each(documents)('fidelity of $id', ({ id, file }) => {
  it('publishes every sentence of the source once, in order', () => {
    const map = readSourceMap(ROOT, id);
    expect(map, `${id} has no source map: src/data/documents/${id}/review.yaml (or src/data/source-maps/${id}.json) is missing`).toBeDefined();
    const pages = documentPages(id);
    expect(pages.length, `no built pages under dist/reports/${id}/`).toBeGreaterThan(0);
    const mapped = applySourceMap(map!, readSourceLines(ROOT, file));
    const report = checkFidelity(mapped, publishedText(pages));
    const line =
      `${id}: ${pages.length} pages, ${report.sentences} sentences, ${report.inOrder} in order ` +
      `(${(report.coverage * 100).toFixed(2)} %), ${report.footnotes.total} footnotes, ${report.tables.length} tables, ` +
      `${mapped.dropped.length} furniture lines dropped`;
    summary.push(line);
    console.log(line);
    const problems = [
      ...report.missing.slice(0, 20).map((s) => `missing: ${s}`),
      ...report.outOfOrder.slice(0, 20).map((s) => `out of order: ${s}`),
      ...report.duplicated.slice(0, 20).map((d) => `duplicated (${d.source} in source, ${d.published} published): ${d.sentence}`),
      ...report.footnotes.missing.map((s) => `footnote missing: ${s}`),
      ...report.tables.filter((t) => !t.found).map((t) => `table ${t.id}: no element with data-table="${t.id}"`),
      ...report.tables.filter((t) => t.missingTokens.length).map((t) => `table ${t.id}: missing ${t.missingTokens.join(' ')}`),
    ];
    expect(problems, problems.join('\n')).toEqual([]);
    expect(isFaithful(report)).toBe(true);
    expect(report.coverage).toBe(1);
  });
});
