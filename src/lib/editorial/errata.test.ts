import { describe, expect, it } from 'vitest';
import { countByKind, errataTotals, ERRATA_OVERVIEW_PAGE_SIZE, errataUrl, type ErrataKind } from './errata.ts';
import { paginate } from '../navigation/pagination.ts';

const kinds: ErrataKind[] = ['error', 'gap', 'move', 'remark'];
/** 500 documents with 0–6 notes each. */
const rows = Array.from({ length: 500 }, (_, d) => {
  const counts = countByKind(Array.from({ length: d % 7 }, (_, i) => ({ kind: kinds[(d + i) % 4]! })));
  return { id: `doc-${d}`, shortTitle: `文档 ${d}`, counts, total: d % 7 };
}).filter((r) => r.total > 0);

describe('errata overview', () => {
  it('totals every document’s notes by kind', () => {
    const totals = errataTotals(rows);
    const notes = rows.reduce((sum, r) => sum + r.total, 0);
    expect(totals.all).toBe(notes);
    expect(totals.error + totals.gap + totals.move + totals.remark).toBe(notes);
    expect(countByKind([{ kind: 'gap' }, { kind: 'gap' }, { kind: 'move' }])).toEqual({ error: 0, gap: 2, move: 1, remark: 0 });
  });

  it('pages hold at most the page size and together every document with notes', () => {
    const pages = paginate(rows, ERRATA_OVERVIEW_PAGE_SIZE, '/reports/errata/');
    expect(pages.every((p) => p.items.length <= ERRATA_OVERVIEW_PAGE_SIZE)).toBe(true);
    expect(pages.flatMap((p) => p.items)).toEqual(rows);
    expect(pages[1]!.url).toBe('/reports/errata/page/2/');
    expect(errataUrl('doc-1')).toBe('/reports/errata/doc-1/');
  });
});
