/** Ordering and navigation of a document's pages. Pure functions. */

export interface OrderedPage {
  id: string;
  data: { order: number; title: string; sidebarLabel?: string | undefined; chapter?: string | undefined };
}

/** Sorts pages by order and fails loudly on two pages claiming the same place. */
export function sortPages<T extends OrderedPage>(pages: readonly T[]): T[] {
  const sorted = [...pages].sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.data.order === sorted[i - 1]!.data.order) {
      throw new Error(
        `Pages ${sorted[i - 1]!.id} and ${sorted[i]!.id} both have order ${sorted[i]!.data.order}; give each page its own order`,
      );
    }
  }
  return sorted;
}

/** Previous and next page within a document (the landing page has no previous). */
export function neighbours<T extends OrderedPage>(sorted: readonly T[], id: string): { prev?: T; next?: T } {
  const index = sorted.findIndex((page) => page.id === id);
  if (index === -1) return {};
  const result: { prev?: T; next?: T } = {};
  if (index > 0) result.prev = sorted[index - 1]!;
  if (index < sorted.length - 1) result.next = sorted[index + 1]!;
  return result;
}

/** Groups consecutive pages by chapter, keeping order. Pages without a chapter form their own groups. */
export function groupByChapter<T extends OrderedPage>(sorted: readonly T[]): { chapter?: string; pages: T[] }[] {
  const groups: { chapter?: string; pages: T[] }[] = [];
  for (const page of sorted) {
    const last = groups.at(-1);
    if (last && page.data.chapter !== undefined && last.chapter === page.data.chapter) last.pages.push(page);
    else groups.push(page.data.chapter === undefined ? { pages: [page] } : { chapter: page.data.chapter, pages: [page] });
  }
  return groups;
}
