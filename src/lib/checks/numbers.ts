/**
 * Numbers checked where a reader sees them. Every component that shows a
 * number from a source marks the element with numberAttributes(): the number
 * as printed, its source file and line, the data file it comes from, and,
 * in a table, the row and column it belongs in. After the build,
 * verifyNumbers() reads every page and checks each marked number: it is
 * printed at its cited line, the element shows it, and it stands in the row
 * and column its data says (header texts match). Tables must be rectangular.
 */
import { checkPrinted } from '../charts/provenance.ts';
import type { ContentProblem } from './problems.ts';

export interface SourcedNumber {
  /** As printed in the source, e.g. "1580.8", "17.9%", "1,172". */
  text: string;
  /** Source file name in sources/, e.g. "development-report-2019.txt". */
  file: string;
  line: number;
  /** The data file a person edits, e.g. "src/data/charts/x/fig-1-1.json". */
  from: string;
  /** In a table: the label of the row (its first cell holds it) … */
  row?: string | undefined;
  /** … and the column header the number stands under. */
  column?: string | undefined;
  /** A 编者注 names this value (a known source error or remark): it must be shown with it. */
  noted?: boolean | undefined;
  /** The ids of the 编者注 that name it, when they stand apart from its row or figure (after a document table). */
  notes?: readonly string[] | undefined;
  /** The line of `from` to edit, when known. */
  fromLine?: number | undefined;
}

/** The attributes that mark a sourced number for the check; spread them onto the element that shows it. */
export function numberAttributes(n: SourcedNumber): Record<string, string> {
  const attributes: Record<string, string> = { 'data-number': n.text, 'data-number-source': `${n.file}:${n.line}`, 'data-number-from': n.from };
  if (n.row !== undefined) attributes['data-number-row'] = n.row;
  if (n.column !== undefined) attributes['data-number-column'] = n.column;
  if (n.noted || n.notes?.length) attributes['data-number-noted'] = n.notes?.join(' ') ?? '';
  if (n.fromLine) attributes['data-number-from-line'] = String(n.fromLine);
  return attributes;
}

const squash = (text: string) => text.replace(/\s+/g, '');
/** "1,172" and "1172", "−3.2" and "-3.2", "17.9%" and "17.9" read the same. */
const digits = (text: string) => squash(text).replace(/[,，]/g, '').replace('−', '-').replace(/%$/, '');

/** A column header names the column exactly, or followed by its unit: "执行额（亿美元）". */
function headerMatches(header: string, label: string): boolean {
  const h = squash(header);
  const l = squash(label);
  return h === l || h.startsWith(`${l}（`) || h.startsWith(`${l}(`);
}

/** A table as a grid of cells, spans expanded: grid[row][column]. */
export function tableGrid(table: Element): Element[][] {
  const grid: Element[][] = [];
  const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
  rows.forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of [...tr.children].filter((e) => /^t[hd]$/i.test(e.tagName))) {
      while (grid[r]![c]) c++;
      const colspan = Math.max(1, Number(cell.getAttribute('colspan') ?? 1) || 1);
      const rowspan = Math.max(1, Number(cell.getAttribute('rowspan') ?? 1) || 1);
      for (let dr = 0; dr < rowspan && r + dr < rows.length; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colspan; dc++) grid[r + dr]![c + dc] = cell;
      }
      c += colspan;
    }
  });
  return grid;
}

/** Rows whose width (spans counted) differs from the widest row: every figure after a missing cell sits one column off. */
export function raggedRows(table: Element): { row: number; width: number; expected: number }[] {
  const grid = tableGrid(table);
  const widths = grid.map((cells) => cells.filter(Boolean).length);
  const expected = Math.max(0, ...widths);
  return widths.flatMap((width, row) => (width === expected ? [] : [{ row: row + 1, width, expected }]));
}

/** The header rows of a table: its <thead> rows, or its first row when it has none. */
function headerRows(table: Element, grid: Element[][]): Element[][] {
  const rows = grid.filter((cells) => cells.some((cell) => cell?.closest('thead')));
  return rows.length ? rows : grid.slice(0, 1).filter((cells) => cells.some((cell) => cell?.tagName.toLowerCase() === 'th'));
}

/** A column's header: its top header cell, and all its header levels joined with " / " (as the data names them). */
function columnHeaders(table: Element, grid: Element[][], column: number): string[] {
  const texts: string[] = [];
  for (const cells of headerRows(table, grid)) {
    const text = (cells[column]?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && texts.at(-1) !== text) texts.push(text);
  }
  return texts.length > 1 ? [texts[0]!, texts.join(' / ')] : texts;
}

export interface PageNumbers {
  checked: number;
  problems: ContentProblem[];
}

/**
 * Checks every marked number and every table of one built page. `lines`
 * gives a source file's lines (undefined when the file does not exist).
 */
export function verifyNumbers(document: Document, page: string, lines: (file: string) => readonly string[] | undefined): PageNumbers {
  const problems: ContentProblem[] = [];
  let checked = 0;
  for (const table of document.querySelectorAll('table')) {
    for (const r of raggedRows(table)) {
      const caption = table.closest('[id]')?.getAttribute('id');
      problems.push({
        file: `the page ${page}`,
        problem: `a table${caption ? ` in #${caption}` : ''} on ${page} has ${r.width} cells in row ${r.row} under ${r.expected} columns, so its figures stand in the wrong columns`,
        fix: 'Give every row one cell per column (an empty cell where the source prints none).',
      });
    }
  }
  for (const element of document.querySelectorAll('[data-number]')) {
    checked++;
    const text = element.getAttribute('data-number')!;
    const from = element.getAttribute('data-number-from') ?? `the page ${page}`;
    const fromLine = Number(element.getAttribute('data-number-from-line')) || undefined;
    const [file, lineText = ''] = (element.getAttribute('data-number-source') ?? '').split(':');
    // "12" is a line; "10-20" a range (a table cell not found on one line: printed somewhere in the table's lines).
    const [line, last = line] = lineText.split('-').map(Number) as [number, number?];
    const problem = (what: string, fix: string) => problems.push({ file: from, line: fromLine, problem: `${text} on ${page}: ${what}`, fix });
    const source = file ? lines(file) : undefined;
    if (!source || !line || !last || last < line || last > source.length) {
      problem(`it cites ${file || 'no source'}${lineText ? ` line ${lineText}` : ''}, which does not exist`, 'Cite a file of sources/ and the line that prints the number.');
      continue;
    }
    if (last === line) {
      for (const p of checkPrinted({ line, text }, source)) problem(`${p} of sources/${file}`, 'Cite the line where the source prints this number, exactly as printed.');
    } else if (Array.from({ length: last - line + 1 }, (_, i) => line + i).every((n) => checkPrinted({ line: n, text }, source).length > 0)) {
      problem(`"${text}" is not printed in lines ${line}–${last} of sources/${file}`, 'Copy the number exactly as the source prints it there.');
    }
    const onPage = digits(element.textContent ?? '');
    if (!onPage.includes(digits(text))) problem(`the page shows “${(element.textContent ?? '').trim()}” where the number belongs`, 'Show the number as printed in its element.');
    // A value an editor's note names carries the note wherever it is shown: in its table row or its figure.
    if (element.hasAttribute('data-number-noted')) {
      const value = digits(text);
      const names = (note: Element | null) => !!note && note !== element && !note.contains(element) && note.hasAttribute('data-editorial') && digits(note.textContent ?? '').includes(value);
      // The notes it names by id (a document table's notes stand after it), or a note in its row or figure.
      const ids = (element.getAttribute('data-number-noted') ?? '').split(/\s+/).filter(Boolean);
      const near = ids.length
        ? ids.some((id) => names(document.getElementById(id)))
        : [element.closest('tr'), element.closest('figure')].some((box) => [...(box?.querySelectorAll('[data-editorial]') ?? [])].some(names));
      if (!near) problem('a 编者注 names this value, but it is shown without the note', ids.length ? `Keep the 编者注 ${ids.map((id) => `#${id}`).join(', ')} with the table that shows the value.` : 'Show the dataset’s 编者注 with the value (in its row or its figure).');
    }
    const rowLabel = element.getAttribute('data-number-row');
    const columnLabel = element.getAttribute('data-number-column');
    if (rowLabel === null && columnLabel === null) continue;
    const cell = element.closest('td, th');
    const table = cell?.closest('table');
    if (!cell || !table) {
      problem('it is marked with a row or column but is not in a table', 'Mark table cells only with a row and column.');
      continue;
    }
    const grid = tableGrid(table);
    const r = grid.findIndex((cells) => cells.includes(cell));
    const c = grid[r]?.indexOf(cell) ?? -1;
    if (rowLabel !== null) {
      const head = grid[r]?.[0];
      if (!head || !squash(head.textContent ?? '').startsWith(squash(rowLabel))) {
        problem(`it should stand in the row “${rowLabel}”, but its row begins “${(head?.textContent ?? '').trim()}”`, 'Render the row’s cells in the order of the columns, one per column.');
      }
    }
    if (columnLabel !== null) {
      const headers = columnHeaders(table, grid, c);
      if (!headers.some((header) => headerMatches(header, columnLabel))) {
        problem(`it should stand under “${columnLabel}”, but its column is headed “${headers.at(-1) ?? ''}”`, 'Render the row’s cells in the order of the columns, one per column.');
      }
    }
  }
  return { checked, problems };
}
