/** Reads the built site in dist/ for tests that check published text. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles as siteHtmlFiles, pageUrlOf } from '../../src/lib/checks/built-site.ts';
import { parseHTML } from 'linkedom';
import type { PublishedText } from '../../src/lib/provenance/fidelity.ts';
import { normalizeForCompare } from '../../src/lib/provenance/source-text.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no build. Run `npm run build` first (npm test does).');
  }
}

export function htmlFiles(dir = DIST): string[] {
  return siteHtmlFiles(dir);
}

export function urlOf(file: string): string {
  return pageUrlOf(DIST, file);
}

export function loadDocument(file: string): Document {
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

export interface BuiltDocumentPage {
  url: string;
  order: number;
  document: Document;
}

/** The built pages of one source document, in page order. */
export function documentPages(documentId: string): BuiltDocumentPage[] {
  const dir = join(DIST, 'reports', documentId);
  if (!existsSync(dir)) return [];
  return htmlFiles(dir)
    .map((file) => {
      const document = loadDocument(file);
      const body = document.querySelector('[data-doc-body]');
      return { url: urlOf(file), order: Number(body?.getAttribute('data-page-order') ?? NaN), document };
    })
    .filter((page) => !Number.isNaN(page.order))
    .sort((a, b) => a.order - b.order);
}

/**
 * Elements left out of the reading text: editorial notes, footnotes and
 * their markers, heading-link labels, and table blocks (a <TableBlock> is
 * checked token by token against its source-map range, captions included, so
 * a table can stand between two parts of the reading flow without breaking it).
 */
const NOT_SOURCE_TEXT = ['[data-editorial]', 'section[data-footnotes]', 'sup:has(> a[data-footnote-ref])', '.sl-anchor-link', '[data-table]'];

/** Published source text of a document's pages, as the fidelity check reads it. */
export function publishedText(pages: readonly BuiltDocumentPage[]): PublishedText {
  let main = '';
  let footnotes = '';
  const tables = new Map<string, string>();
  for (const { document } of pages) {
    const body = document.querySelector('[data-doc-body]')!.cloneNode(true) as Element;
    for (const section of body.querySelectorAll('section[data-footnotes] li')) {
      const clone = section.cloneNode(true) as Element;
      clone.querySelectorAll('[data-footnote-backref]').forEach((el) => el.remove());
      footnotes += normalizeForCompare(clone.textContent ?? '');
    }
    for (const table of body.querySelectorAll('[data-table]')) {
      const clone = table.cloneNode(true) as Element;
      clone.querySelectorAll('[data-editorial]').forEach((el) => el.remove());
      tables.set(table.getAttribute('data-table')!, normalizeForCompare(clone.textContent ?? ''));
    }
    for (const selector of NOT_SOURCE_TEXT) body.querySelectorAll(selector).forEach((el) => el.remove());
    const title = document.querySelector('h1#_top')?.textContent ?? '';
    main += normalizeForCompare(title) + normalizeForCompare(body.textContent ?? '');
  }
  return { main, footnotes, tables };
}
