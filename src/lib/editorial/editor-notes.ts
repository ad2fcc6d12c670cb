/**
 * Finds the 编者注 (<EditorNote>) in a document page's MDX source, for the
 * 勘误与编者注 page. Pure function over the raw MDX text.
 */
import { mdxPlainText } from '../documents/mdx-text.ts';

export interface EditorNoteRef {
  id: string;
  kind: 'error' | 'gap' | 'move' | 'remark';
  /** The note's text with Markdown/MDX syntax stripped. */
  text: string;
  /** 1-based line of the opening tag in the MDX file. */
  line: number;
}

const OPEN = /<EditorNote\b([^>]*)>/g;

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
}

export function findEditorNotes(mdx: string): EditorNoteRef[] {
  const notes: EditorNoteRef[] = [];
  for (const match of mdx.matchAll(OPEN)) {
    const attrs = match[1] ?? '';
    const id = attribute(attrs, 'id');
    const start = match.index! + match[0].length;
    const end = mdx.indexOf('</EditorNote>', start);
    if (!id || end === -1) {
      const line = mdx.slice(0, match.index).split('\n').length;
      throw new Error(`line ${line}: <EditorNote> needs an id="en-…" and a closing </EditorNote>`);
    }
    const kind = (attribute(attrs, 'kind') ?? 'remark') as EditorNoteRef['kind'];
    notes.push({ id, kind, text: mdxPlainText(mdx.slice(start, end), { keepEditorial: true, joinLines: true }), line: mdx.slice(0, match.index).split('\n').length });
  }
  return notes;
}
