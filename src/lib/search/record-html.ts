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

/** Prefix of the word that names a record's kind of page (no query token starts so: see tokens.ts). */
export const KIND_WORD = 'qqkind';

export type PageKind = 'place' | 'term' | 'page';

/** Profiles of cities, regions and circles are places; glossary entries are terms. */
export function pageKind(url: string): PageKind {
  if (/^\/(cities|regions|circles)\//.test(url)) return 'place';
  if (url.startsWith('/glossary/')) return 'term';
  return 'page';
}

export function recordHtml(record: SearchRecord, documentTitle: string, t2s: T2S): string {
  const tokens = (text: string) => indexTokens(normalizeText(text, t2s)).join(' ');
  const heading = record.section ? record.section : record.pageTitle;
  const keys = record.keys.map(tokens).join(' ');
  const meta = {
    title: record.pageTitle,
    section: record.section,
    doc: documentTitle,
    page: record.pageUrl,
    text: record.text,
    keys: record.keys.join('|'),
    filters: JSON.stringify(record.filters),
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
    // One word naming the kind of page, so the engine can tell place profiles apart without reading records.
    `<p>${KIND_WORD}${pageKind(record.pageUrl)}</p>`,
    '<div data-pagefind-ignore>',
    ...Object.entries(meta).map(([key, value]) => `<span data-pagefind-meta="${key}">${escape(value)}</span>`),
    ...filters,
    '</div></main></body></html>',
  ].join('');
}
