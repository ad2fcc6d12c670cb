/**
 * Scoring a draft import against the reviewed pages of the same document:
 * which headings the draft found (recall and precision, counted with
 * multiplicity) and which of the reviewed page's paragraphs the draft
 * reproduces character for character. Used by `npm run bench:import` and
 * asserted over the committed documents by scripts/import/fresh-drafts.test.ts.
 * Pure functions, no I/O.
 */
import { draftImport } from './draft.ts';
import type { DraftPage } from './profile.ts';

export interface PageText {
  slug: string;
  title: string;
  body: string;
}

export interface Outline {
  /** Page titles (landing page excluded) and Markdown headings, whitespace and escapes removed. */
  headings: string[];
  /** Reading paragraphs and list items, escapes removed; editorial notes, tables, JSX markup excluded. */
  paragraphs: string[];
}

export interface Score {
  headings: { reviewed: number; draft: number; matched: number; recall: number; precision: number };
  paragraphs: { reviewed: number; identical: number; share: number };
}

const unescape = (text: string) => text.replace(/\\(.)/g, '$1');
/** Heading text as compared: footnote references (numbered per page) and whitespace are not its text. */
const squash = (text: string) => unescape(text.replace(/\[\^[^\]]+\]/g, '')).replace(/[\s\u3000]+/g, '');
const HEADING = /^#{1,6}\s+(.*?)(?:\s*\{\/\*\s*#[^*]*\*\/\})?\s*$/;
/** Blocks that are markup, not reading text: JSX tags, tables, footnote definitions, comments, imports. */
const NOT_PARAGRAPH = /^(?:<|\||\{\/\*|\[\^[^\]]+\]:|import\s|export\s)/;

let lastSource: [string, string] = ['', ''];
function squashedSource(source: string): string {
  if (lastSource[0] !== source) lastSource = [source, source.replace(/[\s\u3000]+/g, '')];
  return lastSource[1];
}

/**
 * The headings and paragraphs of a document's pages. With the source text,
 * headings the editor added (their text is not in the source, e.g. 〔…〕
 * reconstructions) are left out: no importer can find them in the dump.
 */
export function outlineOf(pages: readonly PageText[], source?: string): Outline {
  const headings: string[] = [];
  const paragraphs: string[] = [];
  for (const page of pages) {
    if (page.slug !== 'index') headings.push(squash(page.title));
    const body = page.body.replace(/<EditorNote\b[\s\S]*?<\/EditorNote>/g, '');
    for (const block of body.split(/\n[ \t]*\n/)) {
      // A run-in lead in bold is part of its paragraph's text.
      const text = block.trim().replace(/^<strong>([^<]*)<\/strong>/, '$1');
      if (!text) continue;
      const heading = HEADING.exec(text);
      if (heading && !text.includes('\n')) {
        headings.push(squash(heading[1]!));
      } else if (/^- /.test(text)) {
        // Nested items (“  - ① …”) are items too: their marker is markup, not text.
        for (const item of text.split('\n')) paragraphs.push(unescape(item.replace(/^\s*-\s*/, '')).trim());
      } else if (!NOT_PARAGRAPH.test(text)) {
        paragraphs.push(unescape(text.replace(/\[\^[^\]]+\]/g, '')).trim());
      }
    }
  }
  const inSource = source === undefined ? () => true : (h: string) => squashedSource(source).includes(h);
  return { headings: headings.filter((h) => h && inSource(h)), paragraphs: paragraphs.filter(Boolean) };
}

function multisetMatches(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  let matched = 0;
  for (const x of a) {
    const left = counts.get(x) ?? 0;
    if (left > 0) {
      matched++;
      counts.set(x, left - 1);
    }
  }
  return matched;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

/** Scores a draft outline against the reviewed one. */
export function scoreDraft(reviewed: Outline, draft: Outline): Score {
  const matched = multisetMatches(reviewed.headings, draft.headings);
  const identical = multisetMatches(reviewed.paragraphs, draft.paragraphs);
  return {
    headings: {
      reviewed: reviewed.headings.length,
      draft: draft.headings.length,
      matched,
      recall: ratio(matched, reviewed.headings.length),
      precision: ratio(matched, draft.headings.length),
    },
    paragraphs: { reviewed: reviewed.paragraphs.length, identical, share: ratio(identical, reviewed.paragraphs.length) },
  };
}

/** The outline of draft pages, as of reviewed ones. */
export function draftOutline(pages: readonly DraftPage[]): Outline {
  return outlineOf(pages.map((p) => ({ slug: p.slug, title: p.frontmatter.title, body: p.body })));
}

/** What a draft with no review file must reach on every document (issue #14). */
export const DRAFT_TARGETS = { recall: 0.9, precision: 0.9, identicalParagraphs: 0.85 } as const;

/**
 * Imports a source as a new document would be imported (under a new name, with no review file, so
 * only the heuristics apply) and scores the draft against the document's reviewed pages.
 */
export function scoreFreshDraft(document: string, source: string, reviewed: readonly PageText[]): Score {
  const draft = draftImport(`bench-${document}`, `bench-${document}.txt`, source);
  return scoreDraft(outlineOf(reviewed, source), draftOutline(draft.pages));
}

/** Reads a committed MDX page: frontmatter title and body. */
export function parseMdxPage(slug: string, text: string): PageText {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) return { slug, title: '', body: text };
  const title = /^title:\s*(.*)$/m.exec(match[1]!)?.[1]?.replace(/^['"]|['"]$/g, '') ?? '';
  return { slug, title, body: match[2]! };
}
