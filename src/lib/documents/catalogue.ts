/**
 * The documents catalogue's filters (/reports/): facets by type, year and
 * publisher, and which documents a choice keeps. Pure functions shared by the
 * page (options, counts) and its script (filtering, the URL query).
 */

export interface CatalogueEntry {
  type: string;
  year: number;
  publisher: string;
}

export const FACETS = [
  { key: 'type', label: '文档类型', all: '全部类型' },
  { key: 'year', label: '年份', all: '全部年份' },
  { key: 'publisher', label: '发布者', all: '全部发布者' },
] as const;
export type FacetKey = (typeof FACETS)[number]['key'];
export type Filters = Partial<Record<FacetKey, string>>;

/** A document's value of a facet, as the filters and addresses spell it (years as text). */
export const facetValueOf = (entry: CatalogueEntry, key: FacetKey): string => String(entry[key]);

/** Each facet's values with their document counts: years newest first, the others by count, then by name. */
export function facetValues(entries: readonly CatalogueEntry[]): Record<FacetKey, [value: string, count: number][]> {
  const out = {} as Record<FacetKey, [string, number][]>;
  for (const { key } of FACETS) {
    const counts = new Map<string, number>();
    for (const entry of entries) counts.set(facetValueOf(entry, key), (counts.get(facetValueOf(entry, key)) ?? 0) + 1);
    out[key] = orderedFacetValues(key, counts);
  }
  return out;
}

/** A facet's values with their counts in the filters' order: years newest first, the others by count, then by name. */
export function orderedFacetValues(key: FacetKey, counts: ReadonlyMap<string, number>): [value: string, count: number][] {
  return [...counts].sort(key === 'year' ? (a, b) => Number(b[0]) - Number(a[0]) : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'));
}

/** Whether a document passes every chosen filter. */
export function matches(entry: CatalogueEntry, filters: Filters): boolean {
  return FACETS.every(({ key }) => !filters[key] || facetValueOf(entry, key) === filters[key]);
}

/** Filters from a URL query (?type=简报&year=2019); values that no document has are dropped. */
export function filtersFromQuery(search: string, known: Record<FacetKey, readonly string[]>): Filters {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const { key } of FACETS) {
    const value = params.get(key);
    if (value && known[key].includes(value)) filters[key] = value;
  }
  return filters;
}

/** The URL query of a choice of filters, in facet order; empty when nothing is chosen. */
export function filtersToQuery(filters: Filters): string {
  const params = new URLSearchParams();
  for (const { key } of FACETS) if (filters[key]) params.set(key, filters[key]);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Documents per page of the catalogue (/reports/, /reports/page/2/ …):
 * bounded, so the page does not grow with the corpus. A row with its summary
 * is about 650 bytes; with 8 rows and the pager a full page stays within 10 %
 * of today's five-document page (issue #15), and the filters reach the rest.
 */
export const CATALOGUE_PAGE_SIZE = 8;
/** The whole catalogue as data, fetched by the page's script only when a reader filters. */
export const CATALOGUE_DATA_URL = '/reports/catalogue.json';

/** One document as the catalogue lists it (a row of the page, an object of catalogue.json). */
export interface CatalogueDocument extends CatalogueEntry {
  id: string;
  title: string;
  url: string;
  /** As the document prints it (2019年5月20日), else the year. */
  date: string;
  pageCount: number;
  summary: string;
}

/** Newest first, then by id, so every page of the catalogue is stable between builds. */
export const catalogueOrder = (a: Pick<CatalogueDocument, 'year' | 'id'>, b: Pick<CatalogueDocument, 'year' | 'id'>): number =>
  b.year - a.year || a.id.localeCompare(b.id);

/** The line under a document's title: type · date · publisher · page count. */
export function catalogueMeta(doc: Pick<CatalogueDocument, 'type' | 'date' | 'publisher' | 'pageCount'>): string {
  return [doc.type, doc.date, doc.publisher, ...(doc.pageCount > 0 ? [`${doc.pageCount} 个页面`] : [])].join(' · ');
}
