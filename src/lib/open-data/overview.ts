/**
 * The data overview (/data/): how many downloads each document has, by kind
 * and completeness, and the totals of the whole site. One row per document,
 * cut into pages (lib/navigation/pagination.ts) so the overview does not grow
 * with the corpus; the totals count every document on every page.
 */
import type { Completeness, DataResource } from './resources.ts';

/** Documents per page of the data overview (/data/, /data/page/2/ …). */
export const DATA_OVERVIEW_PAGE_SIZE = 10;

export interface DownloadCounts {
  all: number;
  charts: number;
  tables: number;
  completeness: Record<Completeness, number>;
}

export interface DocumentDownloads {
  document: DataResource['document'];
  counts: DownloadCounts;
}

function countsOf(list: readonly Pick<DataResource, 'kind' | 'completeness'>[]): DownloadCounts {
  const counts: DownloadCounts = { all: list.length, charts: 0, tables: 0, completeness: { full: 0, partial: 0, none: 0 } };
  for (const r of list) {
    if (r.kind === 'table') counts.tables++;
    else counts.charts++;
    counts.completeness[r.completeness]++;
  }
  return counts;
}

/** The site's totals and one row per document that has downloads, in the order the resources come (by document). */
export function downloadsByDocument(resources: readonly Pick<DataResource, 'kind' | 'completeness' | 'document'>[]): {
  totals: DownloadCounts;
  rows: DocumentDownloads[];
} {
  // Resources by document in one pass (filtering per document would grow with documents × resources).
  const groups = Map.groupBy(resources, (r) => r.document.id);
  return {
    totals: countsOf(resources),
    rows: [...groups.values()].map((list) => ({ document: list[0]!.document as DataResource['document'], counts: countsOf(list) })),
  };
}
