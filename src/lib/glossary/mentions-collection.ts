/**
 * 出现在: for each glossary entry, the document sections that mention it,
 * computed once per build from the document pages' MDX.
 */
import { getCollection } from 'astro:content';
import { splitEntryId } from '../documents/routes.ts';
import { mentionsByTarget, sectionsOfMdx, type SectionText } from '../linking/term-mentions.ts';
import { glossaryLinkTargets } from '../linking/term-link-targets.ts';
import { DOCUMENT_MEANINGS } from '../linking/term-links-config.ts';
import { createMatcher } from '../linking/term-matcher.ts';

let cached: Promise<Map<string, SectionText[]>> | undefined;

async function compute(): Promise<Map<string, SectionText[]>> {
  const sources = new Map((await getCollection('sources')).map((s) => [s.id, s.data.shortTitle]));
  const pages = (await getCollection('documents')).sort((a, b) => a.id.localeCompare(b.id) || a.data.order - b.data.order);
  const sections = pages
    .sort((a, b) => a.data.document.id.localeCompare(b.data.document.id) || a.data.order - b.data.order)
    .flatMap((p) => {
      const { document, page } = splitEntryId(p.id);
      return sectionsOfMdx({ document, page, title: p.data.title, documentTitle: sources.get(document) ?? document, body: p.body ?? '' });
    });
  const { forms } = glossaryLinkTargets(process.cwd());
  const matchers = new Map<string, ReturnType<typeof createMatcher>>();
  const matcherFor = (url: string) => {
    const document = url.split('/')[2] ?? '';
    if (!matchers.has(document)) matchers.set(document, createMatcher(forms, { resolve: DOCUMENT_MEANINGS[document] ?? {} }));
    return matchers.get(document)!;
  };
  return mentionsByTarget(sections, matcherFor);
}

/** Sections mentioning the entry at this path ("/glossary/kpo/"). */
export async function mentionsOf(path: string): Promise<SectionText[]> {
  cached ??= compute();
  return (await cached).get(path) ?? [];
}
