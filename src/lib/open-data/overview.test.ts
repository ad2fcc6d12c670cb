import { describe, expect, it } from 'vitest';
import { downloadsByDocument } from './overview.ts';
import { paginate } from '../navigation/pagination.ts';
import type { DataResource } from './resources.ts';

const kinds = ['chart', 'table'] as const;
const levels = ['full', 'partial', 'none'] as const;
/** 500 documents with 1–3 downloads each, as a corpus a hundred times today's might hold. */
const resources = Array.from({ length: 500 }, (_, d) =>
  Array.from({ length: (d % 3) + 1 }, (_, i) => ({
    kind: kinds[(d + i) % 2]!,
    completeness: levels[(d + i) % 3]!,
    document: { id: `doc-${d}`, title: `文档 ${d}`, shortTitle: `文档 ${d}`, publisher: '商务部', file: `doc-${d}.txt` } as unknown as DataResource['document'],
  })),
).flat();

describe('downloadsByDocument', () => {
  const { totals, rows } = downloadsByDocument(resources);

  it('counts every download once, by kind and completeness', () => {
    expect(totals.all).toBe(resources.length);
    expect(totals.charts + totals.tables).toBe(resources.length);
    expect(totals.completeness.full + totals.completeness.partial + totals.completeness.none).toBe(resources.length);
    expect(totals.tables).toBe(resources.filter((r) => r.kind === 'table').length);
  });

  it('gives one row per document whose counts add up to the totals', () => {
    expect(rows).toHaveLength(500);
    expect(rows.reduce((sum, r) => sum + r.counts.all, 0)).toBe(totals.all);
    expect(rows.find((r) => r.document.id === 'doc-2')!.counts).toEqual({ all: 3, charts: 2, tables: 1, completeness: { full: 1, partial: 1, none: 1 } });
  });

  it('pages of the overview stay bounded and together list every document', () => {
    const pages = paginate(rows, 10, '/data/');
    expect(pages.every((p) => p.items.length <= 10)).toBe(true);
    expect(pages.flatMap((p) => p.items.map((r) => r.document.id))).toEqual(rows.map((r) => r.document.id));
  });
});
