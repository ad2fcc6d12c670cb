/**
 * Backlinks from the documents to the city pages: the published text of each
 * document page (its MDX body, read as plain text, and its title) is split
 * into sections at the explicit heading ids, and every mention of a city
 * becomes a snippet that links to its section. Pure functions.
 *
 * What counts as published text is mdx-text.ts's rule, the same as for the
 * glossary's 出现在 lists: editorial notes are the site's words and are
 * skipped; tables, figure captions, boxes and footnotes are source text. A footnote is its own section, linked by the id the
 * Markdown renderer gives it (user-content-fn-<label>).
 */
import type { Mention, MentionMatcher } from './city-mentions.ts';
import { documentUrl } from '../documents/routes.ts';
import { mdxPlainText } from '../documents/mdx-text.ts';

export interface TextSection {
  /** Heading or footnote id; undefined for the page's top (title and text before the first heading). */
  anchor?: string;
  /** What the section is called on the page. */
  label: string;
  /** Paragraphs of plain text (a table row or list item may be one). */
  paragraphs: string[];
}

const HEADING = /^(#{1,6})\s+(.*?)\s*\{\s*\/\*\s*#([a-z0-9-]+)\s*\*\/\s*\}\s*$/;
const FOOTNOTE_DEFINITION = /^\[\^([^\]\s]+)\]:\s?(.*)$/;
/** Splits a document page's MDX body into sections of plain text. */
export function mdxSections(body: string, title: string): TextSection[] {
  const top: TextSection = { label: title, paragraphs: title ? [title] : [] };
  const sections: TextSection[] = [top];
  let current = top;
  let target = top;
  let buffer: string[] = [];
  let inNote = false;

  const flush = () => {
    if (buffer.length > 0) {
      const text = mdxPlainText(buffer.join('\n'));
      if (text) target.paragraphs.push(text);
    }
    buffer = [];
    target = current;
  };

  const lines = body.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n');
  for (const line of lines) {
    if (inNote) {
      if (line.includes('</EditorNote>')) inNote = false;
      continue;
    }
    if (line.includes('<EditorNote')) {
      flush();
      inNote = !line.includes('</EditorNote>');
      continue;
    }
    if (/^(?:import|export)\s/.test(line)) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      current = { anchor: heading[3]!, label: mdxPlainText(heading[2]!, { keepEditorial: true }), paragraphs: [] };
      const text = mdxPlainText(heading[2]!);
      if (text) current.paragraphs.push(text);
      sections.push(current);
      target = current;
      continue;
    }
    const footnote = FOOTNOTE_DEFINITION.exec(line);
    if (footnote) {
      flush();
      target = { anchor: `user-content-fn-${footnote[1]!}`, label: '脚注', paragraphs: [] };
      sections.push(target);
      buffer.push(footnote[2]!);
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    // A table row is a paragraph of its own: a Markdown row, or an HTML row ending on this line.
    if (/^\s*\|/.test(line) || /^\s*<tr\b.*<\/tr>\s*$/.test(line)) {
      flush();
      buffer.push(line);
      flush();
      continue;
    }
    buffer.push(line);
    if (/<\/tr>\s*$/.test(line)) flush();
  }
  flush();
  return sections.filter((s) => s.paragraphs.length > 0 || s.anchor !== undefined);
}

export interface SnippetPart {
  text: string;
  mark?: boolean;
}

export interface Backlink {
  document: string;
  page: string;
  anchor?: string;
  /** Page URL and the section's anchor. */
  href: string;
  /** Page title and section label, e.g. "第三节 城市发展布局 › 一、示范城市发展概况". */
  pageTitle: string;
  sectionLabel: string;
  /** Snippet text with the city's name(s) marked; "…" where the paragraph is cut. */
  parts: SnippetPart[];
  /** Mentions the snippet covers. */
  count: number;
}

/**
 * Snippets of one paragraph for one city: about `radius` characters either
 * side of each mention; mentions close together share one snippet.
 */
export function paragraphSnippets(paragraph: string, mentions: readonly Mention[], radius = 40): { parts: SnippetPart[]; count: number }[] {
  const groups: Mention[][] = [];
  for (const m of mentions) {
    const last = groups.at(-1);
    if (last && m.start - radius <= last.at(-1)!.end + radius) last.push(m);
    else groups.push([m]);
  }
  return groups.map((group) => {
    const from = Math.max(0, group[0]!.start - radius);
    const to = Math.min(paragraph.length, group.at(-1)!.end + radius);
    const parts: SnippetPart[] = [];
    let at = from;
    for (const m of group) {
      if (m.start > at) parts.push({ text: paragraph.slice(at, m.start) });
      parts.push({ text: paragraph.slice(m.start, m.end), mark: true });
      at = m.end;
    }
    if (to > at) parts.push({ text: paragraph.slice(at, to) });
    if (from > 0) parts.unshift({ text: '…' });
    if (to < paragraph.length) parts.push({ text: '…' });
    return { parts, count: group.length };
  });
}

export interface ScannedPage {
  document: string;
  page: string;
  title: string;
  body: string;
}

/** Backlinks of every city key found on the pages, in page and text order. */
export function scanBacklinks(pages: readonly ScannedPage[], matcher: MentionMatcher, radius = 40): Map<string, Backlink[]> {
  const found = new Map<string, Backlink[]>();
  for (const { document, page, title, body } of pages) {
    for (const section of mdxSections(body, title)) {
      const href = `${documentUrl(document, page)}${section.anchor ? `#${section.anchor}` : ''}`;
      for (const paragraph of section.paragraphs) {
        const byKey = new Map<string, Mention[]>();
        for (const m of matcher.find(paragraph)) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
        for (const [key, mentions] of byKey) {
          const list = found.get(key) ?? [];
          for (const snippet of paragraphSnippets(paragraph, mentions, radius)) {
            list.push({
              document,
              page,
              ...(section.anchor ? { anchor: section.anchor } : {}),
              href,
              pageTitle: title,
              sectionLabel: section.anchor ? section.label : '',
              ...snippet,
            });
          }
          found.set(key, list);
        }
      }
    }
  }
  return found;
}

/** Ids a document page's MDX gives its elements: heading ids, id="…" attributes and rendered footnote ids. */
export function mdxAnchors(body: string): Set<string> {
  const ids = new Set<string>();
  for (const m of body.matchAll(/\{\s*\/\*\s*#([a-z0-9-]+)\s*\*\/\s*\}/g)) ids.add(m[1]!);
  for (const m of body.matchAll(/\sid="([^"]+)"/g)) ids.add(m[1]!);
  for (const m of body.matchAll(/^\[\^([^\]\s]+)\]:/gm)) ids.add(`user-content-fn-${m[1]!}`);
  return ids;
}
