/**
 * Tables 1-1, 3-1 and 3-2 of the 2019 report, rebuilt from their source
 * lines. Each renderer checks the lines it is given against the layout it
 * expects, so a changed source map fails loudly instead of shifting cells.
 */
import { escapeMdxText, mdxBlock, mdxParagraph, mdxTable } from '../../../../src/lib/import/mdx.ts';
import type { SourceLine } from '../../../../src/lib/source-map.ts';
import { normalizeForCompare } from '../../../../src/lib/text.ts';
import type { TableRenderer } from './a-build.ts';

const CAPTION = /^表\s*\d+-\d+\s/;
const SOURCE = /^数据来源：/;
const NOTE = /^注：/;

interface TableParts {
  caption: string;
  header: string;
  rows: string[];
  /** 数据来源 and 注 lines, in order. */
  after: string[];
}

/** Splits a table's non-blank source lines into caption, header line, row lines and trailing 数据来源/注 lines. */
export function tableParts(lines: readonly SourceLine[]): TableParts {
  const texts = lines.map((l) => l.text.trim()).filter(Boolean);
  const [caption, header, ...rest] = texts;
  if (!caption || !CAPTION.test(caption)) throw new Error(`table does not start with a caption: ${caption}`);
  if (!header) throw new Error(`table ${caption} has no header`);
  const firstAfter = rest.findIndex((t) => SOURCE.test(t));
  if (firstAfter === -1) throw new Error(`table ${caption} has no 数据来源 line`);
  const after = rest.slice(firstAfter);
  if (!after.every((t) => SOURCE.test(t) || NOTE.test(t))) throw new Error(`table ${caption}: text after 数据来源 is not a 注 line`);
  return { caption, header, rows: rest.slice(0, firstAfter), after };
}

/** Throws unless `cells` are exactly the text of `line` (whitespace aside). */
function expectSame(cells: readonly string[], line: string): void {
  if (normalizeForCompare(cells.join('')) !== normalizeForCompare(line)) {
    throw new Error(`table cells ${JSON.stringify(cells)} do not match the source line "${line}"`);
  }
}

function block(id: string, parts: TableParts, table: string, notes: readonly string[]): string {
  const children = [mdxParagraph([parts.caption]), table, ...parts.after.map((t) => mdxParagraph([t])), ...notes];
  return mdxBlock('TableBlock', { id }, children.join('\n\n'));
}

/**
 * A table whose rows are whitespace-separated cells, one row a line; the
 * header is given (its source line may have wrapped or empty cells) and is
 * checked against the source.
 */
export function simpleTable(id: string, header: readonly string[]): TableRenderer {
  return (lines, notes) => {
    const parts = tableParts(lines);
    expectSame(header, parts.header);
    const rows = parts.rows.map((row) => {
      const cells = row.split(/\s+/);
      if (cells.length !== header.length) throw new Error(`${id}: row "${row}" has ${cells.length} cells, expected ${header.length}`);
      return cells;
    });
    return block(id, parts, mdxTable(header, rows), notes);
  };
}

interface JsxCell {
  text: string;
  rowspan?: number;
}

/** A JSX table (for merged cells, which GFM cannot express); cell text is escaped for MDX. */
export function jsxTable(header: readonly string[], rows: readonly (readonly JsxCell[])[]): string {
  const cell = (tag: 'th' | 'td', c: JsxCell) =>
    `<${tag}${c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}>${escapeMdxText(c.text)}</${tag}>`;
  return [
    '<table>',
    '<thead>',
    `<tr>${header.map((h) => cell('th', { text: h })).join('')}</tr>`,
    '</thead>',
    '<tbody>',
    ...rows.map((row) => `<tr>${row.map((c) => cell('td', c)).join('')}</tr>`),
    '</tbody>',
    '</table>',
  ].join('\n');
}

/**
 * Table 3-2: a stage (研发阶段) either stands on one line with its value and
 * an empty 试验内容 cell (two spaces in the dump: "化合物筛选  30%—60%"), or
 * stands alone on a line and spans the rows below it up to the next stage;
 * those rows are "试验内容 value", where 试验内容 may contain a space ("I 期临床").
 */
export function stagedTable(id: string, header: readonly string[]): TableRenderer {
  return (lines, notes) => {
    const parts = tableParts(lines);
    expectSame(header, parts.header);
    const rows: JsxCell[][] = [];
    let group: JsxCell | undefined;
    for (const row of parts.rows) {
      const standalone = row.split(/\s{2,}/);
      if (standalone.length === 2) {
        rows.push([{ text: standalone[0]! }, { text: '' }, { text: standalone[1]! }]);
        group = undefined;
      } else if (!/\s/.test(row)) {
        group = { text: row, rowspan: 0 };
      } else {
        if (!group) throw new Error(`${id}: row "${row}" has no 研发阶段 above it`);
        const value = row.slice(row.lastIndexOf(' ') + 1);
        const content = row.slice(0, row.lastIndexOf(' ')).trim();
        rows.push(group.rowspan === 0 ? [group, { text: content }, { text: value }] : [{ text: content }, { text: value }]);
        group.rowspan! += 1;
      }
    }
    return block(id, parts, jsxTable(header, rows), notes);
  };
}
