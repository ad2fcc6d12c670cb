/**
 * Which page and section of the site publishes each line of a source text.
 * A document page declares the source lines it covers (frontmatter
 * `source.lines`); its headings are found in those lines by their text, so
 * each section's range runs from its heading to the line before the next.
 * Pure: callers pass the pages and the source lines.
 */
import { documentUrl } from '../documents/routes.ts';
import { idFromMdxComment } from '../documents/heading-id.ts';
import { normalizeForCompare } from './source-text.ts';

export interface PublishingPage {
  document: string;
  page: string;
  title: string;
  source: { file: string; lines: readonly [number, number] };
  /** MDX body: headings carry their id as `{/* #id *\/}`. */
  body: string;
}

export interface PublishedRange {
  from: number;
  to: number;
  /** Page (and section) URL. */
  url: string;
  pageTitle: string;
  /** The section heading, when the range starts at one. */
  section?: string;
}

/** Headings of an MDX body with their ids, in order; footnote references and escapes removed from the text. */
export function mdxHeadings(body: string): { text: string; id: string }[] {
  const headings: { text: string; id: string }[] = [];
  for (const m of body.matchAll(/^#{2,6}\s+(.+?)\s*\{(\/\*[\s\S]*?\*\/)\}\s*$/gm)) {
    const id = idFromMdxComment(m[2]!);
    if (!id) continue;
    const text = m[1]!.replace(/\[\^[^\]]+\]/g, '').replace(/\\(.)/g, '$1').replace(/<[^>]+>/g, '').trim();
    headings.push({ text, id });
  }
  return headings;
}

/** The published ranges of one source file, in line order. */
export function publishedRanges(file: string, pages: readonly PublishingPage[], sourceLines: readonly string[]): PublishedRange[] {
  const ranges: PublishedRange[] = [];
  for (const p of pages.filter((x) => x.source.file === file)) {
    const [from, to] = p.source.lines;
    const pageUrl = documentUrl(p.document, p.page);
    const starts: { line: number; url: string; section?: string }[] = [{ line: from, url: pageUrl }];
    let cursor = from;
    for (const h of mdxHeadings(p.body)) {
      const needle = normalizeForCompare(h.text);
      if (!needle) continue;
      // Headings are searched forward from the previous one, so a heading text that
      // also occurs earlier in the running text cannot pull the section back.
      for (let n = cursor; n <= Math.min(to, sourceLines.length); n++) {
        if (normalizeForCompare(sourceLines[n - 1] ?? '').includes(needle)) {
          if (n === from) starts[0] = { line: n, url: `${pageUrl}#${h.id}`, section: h.text };
          else starts.push({ line: n, url: `${pageUrl}#${h.id}`, section: h.text });
          cursor = n + 1;
          break;
        }
      }
    }
    starts.forEach((s, i) => {
      const end = i + 1 < starts.length ? starts[i + 1]!.line - 1 : to;
      ranges.push({ from: s.line, to: end, url: s.url, pageTitle: p.title, ...(s.section ? { section: s.section } : {}) });
    });
  }
  return ranges.sort((a, b) => a.from - b.from);
}

/** The range that publishes a line, if any. */
export function rangeOfLine(ranges: readonly PublishedRange[], line: number): PublishedRange | undefined {
  return ranges.find((r) => r.from <= line && line <= r.to);
}
