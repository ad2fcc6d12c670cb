/**
 * The errata overview's pure parts: the kinds of editorial note, how many a
 * document has of each, the site's totals, and the URL of a document's
 * errata page. The overview is one row per document, cut into pages
 * (lib/navigation/pagination.ts) so it does not grow with the corpus.
 */

export const ERRATA_KIND_LABEL = { error: '原文有误', gap: '原文缺失', move: '位置调整', remark: '说明' } as const;
export type ErrataKind = keyof typeof ERRATA_KIND_LABEL;

/** Documents per page of the errata overview (/reports/errata/, /reports/errata/page/2/ …). */
export const ERRATA_OVERVIEW_PAGE_SIZE = 10;

/** The URL of a document's errata page. */
export const errataUrl = (documentId: string) => `/reports/errata/${documentId}/`;

/** How many notes of each kind. */
export function countByKind(notes: readonly { kind: ErrataKind }[]): Record<ErrataKind, number> {
  const counts = { error: 0, gap: 0, move: 0, remark: 0 };
  for (const note of notes) counts[note.kind]++;
  return counts;
}

/** A document's row in the overview. */
export interface DocumentErrata {
  id: string;
  shortTitle: string;
  counts: Record<ErrataKind, number>;
  total: number;
}

export type ErrataTotals = Record<ErrataKind, number> & { all: number };

/** The site's totals over every document's row. */
export function errataTotals(rows: readonly Pick<DocumentErrata, 'counts' | 'total'>[]): ErrataTotals {
  const totals = { error: 0, gap: 0, move: 0, remark: 0, all: 0 };
  for (const row of rows) {
    for (const kind of Object.keys(ERRATA_KIND_LABEL) as ErrataKind[]) totals[kind] += row.counts[kind];
    totals.all += row.total;
  }
  return totals;
}
