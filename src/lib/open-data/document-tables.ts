/**
 * The tables of the documents as data: every <TableBlock> of a document page,
 * parsed from its MDX (GFM pipe tables with remark-gfm, HTML tables with
 * linkedom), each cell located on its line of the source text. The result is
 * one tidy row per cell of the original table: nothing drawn or selected, so a
 * table downloads whole.
 */
import { parseHTML } from 'linkedom';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findEditorNotes } from '../editorial/editor-notes.ts';
import { normalizeForCompare } from '../provenance/source-text.ts';

export interface TableCell {
  /** Group heading of the row (a row that spans the whole table, e.g. "ITO"), if any. */
  group: string | null;
  /** The row's label: the text of its first column. */
  row: string;
  /** The column's header (levels joined with " / "). */
  column: string;
  /** The cell exactly as published. */
  printed: string;
  /** The number the cell states, when it is one. */
  value: number | null;
  unit: string | null;
  /** Source line where the cell's text starts; null when it cannot be found. */
  line: number | null;
  /** Where the cell stands in the table: its body row (group rows counted, 0-based) and grid column (spans expanded; 0 is the row label). */
  at?: { row: number; column: number };
}

export interface DocumentTable {
  document: string;
  page: string;
  /** The TableBlock id, e.g. "table-4-1". */
  anchor: string;
  /** "表 4-1", or the caption itself when the table has no number. */
  number: string;
  caption: string;
  /** Table-wide unit ("单位：亿美元", "(单位：亿美元)", "（万美元）" in the caption). */
  unit: string | null;
  /** Paragraphs around the table: English caption, 单位, 数据来源, 注. */
  notes: string[];
  /** 编者注 inside the table block or right after it. */
  editorNotes: { id: string; kind: string; text: string }[];
  cells: TableCell[];
  /** Numbers of the source's table lines that no cell, header or note accounts for. */
  missing: string[];
  /** Source line ranges of the table (from the source map). */
  lines: { from: number; to: number }[];
}

const NUMBER = /^[-+−]?[\d,，]+(?:\.\d+)?%?$/;

function unescapeMdx(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

function clean(text: string): string {
  return unescapeMdx(text).replace(/\s+/g, ' ').trim();
}

/** The number a printed cell states: "1,172" → 1172, "−0.02" → -0.02, "55.74%" → 55.74. */
export function cellNumber(printed: string): number | null {
  if (!NUMBER.test(printed)) return null;
  return Number(printed.replace(/[,，%]/g, '').replace('−', '-'));
}

/** The unit in a header or caption: the last （…） or (…), without "单位：". */
export function unitIn(label: string): string | null {
  const m = /[（(]\s*(?:单位[:：]\s*)?([^（()）]+?)\s*[）)]\s*$/.exec(label);
  return m ? m[1]! : null;
}

interface Grid {
  header: string[][];
  body: { cells: string[]; spansAll: boolean }[];
}

function gfmGrid(markdown: string): Grid | undefined {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const table = tree.children.find((n): n is Table => n.type === 'table');
  if (!table) return undefined;
  const [head, ...rows] = table.children.map((r) => r.children.map((c) => clean(toString(c))));
  return { header: head ? [head] : [], body: rows.map((cells) => ({ cells, spansAll: false })) };
}

function htmlGrid(html: string): Grid {
  // JSX attribute values (style={{ … }}) are not HTML; they carry no content.
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(/\s[\w-]+=\{\{[^}]*\}\}/g, '')}</body></html>`);
  const expand = (rows: Element[]) => {
    const grid: string[][] = [];
    const spansAll: boolean[] = [];
    rows.forEach((tr, r) => {
      grid[r] ??= [];
      let c = 0;
      const cells = [...tr.children].filter((el) => el.tagName === 'TD' || el.tagName === 'TH');
      for (const cell of cells) {
        while (grid[r]![c] !== undefined) c++;
        const rowspan = Number(cell.getAttribute('rowspan') ?? 1);
        const colspan = Number(cell.getAttribute('colspan') ?? 1);
        const text = clean(cell.textContent ?? '');
        for (let i = 0; i < rowspan; i++) for (let j = 0; j < colspan; j++) ((grid[r + i] ??= [])[c + j] = text);
        c += colspan;
      }
      spansAll[r] = cells.length === 1 && Number(cells[0]!.getAttribute('colspan') ?? 1) > 1;
    });
    return { grid, spansAll };
  };
  const table = document.querySelector('table')!;
  const headRows = [...table.querySelectorAll('thead tr')] as unknown as Element[];
  const bodyRows = [...table.querySelectorAll('tbody tr')] as unknown as Element[];
  const allRows = headRows.length || bodyRows.length ? null : ([...table.querySelectorAll('tr')] as unknown as Element[]);
  const head = expand(headRows);
  const body = expand(allRows ? allRows.slice(1) : bodyRows);
  if (allRows) head.grid.push(...expand(allRows.slice(0, 1)).grid);
  return { header: head.grid, body: body.grid.map((cells, i) => ({ cells, spansAll: body.spansAll[i]! })) };
}

/** Column labels from the header rows: distinct texts from top to bottom, joined with " / ". */
function columnLabels(header: string[][], width: number): string[] {
  return Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    for (const row of header) {
      const text = row[c] ?? '';
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    return parts.join(' / ');
  });
}

const minus = (s: string) => s.replace(/[−–]/g, '-');

/**
 * Finds each cell on its source line, in reading order: numbers as whole
 * whitespace-separated tokens (so 8.4 is not found inside 28.4), text by its
 * characters without spaces. A cell not found after the previous one is
 * searched from the start of the table (the PDF extraction may have put
 * columns out of order).
 */
export function locateCells(texts: readonly string[], lines: readonly { n: number; text: string }[]): (number | null)[] {
  const tokens = lines.map((l) => l.text.trim().split(/[\s\u3000]+/).filter(Boolean).map(minus));
  const used = lines.map((_, i) => tokens[i]!.map(() => false));
  const normalized = lines.map((l) => normalizeForCompare(l.text));
  let cursor = 0;
  const findNumber = (token: string, from: number) => {
    for (let i = from; i < lines.length; i++) {
      const j = tokens[i]!.findIndex((t, k) => !used[i]![k] && t === token);
      if (j !== -1) {
        used[i]![j] = true;
        return i;
      }
    }
    return -1;
  };
  const findText = (text: string, from: number) => {
    const needle = normalizeForCompare(text);
    if (!needle) return -1;
    for (let i = from; i < lines.length; i++) {
      // A cell's text may wrap: it starts on line i when it begins within line i's text.
      const own = normalized[i]!.length;
      if (own === 0) continue;
      let joined = '';
      for (let k = i; k < lines.length && joined.length < own + needle.length; k++) joined += normalized[k]!;
      const at = joined.indexOf(needle);
      if (at !== -1 && at < own) return i;
    }
    return -1;
  };
  return texts.map((text) => {
    if (!text) return null;
    const isNumber = cellNumber(text) !== null;
    const find = isNumber ? (from: number) => findNumber(minus(text), from) : (from: number) => findText(text, from);
    let at = find(cursor);
    if (at === -1) at = find(0);
    if (at === -1) return null;
    cursor = at;
    return lines[at]!.n;
  });
}

/** The <TableBlock>s of a page's MDX with their inner text and what follows them. */
export function tableBlocks(body: string): { id: string; inner: string; after: string }[] {
  const blocks: { id: string; inner: string; after: string }[] = [];
  for (const m of body.matchAll(/<TableBlock\s+id="([a-z0-9-]+)"\s*>([\s\S]*?)<\/TableBlock>/g)) {
    const rest = body.slice(m.index! + m[0].length);
    // An 编者注 right after the table (only blank lines between) is about the table.
    const after = /^\s*(<EditorNote\b[\s\S]*?<\/EditorNote>\s*)+/.exec(rest)?.[0] ?? '';
    blocks.push({ id: m[1]!, inner: m[2]!, after });
  }
  return blocks;
}

export interface TableSource {
  file: string;
  /** All lines of the source file (lines[0] is line 1). */
  lines: readonly string[];
  /** The source map's table ranges, by table id. */
  ranges: readonly { id: string; from: number; to: number }[];
}

/** Every table of one document page, as cells with their source lines. */
export function documentTables(document: string, page: string, body: string, source: TableSource): DocumentTable[] {
  return tableBlocks(body).map(({ id, inner, after }) => {
    const editorNotes = findEditorNotes(`${inner}\n${after}`).map((n) => ({ id: n.id, kind: n.kind, text: n.text }));
    const withoutNotes = inner.replace(/<EditorNote\b[\s\S]*?<\/EditorNote>/g, '');
    const htmlStart = withoutNotes.indexOf('<table');
    let grid: Grid | undefined;
    let prose: string;
    if (htmlStart !== -1) {
      const end = withoutNotes.indexOf('</table>', htmlStart) + '</table>'.length;
      grid = htmlGrid(withoutNotes.slice(htmlStart, end));
      prose = `${withoutNotes.slice(0, htmlStart)}\n${withoutNotes.slice(end)}`;
    } else {
      grid = gfmGrid(withoutNotes);
      prose = withoutNotes
        .split('\n')
        .filter((l) => !l.trim().startsWith('|'))
        .join('\n');
    }
    if (!grid) throw new Error(`<TableBlock id="${id}"> in ${document}/${page}: no table inside. Fix: put a Markdown or HTML table between <TableBlock> and </TableBlock>.`);
    const paragraphs = prose
      .split(/\n\s*\n/)
      .map((p) => clean(p.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')))
      .filter(Boolean);
    const caption = paragraphs[0] ?? id;
    const notes = paragraphs.slice(1);
    const number = /^(表\s*[\dA-Za-z]+(?:[-.－]\d+)*)/.exec(caption)?.[1]?.replace(/\.$/, '') ?? caption;
    const unitLine = notes.find((n) => /^单位[:：]/.test(n));
    const unit = unitLine ? unitLine.replace(/^单位[:：]\s*/, '').replace(/[。.]$/, '') : unitIn(caption);

    const width = Math.max(...grid.header.map((r) => r.length), ...grid.body.map((r) => r.cells.length));
    const labels = columnLabels(grid.header, width);
    const cells: Omit<TableCell, 'line'>[] = [];
    let group: string | null = null;
    for (const [r, { cells: row, spansAll }] of grid.body.entries()) {
      if (spansAll) {
        group = row[0] ?? null;
        continue;
      }
      const label = row[0] ?? '';
      for (let c = 1; c < width; c++) {
        const printed = row[c] ?? '';
        const value = cellNumber(printed);
        cells.push({
          group,
          row: label,
          column: labels[c] ?? '',
          printed,
          value,
          // Only numbers have units (a header like 省（市） has brackets but no unit).
          unit: value === null ? null : printed.endsWith('%') ? '%' : (unitIn(labels[c] ?? '') ?? unit),
          at: { row: r, column: c },
        });
      }
    }
    const ranges = source.ranges.filter((r) => r.id === id);
    const sourceLines = ranges.flatMap((r) => Array.from({ length: r.to - r.from + 1 }, (_, i) => ({ n: r.from + i, text: source.lines[r.from + i - 1] ?? '' })));
    // Row labels are located too, so that a row's numbers are searched from its own line on.
    const order: string[] = [];
    const slots: number[] = [];
    let lastRow: string | undefined;
    cells.forEach((cell, i) => {
      if (cell.row !== lastRow) {
        order.push(cell.row);
        slots.push(-1);
        lastRow = cell.row;
      }
      order.push(cell.printed);
      slots.push(i);
    });
    const found = locateCells(order, sourceLines);
    const located: TableCell[] = cells.map((cell) => ({ ...cell, line: null }));
    slots.forEach((slot, k) => {
      if (slot !== -1) located[slot]!.line = found[k] ?? null;
    });

    // Completeness: every number of the source's table lines is a cell, or part of a header, caption or note.
    const pool = new Map<string, number>();
    for (const cell of located) if (cell.value !== null) pool.set(minus(cell.printed), (pool.get(minus(cell.printed)) ?? 0) + 1);
    const otherText = normalizeForCompare(minus([caption, ...notes, ...grid.header.flat(), ...grid.body.map((r) => r.cells[0] ?? '')].join(' ')));
    const missing: string[] = [];
    for (const token of sourceLines.flatMap((l) => l.text.trim().split(/[\s\u3000]+/)).map(minus)) {
      if (cellNumber(token) === null) continue;
      const left = pool.get(token) ?? 0;
      if (left > 0) pool.set(token, left - 1);
      else if (!otherText.includes(normalizeForCompare(token))) missing.push(token);
    }
    return {
      document,
      page,
      anchor: id,
      number,
      caption,
      unit,
      notes,
      editorNotes,
      cells: located,
      missing,
      lines: ranges.map((r) => ({ from: r.from, to: r.to })),
    };
  });
}
