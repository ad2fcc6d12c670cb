/**
 * 勘误与编者注 of one document: every editorial note on its pages, in page
 * order, with the link to where it stands. The errata overview counts them
 * per document; each document's notes are listed on their own page, so no
 * page lists the notes of every document (that page would grow with the corpus).
 */
import { getCollection } from 'astro:content';
import { findEditorNotes, type EditorNoteRef } from './editor-notes.ts';
import { countByKind, errataTotals, type DocumentErrata, type ErrataTotals } from './errata.ts';
import { documentUrl, splitEntryId } from '../documents/routes.ts';
import { pagesOf } from '../documents/collection.ts';

export { countByKind, ERRATA_KIND_LABEL, ERRATA_OVERVIEW_PAGE_SIZE, errataUrl, type DocumentErrata, type ErrataKind } from './errata.ts';

export interface Erratum extends EditorNoteRef {
  pageTitle: string;
  href: string;
}

/** The editorial notes of a document's pages, in page order. */
export async function errataOf(documentId: string): Promise<Erratum[]> {
  return (await pagesOf(documentId)).flatMap((page) => {
    let found;
    try {
      found = findEditorNotes(page.body ?? '');
    } catch (error) {
      throw new Error(`src/content/documents/${page.id}.mdx: ${(error as Error).message}`);
    }
    return found.map((note) => ({ ...note, pageTitle: page.data.title, href: `${documentUrl(documentId, splitEntryId(page.id).page)}#${note.id}` }));
  });
}

let overview: Promise<{ rows: DocumentErrata[]; totals: ErrataTotals }> | undefined;

/**
 * One row per document with notes (oldest first) and the site's totals,
 * computed once per build: every page of the overview counts every document.
 */
export function errataOverview(): Promise<{ rows: DocumentErrata[]; totals: ErrataTotals }> {
  overview ??= getCollection('sources').then(async (sources) => {
    const sorted = sources.sort((a, b) => a.data.year - b.data.year || a.id.localeCompare(b.id));
    const rows: DocumentErrata[] = [];
    for (const source of sorted) {
      const counts = countByKind(await errataOf(source.id));
      const total = counts.error + counts.gap + counts.move + counts.remark;
      if (total > 0) rows.push({ id: source.id, shortTitle: source.data.shortTitle, counts, total });
    }
    return { rows, totals: errataTotals(rows) };
  });
  return overview;
}
