/** Vocabulary shared by the document collections and pages. */

export { DOC_TYPES, type DocType } from './doc-types.ts';

/**
 * Folders under /reports/ that hold lists, not documents: the errata, the
 * catalogue's later pages (/reports/page/2/) and its facet lists
 * (/reports/by/…). No document may take one of these ids.
 */
export const REPORTS_LIST_FOLDERS: readonly string[] = ['errata', 'page', 'by'];

/** URL of a document's landing page or of one of its pages. */
export function documentUrl(document: string, page?: string): string {
  return page && page !== 'index' ? `/reports/${document}/${page}/` : `/reports/${document}/`;
}

/**
 * Splits a documents-collection entry id into document and page. The glob
 * loader names `<document>/index.mdx` just "<document>", the landing page.
 */
export function splitEntryId(id: string): { document: string; page: string } {
  const slash = id.indexOf('/');
  if (slash === -1) return { document: id, page: 'index' };
  if (id.indexOf('/', slash + 1) !== -1) throw new Error(`Document page "${id}" is nested too deep: use <document>/<page>.mdx`);
  return { document: id.slice(0, slash), page: id.slice(slash + 1) };
}
