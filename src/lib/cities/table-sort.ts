/**
 * Sorting and filtering of the cities table, shared by the page script and
 * its tests. Pure functions: the script reads cell values from data
 * attributes and calls these.
 */

export type SortType = 'text' | 'number';
export type SortDirection = 'ascending' | 'descending';

/** Empty cells ("", "—") sort last whichever the direction. */
function isBlank(value: string): boolean {
  return value.trim() === '' || value.trim() === '—';
}

export function compareCells(a: string, b: string, type: SortType, direction: SortDirection): number {
  const blankA = isBlank(a);
  const blankB = isBlank(b);
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  const sign = direction === 'ascending' ? 1 : -1;
  if (type === 'number') return sign * (Number(a) - Number(b));
  return sign * a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });
}

/** Indexes of rows in sorted order; ties keep their original order. */
export function sortOrder(values: readonly string[], type: SortType, direction: SortDirection): number[] {
  return values
    .map((value, index) => ({ value, index }))
    .sort((a, b) => compareCells(a.value, b.value, type, direction) || a.index - b.index)
    .map((r) => r.index);
}

export interface RowFacets {
  /** Names, pinyin, English name, province: what the text box searches. */
  search: string;
  region: string;
  circles: readonly string[];
}

export interface RowFilter {
  text: string;
  region: string;
  circle: string;
}

/** True when the row passes the filter; empty filter fields pass everything. */
export function matchesFilter(row: RowFacets, filter: RowFilter): boolean {
  const words = filter.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = row.search.toLowerCase();
  if (!words.every((w) => haystack.includes(w))) return false;
  if (filter.region && row.region !== filter.region) return false;
  if (filter.circle === 'none') return row.circles.length === 0;
  if (filter.circle && !row.circles.includes(filter.circle)) return false;
  return true;
}
