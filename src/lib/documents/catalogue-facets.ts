/**
 * Facet pages of the documents catalogue, so the filters work, and combine,
 * without JavaScript: /reports/by/type/jian-bao/, /reports/by/year/2019/,
 * /reports/by/publisher/<pinyin>/, their combinations
 * (/reports/by/type/jian-bao/year/2019/, below), each paginated like the
 * catalogue, and the lists of all of a facet's values (/reports/by/year/). A value's
 * address is its pinyin (years as they are), so it is readable and stays the
 * same as long as the value does. Build-time only: the browser's filters
 * (client/document-catalogue.ts) use the query (?type=简报) and never need
 * pinyin, so pinyin-pro stays out of the page's script.
 */
import { pinyin } from 'pinyin-pro';
import { FACETS, facetValueOf, facetValues, orderedFacetValues, type CatalogueEntry, type FacetKey, type Filters } from './catalogue.ts';

export interface FacetValuePage {
  key: FacetKey;
  /** The facet's label (文档类型) and the value as documents give it (简报). */
  label: string;
  value: string;
  count: number;
  /** The value's address segment (facetSlug), unique within its facet. */
  slug: string;
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
      if (slug === 'page' || FACETS.some((f) => f.key === slug)) {
        throw new Error(
          `src/data/documents/*.json: the ${key} “${value}” would have the address /reports/by/${key}/${slug}/, which the catalogue uses for its own pages. Fix: name it differently.`,
        );
      }
      const other = seen.get(slug);
      if (other !== undefined) {
        throw new Error(
          `src/data/documents/*.json: the ${key} values “${other}” and “${value}” share the catalogue address /reports/by/${key}/${slug}/. Fix: spell one of them the way the other documents do.`,
        );
      }
      seen.set(slug, value);
      return { key, label, value, count, slug, url: `/reports/by/${key}/${slug}/` };
    });
  });
}

/**
 * Combined filters without JavaScript. A selection (type and/or year and/or
 * publisher) has its own paged list, /reports/by/type/jian-bao/year/2019/,
 * facets always in FACETS order, but only when some document has all its
 * values: every document belongs to 2³ − 1 = 7 selections, so there are at
 * most 7 × documents of them, never types × years × publishers, and the pages
 * grow linearly with the catalogue. Each page offers, for each facet, the
 * values that still find documents together with the page's other choices
 * (switching a chosen value, or adding one), and a way to drop each choice.
 */
export interface SelectionGroup<T extends CatalogueEntry = CatalogueEntry> {
  /** The chosen values, by facet; empty for the whole catalogue. */
  selection: Filters;
  /** First page of the selection's list: /reports/ for the whole catalogue. */
  url: string;
  /** Its documents, in the catalogue's order. */
  entries: T[];
  /** Each facet's values among those documents, with their counts. */
  counts: Record<FacetKey, Map<string, number>>;
}

/** The address of each facet's values (from facetValuePages, which refuses clashes). */
export type FacetSlugs = Record<FacetKey, Map<string, string>>;

export function facetSlugs(pages: readonly FacetValuePage[]): FacetSlugs {
  const out = Object.fromEntries(FACETS.map(({ key }) => [key, new Map<string, string>()])) as FacetSlugs;
  for (const page of pages) out[page.key].set(page.value, page.slug);
  return out;
}

/** First page of a selection's list: /reports/ when nothing is chosen. */
export function selectionUrl(selection: Filters, slugs: FacetSlugs): string {
  const parts = FACETS.flatMap(({ key }) => (selection[key] ? [key, slugs[key].get(selection[key]!) ?? facetSlug(selection[key]!)] : []));
  return parts.length ? `/reports/by/${parts.join('/')}/` : '/reports/';
}

/** The page listing every value of a facet within a selection: /reports/by/year/, /reports/by/type/jian-bao/year/. */
export function facetValuesUrl(selection: Filters, key: FacetKey, slugs: FacetSlugs): string {
  const base = selectionUrl(selection, slugs);
  return `${base === '/reports/' ? '/reports/by/' : base}${key}/`;
}

const without = (selection: Filters, key: FacetKey): Filters => {
  const rest = { ...selection };
  delete rest[key];
  return rest;
};

/**
 * Every selection that finds documents, the whole catalogue first, by URL.
 * One pass of 8 subsets per document: linear in the catalogue.
 */
export function selectionGroups<T extends CatalogueEntry>(entries: readonly T[], slugs: FacetSlugs): Map<string, SelectionGroup<T>> {
  const groups = new Map<string, SelectionGroup<T>>();
  for (const entry of entries) {
    for (let mask = 0; mask < 1 << FACETS.length; mask++) {
      const selection: Filters = {};
      FACETS.forEach(({ key }, i) => {
        if (mask & (1 << i)) selection[key] = facetValueOf(entry, key);
      });
      const url = selectionUrl(selection, slugs);
      let group = groups.get(url);
      if (!group) {
        group = { selection, url, entries: [], counts: Object.fromEntries(FACETS.map(({ key }) => [key, new Map()])) as SelectionGroup<T>['counts'] };
        groups.set(url, group);
      }
      group.entries.push(entry);
      for (const { key } of FACETS) group.counts[key].set(facetValueOf(entry, key), (group.counts[key].get(facetValueOf(entry, key)) ?? 0) + 1);
    }
  }
  return groups;
}

/**
 * Values a facet's link block shows before its link to all of them. Years are
 * the newest (readers look for recent reports), the others those with the
 * most documents; the chosen value is always shown. With 6 per facet the
 * block stays about 3 KB however many years and publishers the catalogue has.
 */
export const FACET_LINKS_SHOWN = 6;
/** Values per page of a facet's full list of values. */
export const FACET_VALUES_PAGE_SIZE = 60;

export interface FacetLink {
  value: string;
  count: number;
  url: string;
  /** The value the page has chosen. */
  current: boolean;
}

export interface FacetLinks {
  key: FacetKey;
  label: string;
  /** What its menu says when no value is chosen (全部年份). */
  all: string;
  /** How many values the facet has within the page's other choices. */
  total: number;
  /** The values shown, in the facet's order (years newest first, others by count). */
  links: FacetLink[];
  /** The page listing all `total` values, when not all are shown. */
  more?: string;
}

export interface ChosenFacet {
  key: FacetKey;
  label: string;
  value: string;
  /** The same list without this choice. */
  removeUrl: string;
}

/** Every value of a facet within a selection, as links that add it to the selection. */
export function allFacetLinks(group: SelectionGroup, key: FacetKey, slugs: FacetSlugs): FacetLink[] {
  return orderedFacetValues(key, group.counts[key]).map(([value, count]) => {
    const selection = { ...group.selection, [key]: value };
    return { value, count, url: selectionUrl(selection, slugs), current: false };
  });
}

/**
 * The link block of a selection's page: for each facet, the values that find
 * documents with the page's other choices (switching a chosen value, or
 * adding a facet), at most `shown`, and the choices made, each with a link
 * that drops it. Bounded whatever the catalogue holds. Returns a function of
 * the page's selection that sorts each list of values once and then picks
 * from it, so building every page's block stays linear in the documents.
 */
export function facetLinker(
  groups: ReadonlyMap<string, SelectionGroup>,
  slugs: FacetSlugs,
  shown = FACET_LINKS_SHOWN,
): (group: SelectionGroup) => { chosen: ChosenFacet[]; facets: FacetLinks[] } {
  const sorted = new Map<string, { values: [string, number][]; position: Map<string, number> }>();
  const valuesOf = (base: SelectionGroup, key: FacetKey) => {
    const id = `${key} ${base.url}`;
    let list = sorted.get(id);
    if (!list) {
      const values = orderedFacetValues(key, base.counts[key]);
      list = { values, position: new Map(values.map(([value], i) => [value, i])) };
      sorted.set(id, list);
    }
    return list;
  };
  return (group) => {
    const chosen = FACETS.filter(({ key }) => group.selection[key]).map(({ key, label }) => ({
      key,
      label,
      value: group.selection[key]!,
      removeUrl: selectionUrl(without(group.selection, key), slugs),
    }));
    const facets = FACETS.map(({ key, label, all }) => {
      const baseUrl = selectionUrl(without(group.selection, key), slugs);
      const base = groups.get(baseUrl);
      if (!base) throw new Error(`catalogue facets: no list at ${baseUrl} for ${group.url}`);
      const { values, position } = valuesOf(base, key);
      // Years in order (newest), others by count: both are the order of `values`; a chosen value further down takes the last place.
      const current = group.selection[key] === undefined ? -1 : (position.get(group.selection[key]!) ?? -1);
      const picked = values.length <= shown ? values.map((_, i) => i) : [...Array(current >= shown ? shown - 1 : shown).keys(), ...(current >= shown ? [current] : [])];
      const links = picked.map((i) => {
        const [value, count] = values[i]!;
        return { value, count, url: selectionUrl({ ...group.selection, [key]: value }, slugs), current: i === current };
      });
      return { key, label, all, total: values.length, links, more: values.length > links.length ? facetValuesUrl(base.selection, key, slugs) : undefined };
    });
    return { chosen, facets };
  };
}

/** The link block of one selection's page (facetLinker for a single page). */
export const facetLinks = (group: SelectionGroup, groups: ReadonlyMap<string, SelectionGroup>, slugs: FacetSlugs, shown = FACET_LINKS_SHOWN) =>
  facetLinker(groups, slugs, shown)(group);

/** A selection in words, for a list's title: 简报，2019 年. */
export function selectionTitle(selection: Filters): string {
  return FACETS.filter(({ key }) => selection[key])
    .map(({ key }) => (key === 'year' ? `${selection[key]} 年` : selection[key]))
    .join('，');
}

/** A selection as a condition, for a list's description: 文档类型为“简报”、年份为“2019”. */
export function selectionCondition(selection: Filters): string {
  return FACETS.filter(({ key }) => selection[key])
    .map(({ key, label }) => `${label}为“${selection[key]}”`)
    .join('、');
}
