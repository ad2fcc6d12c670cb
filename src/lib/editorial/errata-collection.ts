/**
 * 勘误与编者注 of one document: every editorial note on its pages, in page
 * order, with the link to where it stands. The errata overview counts them
 * per document; each document's notes are listed on their own page, so no
 * page lists the notes of every document (that page would grow with the corpus).
 */
import { findEditorNotes, type EditorNoteRef } from './editor-notes.ts';
import { documentUrl, splitEntryId } from '../documents/routes.ts';
import { pagesOf } from '../documents/collection.ts';

export const ERRATA_KIND_LABEL = { error: '原文有误', gap: '原文缺失', move: '位置调整', remark: '说明' } as const;
export type ErrataKind = keyof typeof ERRATA_KIND_LABEL;

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

/** The URL of a document's errata page. */
export const errataUrl = (documentId: string) => `/reports/errata/${documentId}/`;

/** How many notes of each kind. */
export function countByKind(notes: readonly { kind: ErrataKind }[]): Record<ErrataKind, number> {
  const counts = { error: 0, gap: 0, move: 0, remark: 0 };
  for (const note of notes) counts[note.kind]++;
  return counts;
}
