/**
 * The numbers of the documents' own tables (every <TableBlock> of an MDX
 * page), checked twice, like every other sourced number of the site:
 *
 * - before rendering (the content check "document tables"): each number is
 *   printed in its table's source lines, on its own row's line, in the order
 *   of the columns, and every number the source prints there is in a cell;
 * - where a reader sees it: markTableNumbers() marks each number cell of the
 *   rendered table with numberAttributes() (its cited line, row and column,
 *   and the 编者注 that names it), which the built-site check verifies.
 *
 * The cells and their lines come from the documents' tables as data
 * (src/lib/open-data/document-tables.ts), so a new document's tables are
 * covered without code.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { documentTables, type DocumentTable, type TableCell, type TableSource } from '../open-data/document-tables.ts';
import { readSourceLines, readSourceMap } from '../provenance/source-map-fs.ts';
import { normalizeForCompare } from '../provenance/source-text.ts';
import { numberAttributes, tableGrid } from './numbers.ts';
import type { ContentProblem } from './problems.ts';

const minus = (s: string) => s.replace(/[−–]/g, '-');
/** Line text as whitespace-separated tokens, as the tables print them. */
const tokens = (line: string) => line.trim().split(/[\s\u3000]+/).filter(Boolean).map(minus);

/** The source of a document's tables: its text and the table ranges of its review file or source map. */
export function tableSource(root: string, document: string): TableSource | undefined {
  const meta = join(root, 'src/data/documents', `${document}.json`);
  if (!existsSync(meta)) return undefined;
  const { file } = JSON.parse(readFileSync(meta, 'utf8')) as { file: string };
  if (!existsSync(join(root, 'sources', file))) return undefined;
  return { file, lines: readSourceLines(root, file), ranges: readSourceMap(root, document)?.tables ?? [] };
}

/** The file a person edits to change a document's table: its review file, or the MDX page itself. */
export function tableEditFile(root: string, document: string, page: string): string {
  const review = `src/data/documents/${document}/review.yaml`;
  return existsSync(join(root, review)) ? review : `src/content/documents/${document}/${page}.mdx`;
}

/** 1-based line of `edit` that holds the table (review file) or the cell's row (MDX page). */
export function tableEditLine(text: string, anchor: string, cell?: Pick<TableCell, 'row' | 'printed'>): number | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.includes(`id="${anchor}"`) || new RegExp(`\\bid: ${anchor}\\s*$`).test(l));
  if (start === -1) return undefined;
  if (!cell || !lines[start]!.includes('<TableBlock')) return start + 1;
  const unescape = (l: string) => l.replace(/\\(.)/g, '$1');
  const number = new RegExp(`(?<![\\d.])${cell.printed.replace(/[.%+]/g, (c) => `\\${c}`)}(?![\\d])`);
  const end = lines.findIndex((l, i) => i > start && l.includes('</TableBlock>'));
  const block = lines.slice(start, end === -1 ? undefined : end + 1).map(unescape);
  const at = block.findIndex((l) => l.includes(cell.row) && number.test(l));
  const fallback = block.findIndex((l) => number.test(l));
  return start + 1 + (at !== -1 ? at : fallback !== -1 ? fallback : 0);
}

const notesNaming = (table: DocumentTable, printed: string) => {
  const number = printed.replace(/%$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\d.,])${number}(?![\\d]|\\.\\d)`);
  return table.editorNotes.filter((n) => pattern.test(n.text)).map((n) => n.id);
};

/**
 * Problems with one table's numbers against its source lines. A number must
 * be printed in the table's lines (A), on its own row's line, never on a line
 * that prints another row (B), and a row's numbers on one line stand in the
 * order of the columns (C); every number the table's lines print is in a cell (D).
 */
export function tableCellProblems(table: DocumentTable, source: Pick<TableSource, 'file' | 'lines'>): { cell?: TableCell; problem: string; fix: string }[] {
  const problems: { cell?: TableCell; problem: string; fix: string }[] = [];
  const ranges = table.lines.map((l) => (l.from === l.to ? `${l.from}` : `${l.from}–${l.to}`)).join(', ');
  const name = (c: TableCell) => `${table.anchor} (${[c.group, c.row].filter(Boolean).join(' · ') || '—'} · ${c.column})`;
  const numbers = table.cells.filter((c) => c.value !== null);
  if (table.lines.length === 0) {
    if (numbers.length) problems.push({ problem: `${table.anchor}: the table has no source lines, so its numbers cannot be checked`, fix: 'Add the table’s line range (caption to 数据来源) to the review file’s or source map’s `tables`.' });
    return problems;
  }
  for (const cell of numbers.filter((c) => c.line === null)) {
    problems.push({ cell, problem: `${name(cell)}: “${cell.printed}” is not printed in the table’s lines ${ranges} of sources/${source.file}`, fix: 'Copy the number exactly as the source prints it in this table; where the source is wrong, keep it and add a 编者注.' });
  }
  const rowOf = (c: TableCell) => c.at?.row ?? -1;
  // A line belongs to one row; another row's number there is in the wrong row.
  const perLine = new Map<number, Map<number, TableCell[]>>();
  for (const cell of numbers) {
    if (cell.line === null) continue;
    const rows = perLine.get(cell.line) ?? perLine.set(cell.line, new Map()).get(cell.line)!;
    (rows.get(rowOf(cell)) ?? rows.set(rowOf(cell), []).get(rowOf(cell))!).push(cell);
  }
  for (const [line, rows] of perLine) {
    if (rows.size < 2) continue;
    // The row whose label the line prints, else the row with most numbers there.
    const labelled = [...rows.values()].find((cells) => cells[0]!.row && normalizeForCompare(source.lines[line - 1] ?? '').includes(normalizeForCompare(cells[0]!.row)));
    const owner = labelled ?? [...rows.values()].reduce((a, b) => (b.length > a.length ? b : a));
    for (const cells of rows.values()) {
      if (cells === owner) continue;
      for (const cell of cells) problems.push({ cell, problem: `${name(cell)}: “${cell.printed}” is printed at line ${line} of sources/${source.file}, which is the line of the row “${owner[0]!.row}”`, fix: 'Put the number in the row the source prints it in.' });
    }
  }
  // Column order: on each line, a row's numbers are a left-to-right run of the line's tokens.
  const byRowLine = new Map<string, TableCell[]>();
  for (const cell of numbers) if (cell.line !== null) (byRowLine.get(`${rowOf(cell)}:${cell.line}`) ?? byRowLine.set(`${rowOf(cell)}:${cell.line}`, []).get(`${rowOf(cell)}:${cell.line}`)!).push(cell);
  for (const cells of byRowLine.values()) {
    const line = cells[0]!.line!;
    const printed = tokens(source.lines[line - 1] ?? '');
    let at = -1;
    for (const [k, cell] of cells.entries()) {
      const next = printed.findIndex((t, i) => i > at && t === minus(cell.printed));
      if (next === -1) {
        const before = cells[k - 1]!;
        problems.push({
          cell,
          problem: `${name(cell)}: “${cell.printed}” stands under “${cell.column}”, after “${before.printed}” (under “${before.column}”), but line ${line} of sources/${source.file} prints it before “${before.printed}”: ${printed.join(' ')}`,
          fix: 'Put each number under the column the source prints it in, in the source’s order (one cell per column).',
        });
        break;
      }
      at = next;
    }
  }
  for (const token of table.missing) {
    problems.push({ problem: `${table.anchor}: the source prints “${token}” in the table’s lines ${ranges} of sources/${source.file}, but no cell holds it`, fix: 'Give the number its cell (every number of the source’s table is published).' });
  }
  return problems;
}

const pageCache = new Map<string, DocumentTable[]>();
const sourceCache = new Map<string, TableSource | undefined>();

/** The tables of one document page, read from its MDX (cached per build). */
export function pageTables(root: string, document: string, page: string): { tables: DocumentTable[]; source: TableSource | undefined } {
  if (!sourceCache.has(document)) sourceCache.set(document, tableSource(root, document));
  const source = sourceCache.get(document);
  const path = join(root, 'src/content/documents', document, `${page}.mdx`);
  // Keyed by the page's modification time too: `astro dev` renders again after an edit.
  const key = `${document}/${page}@${existsSync(path) ? statSync(path).mtimeMs : 0}`;
  if (!pageCache.has(key)) pageCache.set(key, source && existsSync(path) ? documentTables(document, page, readFileSync(path, 'utf8'), source) : []);
  return { tables: pageCache.get(key)!, source };
}

/** The content check: every number of every document table, against its source lines. */
export function checkDocumentTables(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const dir = join(root, 'src/content/documents');
  if (!existsSync(dir)) return problems;
  for (const document of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const source = tableSource(root, document);
    if (!source) continue;
    for (const name of readdirSync(join(dir, document)).filter((n) => n.endsWith('.mdx')).sort()) {
      const page = name.replace(/\.mdx$/, '');
      const text = readFileSync(join(dir, document, name), 'utf8');
      let tables: DocumentTable[];
      try {
        tables = documentTables(document, page, text, source);
      } catch (error) {
        problems.push({ file: `src/content/documents/${document}/${name}`, problem: (error as Error).message.replace(/ Fix: .*$/, ''), fix: 'Put a Markdown or HTML table between <TableBlock> and </TableBlock>.' });
        continue;
      }
      const file = tableEditFile(root, document, page);
      const editText = file.endsWith('.mdx') ? text : readFileSync(join(root, file), 'utf8');
      for (const table of tables) {
        for (const p of tableCellProblems(table, source)) {
          problems.push({ file, line: tableEditLine(editText, table.anchor, p.cell), problem: p.problem, fix: file.endsWith('.mdx') ? p.fix : `${p.fix} The page is generated: correct the table in ${file} and run npm run import -- sources/${source.file} --write.` });
        }
      }
    }
  }
  return problems;
}

/**
 * Marks the number cells of a rendered document table (the HTML inside a
 * <TableBlock>) for the built-site check: each gets its cited line (or the
 * table's lines when it is not found there), its row and column, and the ids
 * of the 编者注 that name its value. Cells are matched by their place in the
 * grid (spans expanded), the same place the data reads them from.
 */
export function markTableNumbers(html: string, table: DocumentTable, file: string, from: (cell: TableCell) => { file: string; line?: number | undefined }): { html: string; marked: number } {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const element = [...document.querySelectorAll('table')].find((t) => !t.closest('[data-editorial]')) as unknown as Element | undefined;
  if (!element) return { html, marked: 0 };
  const rows = [...element.querySelectorAll('tr')].filter((tr) => tr.closest('table') === (element as unknown)) as unknown as Element[];
  const head = rows.filter((tr) => tr.closest('thead'));
  const bodyRows = rows.filter((tr) => tr.closest('tbody'));
  const body = head.length || bodyRows.length ? bodyRows : rows.slice(1);
  const grid = tableGrid(element);
  const range = table.lines.length ? `${table.lines[0]!.from}-${table.lines.at(-1)!.to}` : '0';
  let marked = 0;
  for (const cell of table.cells) {
    if (cell.value === null || !cell.at) continue;
    const tr = body[cell.at.row];
    const target = tr ? grid[rows.indexOf(tr)]?.[cell.at.column] : undefined;
    // A cell that spans rows or columns is one number: mark it once.
    if (!target || target.hasAttribute('data-number')) continue;
    if (minus((target.textContent ?? '').replace(/\s+/g, ' ').trim()) !== minus(cell.printed)) continue;
    const noted = notesNaming(table, cell.printed);
    const edit = from(cell);
    const attributes = numberAttributes({ text: cell.printed, file, line: 0, from: edit.file, row: cell.row, column: cell.column });
    attributes['data-number-source'] = cell.line === null ? `${file}:${range}` : `${file}:${cell.line}`;
    if (edit.line) attributes['data-number-from-line'] = String(edit.line);
    if (noted.length) attributes['data-number-noted'] = noted.join(' ');
    for (const [name, value] of Object.entries(attributes)) target.setAttribute(name, value);
    marked++;
  }
  return { html: document.body.innerHTML, marked };
}

const editTexts = new Map<string, string>();

/**
 * The rendered HTML of the <TableBlock id={anchor}> on a document page
 * (/reports/<document>/<page>/), its number cells marked; unchanged when the
 * page has no such table in its data.
 */
export function markDocumentTable(root: string, pathname: string, anchor: string, html: string): string {
  const m = /^\/reports\/([^/]+)\/(?:([^/]+)\/)?$/.exec(decodeURI(pathname));
  if (!m) return html;
  const [, document, page = 'index'] = m as unknown as [string, string, string?];
  const { tables, source } = pageTables(root, document, page);
  const table = tables.find((t) => t.anchor === anchor);
  if (!table || !source) return html;
  const file = tableEditFile(root, document, page);
  if (!editTexts.has(file)) editTexts.set(file, readFileSync(join(root, file), 'utf8'));
  const text = editTexts.get(file)!;
  return markTableNumbers(html, table, source.file, (cell) => ({ file, line: tableEditLine(text, anchor, cell) })).html;
}
