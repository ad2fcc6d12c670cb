/**
 * Grid tables from a review file's `grid` (layout-schema.ts): a JSX <table>
 * with a class, column headers (with minimum widths), row groups as <tbody>
 * with a spanning label, a row anchor on every row, and cells that hold
 * several paragraphs or a bulleted list. GFM tables can express none of
 * these, and the `html` form of tables.ts writes one line per row, so a
 * cell with paragraphs needs its own writer.
 */
import type { SourceLine } from '../provenance/source-map.ts';
import { joinWrappedLines, PRIVATE_USE } from '../provenance/source-text.ts';
import type { Grid } from './layout-schema.ts';
import { escapeMdxText, mdxBlock } from './mdx.ts';
import { BULLET_GLYPH } from './paragraphs.ts';

const NOWRAP = `style={{ whiteSpace: 'nowrap' }}`;
const FIGURE = `style={{ textAlign: 'right', whiteSpace: 'nowrap' }}`;

/** Text of a line: bullet glyph and stray private-use glyphs removed. */
const clean = (text: string) => text.replace(BULLET_GLYPH, '').replace(PRIVATE_USE, '');

/**
 * A cell's paragraphs: a paragraph ends after a line with a trailing space
 * (unless the review joins after it) and at the cell's end; a bullet opens a
 * list item. Bulleted paragraphs make a <ul>, the others <p>.
 */
export function cellParagraphs(lines: readonly SourceLine[], joinAfter: ReadonlySet<number>): string[] {
  const blocks: { bullet: boolean; lines: string[] }[] = [];
  let open = false;
  for (const line of lines) {
    if (!line.text.trim()) continue;
    const bullet = BULLET_GLYPH.test(line.text.trimStart());
    if (!open || bullet) blocks.push({ bullet, lines: [] });
    blocks.at(-1)!.lines.push(clean(line.text.trimStart()));
    open = !/\s$/.test(line.text) || joinAfter.has(line.n);
  }
  const out: string[] = [];
  let items: string[] = [];
  const closeList = () => {
    if (items.length) out.push('<ul>', ...items, '</ul>');
    items = [];
  };
  for (const block of blocks) {
    const text = escapeMdxText(joinWrappedLines(block.lines));
    if (block.bullet) items.push(`<li>${text}</li>`);
    else {
      closeList();
      out.push(`<p>${text}</p>`);
    }
  }
  closeList();
  return out;
}

/**
 * The lines of each cell of a `cells` row. Two cells starting on the same
 * line share it: the first gets the text before the line's first space, the
 * second the rest.
 */
export function cellLines(cells: readonly ([number, number] | null)[], textOf: (n: number) => string): SourceLine[][] {
  return cells.map((range, i) => {
    if (!range) return [];
    const previous = cells[i - 1];
    const next = cells[i + 1];
    const out: SourceLine[] = [];
    for (let n = range[0]; n <= range[1]; n++) {
      let text = textOf(n);
      const trimmed = text.trim();
      const space = trimmed.indexOf(' ');
      // The second part keeps the line's trailing space: it may end a paragraph.
      if (n === range[0] && next && next[0] === n) text = trimmed.slice(0, space);
      else if (n === range[0] && previous && previous[0] === n) text = trimmed.slice(space + 1) + /\s*$/.exec(text)![0];
      out.push({ n, text });
    }
    return out;
  });
}

/** The JSX table. `textOf(n)` is line n as published (edits applied, trailing space kept). */
export function gridMarkup(grid: Grid, textOf: (n: number) => string, joinAfter: ReadonlySet<number>, where: string): string {
  const width = grid.columns.length;
  const out = [`<table class="${grid.class}">`, '<thead>', '<tr>'];
  for (const column of grid.columns) {
    const { text, minWidth } = typeof column === 'string' ? { text: column, minWidth: undefined } : column;
    out.push(`<th scope="col"${minWidth ? ` style={{ minWidth: '${minWidth}' }}` : ''}>${escapeMdxText(text)}</th>`);
  }
  out.push('</tr>', '</thead>');
  let bodyOpen = false;
  const openBody = () => {
    if (bodyOpen) out.push('</tbody>');
    out.push('<tbody>');
    bodyOpen = true;
  };
  const rowHeader = grid.figures ? ` ${NOWRAP}` : '';
  const dataCell = grid.figures ? ` ${FIGURE}` : '';
  for (const row of grid.rows) {
    if ('group' in row) {
      if (row.line && textOf(row.line).trim() !== row.group) throw new Error(`${where}: group “${row.group}” is not what line ${row.line} prints (“${textOf(row.line).trim()}”)`);
      openBody();
      if (row.group) out.push(`<tr><th scope="rowgroup" colspan="${width}">${escapeMdxText(row.group)}</th></tr>`);
      continue;
    }
    if (!bodyOpen) openBody();
    if ('split' in row) {
      const cells = textOf(row.split).trim().split(/\s+/);
      if (cells.length > width || (cells.length < width && !row.padEnd)) {
        throw new Error(`${where}: grid row ${row.id} (line ${row.split}) has ${cells.length} cells under ${width} columns; fix the line, or give padEnd: true when the source leaves the last cells blank`);
      }
      while (cells.length < width) cells.push('');
      const [head, ...rest] = cells;
      out.push(`<tr id="${row.id}"><th scope="row"${rowHeader}>${escapeMdxText(head!)}</th>${rest.map((c) => `<td${dataCell}>${escapeMdxText(c)}</td>`).join('')}</tr>`);
      continue;
    }
    if (row.cells.length !== width) throw new Error(`${where}: grid row ${row.id} has ${row.cells.length} cells under ${width} columns`);
    const [head, ...rest] = cellLines(row.cells, textOf);
    out.push(`<tr id="${row.id}">`, `<th scope="row"${rowHeader}>${escapeMdxText(joinWrappedLines(head!.map((l) => clean(l.text))))}</th>`);
    for (const lines of rest) {
      const body = cellParagraphs(lines, joinAfter);
      out.push(body.length ? ['<td>', ...body, '</td>'].join('\n') : '<td></td>');
    }
    out.push('</tr>');
  }
  if (bodyOpen) out.push('</tbody>');
  out.push('</table>');
  return out.join('\n');
}

/**
 * Lines of the table's ranges that no part of the grid publishes, or that two
 * parts publish: each non-blank line belongs to the caption, the footer, the
 * header lines, a split row or exactly one cell (a line two cells share
 * counts once). A mistyped range shows up here instead of as a lost sentence.
 */
export function unclaimedLines(grid: Grid, lines: readonly number[], caption: readonly number[], footer: readonly number[], textOf: (n: number) => string): string[] {
  const claims = new Map<number, number>();
  const claim = (n: number) => claims.set(n, (claims.get(n) ?? 0) + 1);
  [...caption, ...footer].forEach(claim);
  if (grid.header) for (let n = grid.header[0]; n <= grid.header[1]; n++) claim(n);
  for (const row of grid.rows) {
    if ('split' in row) claim(row.split);
    if ('group' in row && row.line) claim(row.line);
    if (!('cells' in row)) continue;
    row.cells.forEach((range, i) => {
      if (!range) return;
      const shared = row.cells[i - 1]?.[0] === range[0];
      for (let n = shared ? range[0] + 1 : range[0]; n <= range[1]; n++) claim(n);
    });
  }
  return lines
    .filter((n) => textOf(n).trim() !== '' && claims.get(n) !== 1)
    .map((n) => `line ${n} is ${claims.has(n) ? `published ${claims.get(n)} times` : 'in no cell, row, caption or header'}`);
}

/**
 * The table block of a grid: caption paragraphs, the table, footer
 * paragraphs; the notes anchored on its lines inside the block, or returned
 * apart (`notesOutside`) to follow it.
 */
export function gridBlock(
  table: { id: string; caption: readonly number[]; footer: readonly number[]; grid?: Grid; notesOutside?: boolean },
  lines: readonly number[],
  textOf: (n: number) => string,
  notesAfter: (lines: readonly number[]) => string[],
  joinAfter: ReadonlySet<number>,
  where: string,
): { block: string; notes: string[] } {
  const problems = unclaimedLines(table.grid!, lines, table.caption, table.footer, textOf);
  if (problems.length) throw new Error(`${where}: ${problems.join('; ')}; fix the row's cell ranges (or header) so that every line of the table is published once`);
  const used = new Set([...table.caption, ...table.footer]);
  const paragraph = (n: number) => [escapeMdxText(joinWrappedLines([textOf(n)])), ...notesAfter([n])];
  const notes = notesAfter(lines.filter((n) => !used.has(n)));
  const parts = [
    ...table.caption.flatMap(paragraph),
    gridMarkup(table.grid!, textOf, joinAfter, where),
    ...(table.notesOutside ? [] : notes),
    ...table.footer.flatMap(paragraph),
  ];
  return { block: mdxBlock('TableBlock', { id: table.id }, parts.join('\n\n')), notes: table.notesOutside ? notes : [] };
}
