/**
 * The document pages grouped by document, computed once per build: each
 * page asks for its own document's pages, so looking them up must not scan
 * every page of every document (that would grow with the square of the pages).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortPages } from './pages.ts';
import { splitEntryId } from './routes.ts';
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
