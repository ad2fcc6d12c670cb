/**
 * Lists that span the whole corpus (the documents catalogue, the data and
 * errata overviews) are cut into pages of a fixed size, so a page's HTML does
 * not grow with the number of documents (issue #15). The first page keeps the
 * list's own URL (/reports/), later ones are /reports/page/2/ …, so every
 * existing link still works and each page has a stable address.
 *
 * Written by hand rather than with Astro's paginate(): that helper gives the
 * first page the same folder as the others (/reports/page/ or /reports/2/,
 * which clashes with /reports/<document>/), and pure functions can be tested
 * with a synthetic catalogue of any size.
 */

export interface ListPage<T> {
  /** 1-based page number. */
  number: number;
  pageCount: number;
  items: T[];
  /** 1-based positions of the first and last item in the whole list (0 and 0 when it is empty). */
  first: number;
  last: number;
  total: number;
  url: string;
  prev?: string;
  next?: string;
}

/** The URL of page n of a list whose first page is at base (a path ending in /). */
export function pageUrl(base: string, n: number): string {
  if (!base.endsWith('/')) throw new Error(`pageUrl: the list's URL must end with a slash, got ${base}`);
  if (!Number.isInteger(n) || n < 1) throw new Error(`pageUrl: page numbers start at 1, got ${n}`);
  return n === 1 ? base : `${base}page/${n}/`;
}

/** Cuts a list into pages of `size` items; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number, base: string): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`paginate: the page size must be a positive whole number, got ${size}`);
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pageCount }, (_, i) => {
    const number = i + 1;
    const slice = items.slice(i * size, number * size);
    return {
      number,
      pageCount,
      items: slice,
      first: slice.length ? i * size + 1 : 0,
      last: i * size + slice.length,
      total: items.length,
      url: pageUrl(base, number),
      prev: number > 1 ? pageUrl(base, number - 1) : undefined,
      next: number < pageCount ? pageUrl(base, number + 1) : undefined,
    };
  });
}

/** The page on which the item at a 0-based position stands. */
export const pageOfIndex = (index: number, size: number): number => Math.floor(index / size) + 1;

/**
 * The page numbers a pager shows: the first and last, and `around` on each
 * side of the current one, with null for a gap, so the pager itself stays
 * bounded (at most 2·around + 5 entries) however many pages there are.
 */
export function pagerNumbers(current: number, pageCount: number, around = 2): (number | null)[] {
  const shown = new Set([1, pageCount]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= pageCount) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    const before = sorted[i - 1];
    if (before !== undefined && n - before === 2) out.push(before + 1);
    else if (before !== undefined && n - before > 2) out.push(null);
    out.push(n);
  });
  return out;
}

/** `<link rel=prev/next>` entries for Starlight's frontmatter `head`. */
export function pageHeadLinks(page: Pick<ListPage<unknown>, 'prev' | 'next'>): { tag: 'link'; attrs: Record<string, string> }[] {
  return [
    ...(page.prev ? [{ tag: 'link' as const, attrs: { rel: 'prev', href: page.prev } }] : []),
    ...(page.next ? [{ tag: 'link' as const, attrs: { rel: 'next', href: page.next } }] : []),
  ];
}
