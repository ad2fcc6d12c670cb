/**
 * The HTML handed to Pagefind for one search record. Pagefind indexes the
 * token stream (see tokens.ts), weighted: page keys highest, then headings,
 * then text. The record's readable text rides along as metadata for
 * excerpts; it sits in an ignored block so Pagefind does not index it.
 */
import { normalizeText, type T2S } from './normalize.ts';
import type { SearchRecord } from './sections.ts';
import { indexTokens } from './tokens.ts';

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export type PageKind = 'place' | 'digest' | 'term' | 'page';

/**
 * Profiles of cities, regions and circles are places; indicator pages are digests (they gather
 * the documents' numbers); glossary entries are terms.
 */
export function pageKind(url: string): PageKind {
  if (/^\/(cities|regions|circles)\//.test(url)) return 'place';
  if (url.startsWith('/indicators/')) return 'digest';
  if (url.startsWith('/glossary/')) return 'term';
  return 'page';
}

/**
 * Pages that restate what the documents print (places and digests). They rank after the documents
 * of the same grade unless the query names a place or the page itself (its answer card); the index
 * lists their records' ids in the lexicon, so the engine knows them without a search.
 */
export function isAside(url: string): boolean {
  const kind = pageKind(url);
  return kind === 'place' || kind === 'digest';
}

/** The texts of a record that are indexed, by weight: keys, heading, the page title under a section heading, text. */
function indexedTexts(record: SearchRecord) {
  return { keys: record.keys, heading: record.section ? record.section : record.pageTitle, pageTitle: record.section ? record.pageTitle : '', text: record.text };
}

/** Every index word of a record (the shards' routing table lists them; see shards.ts). */
export function recordWords(record: SearchRecord, t2s: T2S): string[] {
  const { keys, heading, pageTitle, text } = indexedTexts(record);
  return [...keys, heading, pageTitle, text].flatMap((t) => indexTokens(normalizeText(t, t2s)));
}

export function recordHtml(record: SearchRecord, documentTitle: string, t2s: T2S): string {
  const tokens = (text: string) => indexTokens(normalizeText(text, t2s)).join(' ');
  const { heading } = indexedTexts(record);
  const keys = record.keys.map(tokens).join(' ');
  const meta = {
    title: record.pageTitle,
    section: record.section,
    doc: documentTitle,
    text: record.text,
  };
  const filters = Object.entries(record.filters).flatMap(([key, values]) =>
    values.map((value) => `<span data-pagefind-filter="${escape(key)}">${escape(value)}</span>`),
  );
  return [
    '<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"></head><body><main data-pagefind-body>',
    keys ? `<h1 data-pagefind-weight="10">${keys}</h1>` : '',
    `<h2 data-pagefind-weight="6">${tokens(heading)}</h2>`,
    record.section ? `<h3 data-pagefind-weight="3">${tokens(record.pageTitle)}</h3>` : '',
    `<p>${tokens(record.text)}</p>`,
    '<div data-pagefind-ignore>',
    ...Object.entries(meta).map(([key, value]) => `<span data-pagefind-meta="${key}">${escape(value)}</span>`),
    ...filters,
    '</div></main></body></html>',
  ].join('');
}
