/**
 * Tables of the 2019 report, part b: header structure written out by hand,
 * rows parsed from the source lines (one row a line, cells separated by
 * spaces), rendered as GFM tables, or as JSX `<table>` where cells span
 * columns or rows. Pure functions, no I/O.
 */
import { escapeMdxText, mdxBlock, mdxParagraph, mdxTable } from '../../../../src/lib/import/mdx.ts';
import { normalizeForCompare } from '../../../../src/lib/text.ts';

export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface TableSpec {
  id: string;
  /** Header rows as printed, wrapped labels joined ("全部执行额" + "（亿美元）"). */
  header: (string | HeaderCell)[][];
  /** Row labels that span the first two columns (e.g. "合计" under 排名 + 省（市）). */
  spanningLabels?: string[];
  /** Editorial text (e.g. the unit the source does not state), shown in the block. */
  note?: { id: string; kind: 'error' | 'gap' | 'move' | 'remark'; text: string };
}

export interface ParsedTable {
  caption: string;
  headerLines: string[];
  rows: string[][];
  after: string[];
}

const CAPTION = /^表\s*\d+-\d+\s/;
const SOURCE_LINE = /^(?:数据)?来源：/;
const NUMBER = /^[-+]?\d[\d.,]*%?$/;

/** Splits the source lines of a table (blank lines allowed) into caption, header lines, rows and trailing lines. */
export function parseTableLines(lines: readonly string[]): ParsedTable {
  const text = lines.map((l) => l.trim()).filter(Boolean);
  const caption = text[0];
  if (caption === undefined || !CAPTION.test(caption)) throw new Error(`table does not start with a caption: "${caption}"`);
  const headerLines: string[] = [];
  const rows: string[][] = [];
  const after: string[] = [];
  for (const line of text.slice(1)) {
    if (SOURCE_LINE.test(line) || after.length) {
      after.push(line);
      continue;
    }
    const cells = line.split(/\s+/);
    const isRow = cells.length >= 2 && NUMBER.test(cells.at(-1)!);
    if (isRow) rows.push(cells);
    else if (rows.length) throw new Error(`header-like line "${line}" after the first row`);
    else headerLines.push(line);
  }
  return { caption, headerLines, rows, after };
}

function cellOf(cell: string | HeaderCell): HeaderCell {
  return typeof cell === 'string' ? { text: cell } : cell;
}

/** Number of columns a header describes (from its first row, counting spans). */
export function columnCount(header: TableSpec['header']): number {
  return (header[0] ?? []).map(cellOf).reduce((sum, c) => sum + (c.colSpan ?? 1), 0);
}

function escapeCell(text: string): string {
  return escapeMdxText(text.trim());
}

/** Renders the table of a spec and its parsed lines; throws when the printed header or a row does not fit. */
export function renderTable(spec: TableSpec, parsed: ParsedTable): string {
  const printed = normalizeForCompare(parsed.headerLines.join(''));
  const written = normalizeForCompare(spec.header.flat().map((c) => cellOf(c).text).join(''));
  if (printed !== written) throw new Error(`${spec.id}: header "${written}" does not match the printed header "${printed}"`);
  const columns = columnCount(spec.header);
  const rows = parsed.rows.map((cells): HeaderCell[] => {
    if (cells.length === columns) return cells.map((text) => ({ text }));
    if (cells.length === columns - 1 && spec.spanningLabels?.includes(cells[0]!)) {
      return [{ text: cells[0]!, colSpan: 2 }, ...cells.slice(1).map((text) => ({ text }))];
    }
    throw new Error(`${spec.id}: row "${cells.join(' ')}" has ${cells.length} cells, the table ${columns}`);
  });
  const simple = spec.header.length === 1 && rows.every((r) => r.every((c) => !c.colSpan && !c.rowSpan));
  if (simple) {
    return mdxTable(
      spec.header[0]!.map((c) => cellOf(c).text),
      rows.map((r) => r.map((c) => c.text)),
    );
  }
  const attrs = (c: HeaderCell) =>
    (c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '') + (c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '');
  const tr = (cells: HeaderCell[], tag: 'th' | 'td') =>
    `<tr>${cells.map((c) => `<${tag}${attrs(c)}>${escapeCell(c.text)}</${tag}>`).join('')}</tr>`;
  return [
    '<table>',
    '<thead>',
    ...spec.header.map((row) => tr(row.map(cellOf), 'th')),
    '</thead>',
    '<tbody>',
    ...rows.map((row) => tr(row, 'td')),
    '</tbody>',
    '</table>',
  ].join('\n');
}

/** The whole `<TableBlock>`: caption, table, source line(s) and an optional editorial note. */
export function renderTableBlock(spec: TableSpec, lines: readonly string[], noteBlock?: (n: NonNullable<TableSpec['note']>) => string): string {
  const parsed = parseTableLines(lines);
  const parts = [mdxParagraph([parsed.caption]), renderTable(spec, parsed), ...parsed.after.map((l) => mdxParagraph([l]))];
  if (spec.note && noteBlock) parts.push(noteBlock(spec.note));
  return mdxBlock('TableBlock', { id: spec.id }, parts.join('\n\n'));
}

const AMOUNT_HEADER = (first: string, contracts = '签约合同数（个）') => [
  [first, contracts, '同比增长（%）', '协议额（亿美元）', '同比增长（%）', '执行额（亿美元）', '同比增长（%）'],
];

/** Tables 4-1 … 4-11 and 5-1. */
export const TABLES: TableSpec[] = [
  {
    id: 'table-4-1',
    header: [['区域', '全部执行额（亿美元）', '同比增长（%）', '占全国比重（%）', '离岸执行额（亿美元）', '同比增长（%）', '占全国比重（%）']],
  },
  {
    id: 'table-4-2',
    header: [['排名', '省（市）', '全部执行额（亿美元）', '占全国比重（%）', '离岸执行额（亿美元）', '占全国比重（%）']],
    spanningLabels: ['合计', '全国合计'],
  },
  { id: 'table-4-3', header: AMOUNT_HEADER('省份') },
  { id: 'table-4-4', header: AMOUNT_HEADER('省份') },
  { id: 'table-4-5', header: AMOUNT_HEADER('省份') },
  {
    id: 'table-4-6',
    header: [['省（市）', '全部协议额（亿美元）', '执行额（亿美元）', '离岸协议额（亿美元）', '离岸执行额（亿美元）']],
  },
  {
    id: 'table-4-7',
    header: [['省（市）', '全部协议额同比增长（%）', '执行额同比增长（%）', '离岸协议额同比增长（%）', '离岸执行额同比增长（%）']],
  },
  { id: 'table-4-8', header: AMOUNT_HEADER('省（市）') },
  { id: 'table-4-9', header: AMOUNT_HEADER('省（市）') },
  { id: 'table-4-10', header: AMOUNT_HEADER('省（市）') },
  {
    id: 'table-4-11',
    header: [
      [
        { text: '区域', rowSpan: 2 },
        { text: '示范城市', colSpan: 2 },
        { text: '带动发展城市', colSpan: 2 },
        { text: '集聚度', colSpan: 2 },
      ],
      ['执行额（亿美元）', '离岸执行额（亿美元）', '执行额（亿美元）', '离岸执行额（亿美元）', '执行额（%）', '离岸执行额（%）'],
    ],
  },
  {
    id: 'table-5-1',
    header: [['区域', '2019', '2020f', '2021f']],
    note: {
      id: 'en-dr19-ch5-table-5-1-unit',
      kind: 'remark',
      text: '表 5-1 中的数值为实际 GDP 增长率（%），“f”表示预测值；原表未注明单位。',
    },
  },
];
