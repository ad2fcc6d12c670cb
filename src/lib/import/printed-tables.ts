/**
 * Tables as a PDF dump prints them: a caption line, the header (its labels
 * often wrapped over several lines), one row a line with cells separated by
 * spaces, then 数据来源 / 注 lines. The review file writes only the header's
 * structure (rows of cells, with their spans, as printed); the rows are read
 * from the source, so a table of fifty provinces costs one line of review
 * data, not fifty. Every printed line is accounted for: the written header
 * must spell exactly the printed header lines, and every row must have as
 * many cells as the header has columns, so a shifted range or a lost cell
 * fails the import instead of shifting cells.
 */
import { escapeMdxText, mdxBlock, mdxParagraph, mdxTable } from './mdx.ts';
import { normalizeForCompare } from '../provenance/source-text.ts';

export interface PrintedCell {
  text: string;
  colspan?: number;
  rowspan?: number;
}

export interface PrintedLayout {
  /** Header rows as printed, wrapped labels joined ("全部执行额" + "（亿美元）" → "全部执行额（亿美元）"). */
  header: (string | PrintedCell)[][];
  /** Row labels printed without the cell they span: "合计" standing for 排名 + 省（市）, spanning two columns. */
  spanLabels?: string[];
}

/** Lines from the first 数据来源 / 来源 / 注 line on are the table's footer. */
const FOOTER = /^(?:(?:数据)?来源|注)[：:]/;

const cellOf = (cell: string | PrintedCell): PrintedCell => (typeof cell === 'string' ? { text: cell } : cell);

export interface PrintedParts {
  caption: string;
  headerLines: string[];
  rows: string[][];
  footer: string[];
}

/**
 * Splits a table's printed lines (blank lines allowed): the first is the
 * caption; header lines follow until together they spell the written header;
 * then rows up to the footer.
 */
export function splitPrinted(layout: PrintedLayout, lines: readonly string[], where: string): PrintedParts {
  const texts = lines.map((l) => l.trim()).filter(Boolean);
  const [caption, ...rest] = texts;
  if (caption === undefined) throw new Error(`${where}: the table's range holds no text`);
  const written = normalizeForCompare(layout.header.flat().map((c) => cellOf(c).text).join(''));
  let printed = '';
  let i = 0;
  while (printed.length < written.length && i < rest.length) printed += normalizeForCompare(rest[i++]!);
  if (printed !== written) {
    throw new Error(`${where}: the written header “${written}” is not what the source prints after the caption (“${printed}”); write the header as printed, or fix the range`);
  }
  const body = rest.slice(i);
  const footerAt = body.findIndex((t) => FOOTER.test(t));
  const rowLines = footerAt === -1 ? body : body.slice(0, footerAt);
  return { caption, headerLines: rest.slice(0, i), rows: rowLines.map((t) => t.split(/\s+/)), footer: footerAt === -1 ? [] : body.slice(footerAt) };
}

/** Number of columns a header describes: its first row, counting spans. */
export function columnCount(layout: PrintedLayout): number {
  return (layout.header[0] ?? []).map(cellOf).reduce((sum, c) => sum + (c.colspan ?? 1), 0);
}

/** The table itself: GFM when the header is one row and no cell spans, else a JSX <table> (GFM cannot span). */
export function printedTable(layout: PrintedLayout, parts: PrintedParts, where: string): string {
  const columns = columnCount(layout);
  const rows = parts.rows.map((cells): PrintedCell[] => {
    if (cells.length === columns) return cells.map((text) => ({ text }));
    if (cells.length === columns - 1 && layout.spanLabels?.includes(cells[0]!)) {
      return [{ text: cells[0]!, colspan: 2 }, ...cells.slice(1).map((text) => ({ text }))];
    }
    throw new Error(`${where}: the row “${cells.join(' ')}” has ${cells.length} cells, the header ${columns} columns; list its label under spanLabels if it spans two columns, or fix the range`);
  });
  const header = layout.header.map((row) => row.map(cellOf));
  if (header.length === 1 && [...header[0]!, ...rows.flat()].every((c) => !c.colspan && !c.rowspan)) {
    return mdxTable(
      header[0]!.map((c) => c.text),
      rows.map((r) => r.map((c) => c.text)),
    );
  }
  const attrs = (c: PrintedCell) => (c.colspan ? ` colspan="${c.colspan}"` : '') + (c.rowspan ? ` rowspan="${c.rowspan}"` : '');
  const tr = (cells: PrintedCell[], tag: 'th' | 'td') => `<tr>${cells.map((c) => `<${tag}${attrs(c)}>${escapeMdxText(c.text.trim())}</${tag}>`).join('')}</tr>`;
  return ['<table>', '<thead>', ...header.map((r) => tr(r, 'th')), '</thead>', '<tbody>', ...rows.map((r) => tr(r, 'td')), '</tbody>', '</table>'].join('\n');
}

/** The whole block: caption, table, footer lines, then the notes anchored on any line of the table. */
export function printedTableBlock(id: string, layout: PrintedLayout, lines: readonly string[], notes: readonly string[], where: string): string {
  const parts = splitPrinted(layout, lines, `${where}: table ${id}`);
  const children = [mdxParagraph([parts.caption]), printedTable(layout, parts, `${where}: table ${id}`), ...parts.footer.map((t) => mdxParagraph([t])), ...notes];
  return mdxBlock('TableBlock', { id }, children.join('\n\n'));
}
