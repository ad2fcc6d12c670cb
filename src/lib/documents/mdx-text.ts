/**
 * The plain text of a document page's MDX, as a reader sees it: one
 * definition for every feature that reads the documents' words (the city
 * backlinks, the glossary's 出现在 lists, the errata page's note texts).
 * Pure functions over MDX source; no MDX compiler, because these run over
 * every page on every build and need only the words, not the tree.
 *
 * What counts as the document's text follows the site's fidelity rules:
 * editorial notes (<EditorNote>, elements marked data-editorial) are the
 * site's words, not the document's, and are left out unless asked for;
 * tables, figure captions, boxes and footnotes are source text and are read.
 */

/** An editorial note: a block of the site's own words. */
const EDITOR_NOTE = /<EditorNote\b[^>]*>[\s\S]*?<\/EditorNote>/g;
/** Any element the editors mark as theirs (e.g. a 〔编者注〕 inside a table cell). */
const EDITORIAL_ELEMENT = /<([A-Za-z][\w.]*)\b[^>]*\bdata-editorial\b[^>]*>[\s\S]*?<\/\1>/g;
const BLOCK_TAG = /<\/?(?:td|th|tr|br|p|li|ul|ol|table|thead|tbody|caption|div)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The MDX without the editors' words: <EditorNote> blocks and data-editorial elements. */
export function withoutEditorial(mdx: string): string {
  return mdx.replace(EDITOR_NOTE, '').replace(EDITORIAL_ELEMENT, '');
}

export interface PlainTextOptions {
  /** Keep the editors' words (for an editorial note's own text, or a heading's label). */
  keepEditorial?: boolean;
  /**
   * Join lines without a space (an editorial note's text, shown as one Chinese
   * paragraph); by default every run of white space becomes one space.
   */
  joinLines?: boolean;
}

/**
 * Plain text of MDX: no comments, tags, editorial elements (unless kept),
 * footnote markers, link syntax, emphasis, heading and list markers, table
 * pipes, escapes or entities.
 */
export function mdxPlainText(mdx: string, { keepEditorial = false, joinLines = false }: PlainTextOptions = {}): string {
  let text = mdx.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '');
  if (!keepEditorial) text = withoutEditorial(text);
  // Joined into one paragraph, a Markdown table keeps its rows apart: cells by a space, rows by "；".
  if (joinLines) text = text.replace(/^\s*\|(.*)\|\s*$/gm, (_row, cells: string) => (/^[\s|:-]+$/.test(cells) ? '' : `${cells.split(/(?<!\\)\|/).map((c) => c.trim()).join(' ')}；`));
  text = text
    .replace(BLOCK_TAG, joinLines ? '' : ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\[\^[^\]\s]+\]/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, '')
    .replace(/^\s*\|/gm, '')
    .replace(/\|\s*$/gm, '')
    .replace(/\s\|\s/g, ' ')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    // Emphasis and code marks; an escaped \* or \` is a printed character and stays.
    .replace(/(?<!\\)(?:\*+|__|`)/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~=])/g, '$1')
    .replace(/&(?:nbsp|amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
  return joinLines ? text.replace(/\s*\n\s*/g, '').replace(/；$/, '').trim() : text.replace(/\s+/g, ' ').trim();
}
