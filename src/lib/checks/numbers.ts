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
}

/** The attributes that mark a sourced number for the check; spread them onto the element that shows it. */
export function numberAttributes(n: SourcedNumber): Record<string, string> {
  const attributes: Record<string, string> = { 'data-number': n.text, 'data-number-source': `${n.file}:${n.line}`, 'data-number-from': n.from };
  if (n.row !== undefined) attributes['data-number-row'] = n.row;
  if (n.column !== undefined) attributes['data-number-column'] = n.column;
  if (n.noted) attributes['data-number-noted'] = '';
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
    const [file, lineText] = (element.getAttribute('data-number-source') ?? '').split(':');
    const line = Number(lineText);
    const problem = (what: string, fix: string) => problems.push({ file: from, problem: `${text} on ${page}: ${what}`, fix });
    const source = file ? lines(file) : undefined;
    if (!source || !line) {
      problem(`it cites ${file || 'no source'}${line ? ` line ${line}` : ''}, which does not exist`, 'Cite a file of sources/ and the line that prints the number.');
      continue;
    }
    for (const p of checkPrinted({ line, text }, source)) problem(`${p} of sources/${file}`, 'Cite the line where the source prints this number, exactly as printed.');
    const shown = digits(element.textContent ?? '');
    if (!shown.includes(digits(text))) problem(`the page shows “${(element.textContent ?? '').trim()}” where the number belongs`, 'Show the number as printed in its element.');
    // A value an editor's note names carries the note wherever it is shown: in its table row or its figure.
    if (element.hasAttribute('data-number-noted')) {
      const value = digits(text);
      const near = [element.closest('tr'), element.closest('figure')].some((box) =>
        [...(box?.querySelectorAll('[data-editorial]') ?? [])].some((note) => note !== element && !note.contains(element) && digits(note.textContent ?? '').includes(value)),
      );
      if (!near) problem('a 编者注 names this value, but it is shown without the note', 'Show the dataset’s 编者注 with the value (in its row or its figure).');
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
      const header = grid.find((cells) => cells[c]?.tagName.toLowerCase() === 'th' && cells[c]?.closest('thead'))?.[c];
      if (!header || !headerMatches(header.textContent ?? '', columnLabel)) {
        problem(`it should stand under “${columnLabel}”, but its column is headed “${(header?.textContent ?? '').trim()}”`, 'Render the row’s cells in the order of the columns, one per column.');
      }
    }
  }
  return { checked, problems };
}
