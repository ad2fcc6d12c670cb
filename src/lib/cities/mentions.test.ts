import { describe, expect, it } from 'vitest';
import { CITY_MENTIONS_PAGE_SIZE, CITY_MENTIONS_PREVIEW, cityMentionsUrl, groupBacklinks, orderBacklinks } from './mentions.ts';
import { paginate } from '../navigation/pagination.ts';

/** 500 documents, each with 1–4 passages on two pages, listed oldest document first as the scan finds them. */
const documents = Array.from({ length: 500 }, (_, d) => `doc-${d}`);
const backlinks = documents.flatMap((document, d) =>
  Array.from({ length: (d % 4) + 1 }, (_, i) => ({ document, page: `p${i < 2 ? 0 : 1}`, href: `/reports/${document}/p${i < 2 ? 0 : 1}/#s${i}` })),
);
const newestFirst = [...documents].reverse();

describe('city mentions', () => {
  const ordered = orderBacklinks(backlinks, newestFirst);

  it('orders passages by document, newest first, keeping page order within a document', () => {
    expect(ordered).toHaveLength(backlinks.length);
    expect(ordered[0]!.document).toBe('doc-499');
    expect(ordered.filter((b) => b.document === 'doc-3').map((b) => b.href)).toEqual(backlinks.filter((b) => b.document === 'doc-3').map((b) => b.href));
    expect(orderBacklinks([{ document: 'unknown' }, { document: 'doc-1' }], newestFirst).map((b) => b.document)).toEqual(['doc-1', 'unknown']);
  });

  it('the preview and every page of the full list are bounded, and the pages hold every passage once', () => {
    expect(ordered.slice(0, CITY_MENTIONS_PREVIEW).length).toBeLessThanOrEqual(CITY_MENTIONS_PREVIEW);
    const pages = paginate(ordered, CITY_MENTIONS_PAGE_SIZE, cityMentionsUrl('wuhan'));
    expect(pages.every((p) => p.items.length <= CITY_MENTIONS_PAGE_SIZE)).toBe(true);
    expect(pages.flatMap((p) => p.items.map((b) => b.href))).toEqual(ordered.map((b) => b.href));
    expect(pages[1]!.url).toBe('/cities/wuhan/mentions/page/2/');
  });

  it('groups consecutive passages by document and page', () => {
    const groups = groupBacklinks(ordered.filter((b) => b.document === 'doc-7' || b.document === 'doc-6'));
    expect(groups.map((g) => g.document)).toEqual(['doc-7', 'doc-6']);
    expect(groups[0]!.pages.map((p) => [p.page, p.links.length])).toEqual([
      ['p0', 2],
      ['p1', 2],
    ]);
    expect(groups[1]!.pages.map((p) => [p.page, p.links.length])).toEqual([
      ['p0', 2],
      ['p1', 1],
    ]);
  });
});
