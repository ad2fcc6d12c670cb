/**
 * The city pages' view of the collections: cities in display order, the
 * backlinks scanned from the documents (once per build), and the document
 * sections facts cite. Bound to Astro's content layer; the logic lives in
 * the pure modules of src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { mdxAnchors, scanBacklinks, type Backlink } from '../linking/city-backlinks.ts';
import { sectionUrl } from './facts.ts';
import { orderBacklinks } from './mentions.ts';
import { createMentionMatcher } from '../linking/city-mentions.ts';
import { provinces, regions } from './registry.ts';
import { CITY_SLUGS, REGION_SLUGS, type City, type SectionRef } from './schema.ts';
import { splitEntryId } from '../documents/routes.ts';

export type CityEntry = City & { slug: string };

let citiesPromise: Promise<CityEntry[]> | undefined;
let backlinksPromise: Promise<Map<string, Backlink[]>> | undefined;
let anchorsPromise: Promise<Map<string, Set<string>>> | undefined;

/** Cities by region (east, central, west, northeast), then province as the report lists them, then the usual list order. */
export function getCities(): Promise<CityEntry[]> {
  citiesPromise ??= getCollection('cities').then((entries: CollectionEntry<'cities'>[]) => {
    const provinceOrder = regions.flatMap((r) => r.provinces);
    return entries
      .map((e) => ({ ...e.data, slug: e.id }))
      .sort(
        (a, b) =>
          REGION_SLUGS.indexOf(a.region) - REGION_SLUGS.indexOf(b.region) ||
          provinceOrder.indexOf(a.province) - provinceOrder.indexOf(b.province) ||
          CITY_SLUGS.indexOf(a.slug as (typeof CITY_SLUGS)[number]) - CITY_SLUGS.indexOf(b.slug as (typeof CITY_SLUGS)[number]),
      );
  });
  return citiesPromise;
}

/** Every mention of every city in the published documents, by city slug. */
export function getBacklinks(): Promise<Map<string, Backlink[]>> {
  backlinksPromise ??= Promise.all([getCities(), getCollection('documents')]).then(([cities, entries]) => {
    const matcher = createMentionMatcher(cities.map((c) => ({ key: c.slug, names: c.matchNames })));
    const pages = entries
      .map((e) => ({ ...splitEntryId(e.id), title: e.data.title, body: e.body ?? '', order: e.data.order }))
      .sort((a, b) => a.document.localeCompare(b.document) || a.order - b.order);
    return scanBacklinks(pages, matcher);
  });
  return backlinksPromise;
}

/** Element ids of every published document page, keyed "<document>/<page>". */
function getAnchors(): Promise<Map<string, Set<string>>> {
  anchorsPromise ??= getCollection('documents').then(
    (entries) => new Map(entries.map((e) => { const { document, page } = splitEntryId(e.id); return [`${document}/${page}`, mdxAnchors(e.body ?? '')]; })),
  );
  return anchorsPromise;
}

export interface ResolvedSection {
  url: string;
  /** False while the cited page is not yet published (its document is still being imported). */
  published: boolean;
}

/**
 * Where a cited section is. A published page must have the anchor, or the
 * build fails naming the data file; an unpublished page is reported as such.
 */
export async function resolveSection(section: SectionRef, where: string): Promise<ResolvedSection> {
  const anchors = (await getAnchors()).get(`${section.document}/${section.page}`);
  const url = sectionUrl(section);
  if (!anchors) return { url, published: false };
  if (section.anchor && !anchors.has(section.anchor)) {
    throw new Error(`${where}: cites ${url}, but that page has no element with id "${section.anchor}"`);
  }
  return { url, published: true };
}

export function provincesOf(regionSlug: string) {
  return provinces.filter((p) => p.region === regionSlug);
}

let mentionDocumentsPromise: Promise<Map<string, string>> | undefined;

/** Document id → title in 《》, newest first (the order a city's passages are listed in). */
export function mentionDocuments(): Promise<Map<string, string>> {
  mentionDocumentsPromise ??= getCollection('sources').then(
    (sources) =>
      new Map(
        sources
          .sort((a, b) => b.data.year - a.data.year || a.id.localeCompare(b.id))
          .map((s) => [s.id, `《${s.data.title.replace(/^《|》$/g, '')}》`] as const),
      ),
  );
  return mentionDocumentsPromise;
}

/** A city's passages, newest document first, then in page order (lib/cities/mentions.ts). */
export async function cityBacklinks(slug: string): Promise<Backlink[]> {
  const [all, documents] = await Promise.all([getBacklinks(), mentionDocuments()]);
  return orderBacklinks(all.get(slug) ?? [], [...documents.keys()]);
}
