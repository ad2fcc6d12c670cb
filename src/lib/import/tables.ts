/**
 * Table blocks from a review file's table entries: caption paragraphs, the
 * rebuilt table (GFM, or a JSX <table> where cells are merged, which GFM
 * cannot express), footer paragraphs, and the notes anchored on the table.
 */
import { escapeMdxText, mdxBlock, mdxParagraph, mdxTable } from './mdx.ts';
import type { Review, TableCell, TableRow } from './review-schema.ts';
import { joinWrappedLines } from '../provenance/source-text.ts';

export type ReviewTable = Review['tables'][number];

const splitCells = (text: string) => text.trim().split(/\s+/);

function cellHtml(cell: TableCell, textOf: (n: number) => string): string {
  const tag = cell.header ? 'th' : 'td';
  const attrs = [cell.scope ? ` scope="${cell.scope}"` : '', cell.colspan ? ` colspan="${cell.colspan}"` : '', cell.rowspan ? ` rowspan="${cell.rowspan}"` : ''].join('');
  const entries = cell.text !== undefined ? [cell.text] : cell.joined ? [joinWrappedLines(cell.joined.map(textOf))] : (cell.lines ?? []).map(textOf);
  return `<${tag}${attrs}>${entries.map((e) => escapeMdxText(e.trim())).filter(Boolean).join('<br />')}</${tag}>`;
}

function rowHtml(row: TableRow, textOf: (n: number) => string): string {
  const cells: TableCell[] = Array.isArray(row)
    ? row
    : splitCells(textOf(row.split)).map((text, i) =>
        row.header === 'all' ? { text, header: true, scope: 'col' } : row.header === 'first' && i === 0 ? { text, header: true, scope: 'row' } : { text },
      );
  return `<tr>${cells.map((c) => cellHtml(c, textOf)).join('')}</tr>`;
}

/** The table itself: GFM from header and rows, or JSX from html rows. */
export function tableMarkup(table: ReviewTable, textOf: (n: number) => string, where: string): string {
  if (table.html) {
    const { head, body, widths } = table.html;
    const colgroup = widths ? [`<colgroup>${widths.map((w) => `<col style="width: ${w}" />`).join('')}</colgroup>`] : [];
    return ['<table>', ...colgroup, '<thead>', ...head.map((r) => rowHtml(r, textOf)), '</thead>', '<tbody>', ...body.map((r) => rowHtml(r, textOf)), '</tbody>', '</table>'].join('\n');
  }
  if (table.header === undefined) throw new Error(`${where}: table ${table.id} has neither header and rows nor html`);
  const header = typeof table.header === 'number' ? splitCells(textOf(table.header)) : table.header;
  const rows = table.rows.map((n) => {
    const cells = splitCells(textOf(n));
    if (cells.length !== header.length) {
      throw new Error(`${where}: table ${table.id}, row on line ${n} has ${cells.length} cells, the header ${header.length}; give the row's structure under html, or fix the range`);
    }
    return cells;
  });
  return mdxTable(header, rows);
}

/** The whole table block; `notesAfter(lines)` gives the notes anchored on those lines. */
export function tableBlock(table: ReviewTable, textOf: (n: number) => string, notesAfter: (lines: readonly number[]) => string[], where: string): string {
  const used = new Set([...table.caption, ...table.footer]);
  const tableLines: number[] = [];
  for (let n = table.from; n <= table.to; n++) if (!used.has(n)) tableLines.push(n);
  const parts = [
    ...table.caption.flatMap((n) => [mdxParagraph([textOf(n)]), ...notesAfter([n])]),
    tableMarkup(table, textOf, where),
    ...notesAfter(tableLines),
    ...table.footer.flatMap((n) => [mdxParagraph([textOf(n)]), ...notesAfter([n])]),
  ];
  return mdxBlock('TableBlock', { id: table.id }, parts.join('\n\n'));
}
