/**
 * Facet pages of the documents catalogue, so the filters work without
 * JavaScript: /reports/by/type/jian-bao/, /reports/by/year/2019/,
 * /reports/by/publisher/<pinyin>/, each paginated like the catalogue. A value's
 * address is its pinyin (years as they are), so it is readable and stays the
 * same as long as the value does. Build-time only: the browser's filters
 * (client/document-catalogue.ts) use the query (?type=简报) and never need
 * pinyin, so pinyin-pro stays out of the page's script.
 */
import { pinyin } from 'pinyin-pro';
import { FACETS, facetValues, type CatalogueEntry, type FacetKey } from './catalogue.ts';

export interface FacetValuePage {
  key: FacetKey;
  /** The facet's label (文档类型) and the value as documents give it (简报). */
  label: string;
  value: string;
  count: number;
  /** First page of the value's list, ending in /. */
  url: string;
}

/** The address segment of a facet value: pinyin without tones, lower-case, hyphenated. */
export function facetSlug(value: string): string {
  return pinyin(value, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Every facet value with its page address and document count, facets in
 * FACETS order and values as the filters list them. Two values of a facet
 * with the same address fail the build, naming both.
 */
export function facetValuePages(entries: readonly CatalogueEntry[]): FacetValuePage[] {
  const values = facetValues(entries);
  return FACETS.flatMap(({ key, label }) => {
    const seen = new Map<string, string>();
    return values[key].map(([value, count]) => {
      const slug = facetSlug(value);
      if (!slug) throw new Error(`src/data/documents/*.json: the ${key} “${value}” gives no address for its catalogue page (it has no letters, digits or Chinese characters). Fix: give it a name with some.`);
      const other = seen.get(slug);
      if (other !== undefined) {
        throw new Error(
          `src/data/documents/*.json: the ${key} values “${other}” and “${value}” share the catalogue address /reports/by/${key}/${slug}/. Fix: spell one of them the way the other documents do.`,
        );
      }
      seen.set(slug, value);
      return { key, label, value, count, url: `/reports/by/${key}/${slug}/` };
    });
  });
}
