/**
 * Writing MDX from source text. MDX reads `{ } < >` as code and Markdown reads
 * `* _ [ ] # |` and line-initial "1." or "-" as syntax; source text must come
 * through as plain text, so every such character is escaped.
 */
import yaml from 'js-yaml';
import { joinWrappedLines } from '../provenance/source-text.ts';

const INLINE_SPECIAL = /[\\`*_{}[\]<>|~]/g;

/** Escapes one line or paragraph of source text for MDX. */
export function escapeMdxText(text: string): string {
  let out = text.replace(INLINE_SPECIAL, (ch) => `\\${ch}`);
  // Line-initial syntax: headings, quotes, list markers, ordered-list numbers ("1." and "1)").
  out = out.replace(/^(\s*)([#>+=-])/, '$1\\$2');
  out = out.replace(/^(\s*\d+)([.)])/, '$1\\$2');
  return out;
}

/** A paragraph from wrapped source lines: joined, escaped. */
export function mdxParagraph(lines: readonly string[]): string {
  return escapeMdxText(joinWrappedLines(lines));
}

/** A heading with its explicit, stable id. */
export function mdxHeading(level: 2 | 3 | 4 | 5 | 6, text: string, id: string): string {
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id)) throw new Error(`heading id "${id}" is not lower-case ASCII`);
  return `${'#'.repeat(level)} ${escapeMdxText(text.trim())} {/* #${id} */}`;
}

/** A GFM table; cells are escaped (including `|`). */
export function mdxTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => escapeMdxText(text.trim()) || ' ';
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new Error(`table row ${i + 1} has ${row.length} cells, the header has ${header.length}`);
    }
  }
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** A JSX block component around Markdown children (blank lines keep the children Markdown). */
export function mdxBlock(component: string, attributes: Record<string, string>, children: string): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${value.replace(/"/g, '&quot;')}"`)
    .join('');
  return `<${component}${attrs}>\n\n${children.trim()}\n\n</${component}>`;
}

/** YAML frontmatter block. */
export function mdxFrontmatter(data: Record<string, unknown>): string {
  return `---\n${yaml.dump(data, { lineWidth: -1, flowLevel: 2 }).trimEnd()}\n---\n`;
}
