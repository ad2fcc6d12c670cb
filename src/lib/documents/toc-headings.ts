/**
 * Astro collects a heading's text for the table of contents with its
 * footnote reference included ("五、长江中游城市群3"). This strips the
 * rendered footnote number from headings whose MDX line carries a footnote.
 */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

export function stripFootnoteNumbers<T extends TocHeading>(headings: readonly T[], mdx: string): T[] {
  const withFootnote = new Set<string>();
  for (const m of mdx.matchAll(/^#{1,6} .*\[\^[^\]]+\].*\{\/\*\s*#([a-z0-9-]+)\s*\*\/\}\s*$/gm)) withFootnote.add(m[1]!);
  return headings.map((h) => (withFootnote.has(h.slug) ? { ...h, text: h.text.replace(/\d+$/, '') } : h));
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/**
 * The table of contents of a rendered view: its headings that carry an id
 * (or stand first in a <section> that does, as a glossary aspect does), in
 * order, with their text (or the shorter label a heading gives in
 * data-toc). Levels 2 to `maxDepth`; Starlight shows what its
 * tableOfContents setting allows. Generated from the HTML the reader gets, so
 * a TOC can never list a heading the page lacks or miss one it has.
 * A regular expression, not a DOM parser: the views' headings are Astro's
 * own output (no comments or CDATA), and this runs on every page.
 */
export function headingsOfHtml(html: string, maxDepth = 3): TocHeading[] {
  const headings: TocHeading[] = [];
  const pattern = /(?:<section\b[^>]*?\sid="([^"]+)"[^>]*>\s*)?<h([2-6])\b([^>]*)>([\s\S]*?)<\/h\2>/g;
  for (const m of html.matchAll(pattern)) {
    const depth = Number(m[2]);
    if (depth > maxDepth) continue;
    const slug = /\sid="([^"]+)"/.exec(m[3]!)?.[1] ?? m[1];
    if (!slug) continue;
    // A long heading may name its shorter entry in the TOC (data-toc="发展报告 2019").
    const text = (/\sdata-toc="([^"]*)"/.exec(m[3]!)?.[1] ?? m[4]!)
      .replace(/<[^>]+>/g, '')
      .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e]!)
      .replace(/\s+/g, ' ')
      .trim();
    headings.push({ depth, slug, text });
  }
  return headings;
}
