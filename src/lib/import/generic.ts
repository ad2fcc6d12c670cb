/**
 * The cleaning rules shared by all documents, and the generic profile used for
 * a new text dump that has no profile of its own yet. The generic profile's
 * drafts need review: it guesses headings, paragraphs and figures from the
 * patterns the existing dumps share, and gives headings placeholder ids.
 */
import type { SourceLine, SourceMap } from '../source-map.ts';
import { mdxBlock, mdxHeading, mdxParagraph } from './mdx.ts';
import type { DocumentProfile, DraftPage, ImportContext } from './profile.ts';

/** A running header: CJK characters spaced out ("中 国 服 务 外 包 发 展 报 告 20 1 9"). */
export const RUNNING_HEADER = /^\s*(?:\S{1,2} ){4,}\S{1,2}\s*$/;
/** "第 27 页 共 35 页" and similar page footers. */
export const PAGE_FOOTER = /^\s*第\s*\d+\s*页\s*(?:共\s*\d+\s*页)?\s*$/;
/** A bare page number (only furniture next to a header or footer). */
export const BARE_NUMBER = /^\s*\d{1,3}\s*$/;

export const CHAPTER = /^\s*第[一二三四五六七八九十]+章\s*(.*?)\s*$/;
export const SECTION = /^\s*第[一二三四五六七八九十]+节\s*(.+?)\s*$/;
export const HEADING_2 = /^\s*[一二三四五六七八九十]+、(.+?)\s*$/;
export const HEADING_3 = /^\s*（[一二三四五六七八九十]+）(.+?)\s*$/;
export const FIGURE_CAPTION = /^\s*图\s*(\d+(?:[-－—]\d+)?)\s*(.+?)\s*$/;
export const DATA_SOURCE = /^\s*(?:数据)?来源：/;

/** Proposes a source map for a new dump: running headers, page footers and the page numbers beside them. */
export function proposeSourceMap(file: string, lines: readonly string[]): SourceMap {
  const drop: SourceMap['drop'] = [];
  lines.forEach((text, i) => {
    const n = i + 1;
    if (RUNNING_HEADER.test(text) && !SECTION.test(text)) drop.push({ from: n, to: n, reason: 'running header' });
    else if (PAGE_FOOTER.test(text)) drop.push({ from: n, to: n, reason: 'page footer' });
    else if (BARE_NUMBER.test(text)) {
      const near = lines.slice(Math.max(0, i - 3), i + 4);
      if (near.some((t) => RUNNING_HEADER.test(t) || PAGE_FOOTER.test(t))) drop.push({ from: n, to: n, reason: 'page number' });
    }
  });
  return { file, drop, edits: [], footnotes: [], tables: [], moves: [] };
}

/**
 * Paragraph ends. A line ends its paragraph when it ends with sentence
 * punctuation and is visibly shorter than a full line, or when the dump
 * marked the end with a trailing space after such punctuation.
 */
export function endsParagraph(raw: string, fullWidth: number): boolean {
  const text = raw.trimEnd();
  if (!/[。：；！？”）%]$/.test(text)) return false;
  return raw.endsWith(' ') || text.trim().length < fullWidth - 2;
}

/** The usual length of a full line: the 90th percentile of non-blank line lengths. */
export function typicalLineWidth(lines: readonly SourceLine[]): number {
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 40;
}

function pageOf(document: string, file: string, slug: string, title: string, order: number, body: string[], range: [number, number]): DraftPage {
  return {
    slug,
    frontmatter: { title, document, order, source: { file, lines: range } },
    body: body.join('\n\n') + '\n',
  };
}

export const genericProfile: DocumentProfile = {
  document: '(generic)',
  pages({ document, file, mapped, lines }: ImportContext): DraftPage[] {
    const flow = mapped.flow.filter((l) => l.text.trim() !== '');
    const width = typicalLineWidth(flow);
    const pages: DraftPage[] = [];
    let body: string[] = [];
    let title = document;
    let start = 1;
    let paragraph: SourceLine[] = [];
    let headingCount = 0;
    const flush = () => {
      if (paragraph.length) body.push(mdxParagraph(paragraph.map((l) => l.text)));
      paragraph = [];
    };
    const closePage = (end: number) => {
      flush();
      if (body.length || pages.length === 0) {
        pages.push(pageOf(document, file, `part-${pages.length + 1}`, title, pages.length + 1, body, [start, end]));
      }
      body = [];
    };
    for (let i = 0; i < flow.length; i++) {
      const line = flow[i]!;
      const section = SECTION.exec(line.text) ?? CHAPTER.exec(line.text);
      if (section) {
        closePage(line.n - 1);
        title = line.text.trim();
        start = line.n;
        continue;
      }
      const h2 = HEADING_2.exec(line.text);
      const h3 = HEADING_3.exec(line.text);
      if (h2 || h3) {
        flush();
        headingCount++;
        body.push(mdxHeading(h2 ? 2 : 3, line.text, `todo-heading-${headingCount}`));
        continue;
      }
      const figure = FIGURE_CAPTION.exec(line.text);
      if (figure) {
        flush();
        const captionLines = [line.text.trim()];
        if (flow[i + 1] && DATA_SOURCE.test(flow[i + 1]!.text)) captionLines.push(flow[++i]!.text.trim());
        const id = `fig-${figure[1]!.replace(/[－—]/g, '-')}`;
        body.push(mdxBlock('Figure', { id }, captionLines.map((t) => mdxParagraph([t])).join('\n\n')));
        continue;
      }
      paragraph.push(line);
      if (endsParagraph(line.text, width)) flush();
    }
    closePage(lines.length);
    const first = pages[0]!;
    const landing = pageOf(document, file, 'index', document, 0, ['{/* Draft: write the landing page introduction, or leave empty. */}'], [1, lines.length]);
    return [landing, ...pages.filter((p) => p !== first || p.body.trim() !== '')];
  },
};
