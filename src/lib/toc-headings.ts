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
