/**
 * A city's passages in the documents (its backlinks), bounded on the
 * profile: the profile shows the first few, newest document first, and links
 * to the full list, which is cut into pages of a fixed size
 * (/cities/<slug>/mentions/, …/page/2/ …). Neither page grows with the
 * corpus (issue #15); every passage stays reachable without JavaScript.
 */
import type { Backlink } from '../linking/city-backlinks.ts';

/**
 * Passages the profile shows before linking to the full list. A passage with
 * its headings is about 1.5 KB, so a city mentioned once today grows by no
 * more than about 10 % when the corpus holds hundreds of documents.
 */
export const CITY_MENTIONS_PREVIEW = 3;
/** Passages per page of the full list. */
export const CITY_MENTIONS_PAGE_SIZE = 20;

/** The first page of a city's full list of passages. */
export const cityMentionsUrl = (slug: string) => `/cities/${slug}/mentions/`;

/**
 * Passages grouped by document, the documents in the given order (newest
 * first), each document's passages in page order as they come. Linear in the
 * passages; a passage of a document not in the order goes last.
 */
export function orderBacklinks<T extends Pick<Backlink, 'document'>>(backlinks: readonly T[], documentOrder: readonly string[]): T[] {
  const rank = new Map(documentOrder.map((id, i) => [id, i]));
  return backlinks
    .map((b, i) => ({ b, i, r: rank.get(b.document) ?? documentOrder.length }))
    .sort((x, y) => x.r - y.r || x.i - y.i)
    .map(({ b }) => b);
}

/** Consecutive passages of the same document, and within it of the same page, for the list's headings. */
export function groupBacklinks<T extends Pick<Backlink, 'document' | 'page'>>(backlinks: readonly T[]): { document: string; pages: { page: string; links: T[] }[] }[] {
  const groups: { document: string; pages: { page: string; links: T[] }[] }[] = [];
  for (const b of backlinks) {
    let group = groups.at(-1);
    if (group?.document !== b.document) groups.push((group = { document: b.document, pages: [] }));
    const last = group.pages.at(-1);
    if (last?.page === b.page) last.links.push(b);
    else group.pages.push({ page: b.page, links: [b] });
  }
  return groups;
}
