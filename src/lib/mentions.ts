/**
 * Where the documents mention a term: the sections (heading anchors) of the
 * document pages whose text contains one of its names. Pure functions over
 * the pages' MDX; used for the glossary's 出现在 lists. The text is
 * mdx-text.ts's, the same the city backlinks read: an editorial note that
 * names a term is the site's words, so it does not make the section a place
 * where the document mentions the term.
 */
import { documentUrl } from './documents.ts';
import { mdxPlainText } from './mdx-text.ts';
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
