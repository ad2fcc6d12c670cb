/**
 * The fidelity check on generated pages before they are built: the same
 * check as tests/site/fidelity.test.ts runs on the built site, fed with the
 * reading text of the MDX (editorial notes, markup and escapes removed), so
 * that `npm run import` says at once whether a review file loses or repeats
 * a sentence of the source.
 */
import { checkFidelity, type FidelityReport, type PublishedText } from '../provenance/fidelity.ts';
import { applySourceMap, type SourceMap } from '../provenance/source-map.ts';
import { normalizeForCompare } from '../provenance/source-text.ts';
import type { DraftPage } from './profile.ts';

const unescape = (text: string) => text.replace(/\\(.)/g, '$1');

/** The reading text of MDX pages, as the built site shows it. */
export function mdxPublishedText(pages: readonly DraftPage[]): PublishedText {
  let main = '';
  let footnotes = '';
  const tables = new Map<string, string>();
  for (const page of [...pages].sort((a, b) => a.frontmatter.order - b.frontmatter.order)) {
    // Editorial notes and the editor's own text (an added heading's <span data-editorial>) are not source text.
    let body = page.body.replace(/<EditorNote\b[\s\S]*?<\/EditorNote>/g, '').replace(/<span data-editorial>[\s\S]*?<\/span>/g, '');
    body = body.replace(/^\[\^[^\]]+\]:(.*)$/gm, (_, text: string) => {
      footnotes += normalizeForCompare(unescape(text));
      return '';
    });
    body = body.replace(/<TableBlock id="([^"]+)">([\s\S]*?)<\/TableBlock>/g, (_, id: string, inner: string) => {
      tables.set(id, normalizeForCompare(unescape(inner.replace(/^\|(?:\s*-+\s*\|)+$/gm, '').replace(/\|/g, ' '))));
      return '';
    });
    body = body
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .replace(/\[\^[^\]]+\]/g, '')
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/^#{1,6}\s/gm, '')
      // List markers, nested items included (a source hyphen at a line start is escaped as \-).
      .replace(/^\s*- /gm, '')
      // Bold markup (a box title); a literal asterisk of the source is escaped as \*.
      .replace(/(?<!\\)\*\*/g, '');
    const title = page.slug === 'index' ? '' : page.frontmatter.title;
    main += normalizeForCompare(title) + normalizeForCompare(unescape(body));
  }
  return { main, footnotes, tables };
}

/** Checks pages against their source and source map. */
export function checkPages(pages: readonly DraftPage[], map: SourceMap, lines: readonly string[]): FidelityReport {
  return checkFidelity(applySourceMap(map, lines), mdxPublishedText(pages));
}
