/**
 * Where the documents mention a term: the sections (heading anchors) of the
 * document pages whose text contains one of its names. Pure functions over
 * the pages' MDX; used for the glossary's 出现在 lists. The text is
 * mdx-text.ts's, the same the city backlinks read: an editorial note that
 * names a term is the site's words, so it does not make the section a place
 * where the document mentions the term.
 */
import { documentUrl } from '../documents/routes.ts';
import { mdxPlainText } from '../documents/mdx-text.ts';
import type { TermMatcher } from './term-matcher.ts';

export interface SectionText {
  /** Page URL with the section's anchor. */
  url: string;
  /** "《document》 page title › heading". */
  label: string;
  text: string;
}

/** Splits a page's MDX into sections at its h2/h3 headings (which carry explicit ids). */
export function sectionsOfMdx(
  page: { document: string; page: string; title: string; documentTitle: string; body: string },
): SectionText[] {
  const base = documentUrl(page.document, page.page);
  const body = page.body.replace(/^---[\s\S]*?---\n/, '');
  const sections: SectionText[] = [];
  const heading = /^#{2,3} (.*?)\s*\{\/\*\s*#([a-z0-9-]+)\s*\*\/\}\s*$/gm;
  let last = { id: '', title: '', start: 0 };
  const push = (end: number) => {
    const text = mdxPlainText(body.slice(last.start, end));
    if (text.trim()) {
      sections.push({
        url: last.id ? `${base}#${last.id}` : base,
        label: `《${page.documentTitle}》${page.title}${last.title ? ` › ${mdxPlainText(last.title, { keepEditorial: true })}` : ''}`,
        text,
      });
    }
  };
  for (const m of body.matchAll(heading)) {
    push(m.index!);
    last = { id: m[2]!, title: m[1]!, start: m.index! };
  }
  push(body.length);
  return sections;
}

/** Sections that mention each target (entry path without #anchor), in document order, each once. */
export function mentionsByTarget(sections: readonly SectionText[], matcherFor: (url: string) => TermMatcher): Map<string, SectionText[]> {
  const out = new Map<string, SectionText[]>();
  for (const section of sections) {
    const targets = new Set(
      matcherFor(section.url)
        .find(section.text)
        .filter((m) => m.target)
        .map((m) => m.target!.split('#')[0]!),
    );
    for (const target of targets) {
      const list = out.get(target) ?? [];
      list.push(section);
      out.set(target, list);
    }
  }
  return out;
}

/** A document's share of an 出现在 list: the first sections shown, and how many more it has. */
export interface DocumentMentions {
  document: string;
  sections: SectionText[];
  more: number;
}

/**
 * The bounds of a glossary entry's 出现在 list: few enough documents that the
 * entry's page stays within 10 % of its size whether the site holds 5 or 500
 * documents (issue #15; measured with npm run bench:scale and page:growth).
 */
export const APPEARS_IN_LIMITS = { documents: 3, sectionsPerDocument: 5 } as const;

/**
 * An 出现在 list of bounded size, however many documents mention the term:
 * sections grouped by document (the URL's /reports/<document>/), the
 * documents with the most mentioning sections first (ties in list order), at
 * most `sectionsPerDocument` sections each and `documents` documents in all;
 * the rest is counted (`moreDocuments`, `moreSections`) for a line that sends
 * the reader to search. Linear in the mentions.
 */
export function boundedMentions(
  mentions: readonly SectionText[],
  limits: { documents: number; sectionsPerDocument: number },
): { shown: DocumentMentions[]; moreDocuments: number; moreSections: number } {
  const groups = Map.groupBy(mentions, (m) => m.url.split('/')[2] ?? '');
  const ordered = [...groups].map(([document, list], index) => ({ document, list, index })).sort((a, b) => b.list.length - a.list.length || a.index - b.index);
  const shown = ordered.slice(0, limits.documents).map(({ document, list }) => ({
    document,
    sections: list.slice(0, limits.sectionsPerDocument),
    more: Math.max(0, list.length - limits.sectionsPerDocument),
  }));
  const rest = ordered.slice(limits.documents);
  return { shown, moreDocuments: rest.length, moreSections: rest.reduce((sum, g) => sum + g.list.length, 0) };
}
