/**
 * The document pages grouped by document, computed once per build: each
 * page asks for its own document's pages, so looking them up must not scan
 * every page of every document (that would grow with the square of the pages).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortPages } from './pages.ts';
import { documentUrl, REPORTS_LIST_FOLDERS, splitEntryId } from './routes.ts';
import { catalogueOrder, type CatalogueDocument } from './catalogue.ts';
import { facetSlugs, facetValuePages, selectionGroups, type FacetSlugs, type SelectionGroup } from './catalogue-facets.ts';
import { figureLocations } from './figure-locations.ts';
import type { PublishingPage } from '../provenance/published-ranges.ts';

let byDocument: Promise<Map<string, CollectionEntry<'documents'>[]>> | undefined;
let titles: Promise<Map<string, string>> | undefined;

/** A document's pages in order (landing page first); empty for an unknown id. */
export async function pagesOf(document: string): Promise<CollectionEntry<'documents'>[]> {
  byDocument ??= getCollection('documents').then((entries) => {
    const groups = new Map<string, CollectionEntry<'documents'>[]>();
    for (const entry of entries) {
      const list = groups.get(entry.data.document.id) ?? [];
      list.push(entry);
      groups.set(entry.data.document.id, list);
    }
    for (const [id, list] of groups) groups.set(id, sortPages(list));
    return groups;
  });
  return (await byDocument).get(document) ?? [];
}

let figures: Promise<Map<string, string>> | undefined;

/** Where each figure and table stands ("<document>/<anchor>" → page URL#anchor), for the one-dataset pages. */
export function figurePlaces(): Promise<Map<string, string>> {
  figures ??= getCollection('documents').then((pages) => figureLocations(pages.map((p) => ({ ...splitEntryId(p.id), body: p.body ?? '' }))));
  return figures;
}

/** Short titles of the documents, by id. */
export function documentTitles(): Promise<Map<string, string>> {
  titles ??= getCollection('sources').then((sources) => new Map(sources.map((s) => [s.id, s.data.shortTitle])));
  return titles;
}

let catalogue: Promise<CatalogueDocument[]> | undefined;

/** Every document as the catalogue lists it, newest first; computed once per build. */
export function catalogueDocuments(): Promise<CatalogueDocument[]> {
  catalogue ??= getCollection('sources').then(async (sources) =>
    (
      await Promise.all(
        sources.map(async (source) => {
          if (REPORTS_LIST_FOLDERS.includes(source.id)) {
            throw new Error(
              `src/data/documents/${source.id}.json: the id “${source.id}” is taken by the catalogue’s own pages (/reports/${source.id}/). Fix: rename the document (its JSON file, its folders under src/content/documents/ and src/data/) to another id.`,
            );
          }
          return {
            id: source.id,
            title: source.data.title,
            url: documentUrl(source.id),
            type: source.data.docType,
            year: source.data.year,
            publisher: source.data.publisher,
            date: String(source.data.date ?? source.data.year),
            pageCount: (await pagesOf(source.id)).filter((p) => p.data.order > 0).length,
            summary: source.data.summary,
          };
        }),
      )
    ).sort(catalogueOrder),
  );
  return catalogue;
}

let selections: Promise<{ slugs: FacetSlugs; groups: Map<string, SelectionGroup<CatalogueDocument>> }> | undefined;

/**
 * The catalogue's lists by selection of type, year and publisher (the whole catalogue at /reports/ first),
 * with the addresses of the facet values; computed once per build, linear in the documents.
 */
export function catalogueSelections(): Promise<{ slugs: FacetSlugs; groups: Map<string, SelectionGroup<CatalogueDocument>> }> {
  selections ??= catalogueDocuments().then((all) => {
    const slugs = facetSlugs(facetValuePages(all));
    return { slugs, groups: selectionGroups(all, slugs) };
  });
  return selections;
}

let bySource: Promise<Map<string, PublishingPage[]>> | undefined;

/**
 * The document pages that publish each source file, computed once per build: each source viewer
 * asks for its own file's pages, so it must not go through every page of every document (that would
 * grow with the square of the corpus).
 */
export async function pagesPublishing(file: string): Promise<PublishingPage[]> {
  bySource ??= getCollection('documents').then((entries) => {
    const groups = new Map<string, PublishingPage[]>();
    for (const p of entries) {
      const list = groups.get(p.data.source.file) ?? [];
      list.push({ ...splitEntryId(p.id), title: p.data.title, source: p.data.source, body: p.body ?? '' });
      groups.set(p.data.source.file, list);
    }
    return groups;
  });
  return (await bySource).get(file) ?? [];
}
