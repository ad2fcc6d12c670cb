/**
 * A JSX <table> for MDX, for tables that need merged cells (GFM has none).
 * Cell text is source text: it is escaped like any MDX text; several lines
 * of one cell are joined with <br />.
 */
import { escapeMdxText } from '../../../../src/lib/import/mdx.ts';

export interface Cell {
  /** One entry per printed line of the cell. */
  lines: readonly string[];
  header?: boolean;
  scope?: 'col' | 'row' | 'colgroup' | 'rowgroup';
  colspan?: number;
  rowspan?: number;
}

function cell(c: Cell): string {
  const tag = c.header ? 'th' : 'td';
  const attrs = [
    c.scope ? ` scope="${c.scope}"` : '',
    c.colspan && c.colspan > 1 ? ` colspan="${c.colspan}"` : '',
    c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : '',
  ].join('');
  const text = c.lines.map((l) => escapeMdxText(l.trim())).filter(Boolean).join('<br />');
  return `<${tag}${attrs}>${text}</${tag}>`;
}

function rows(list: readonly (readonly Cell[])[]): string[] {
  return list.map((r) => `<tr>${r.map(cell).join('')}</tr>`);
}

/** `widths`: optional column widths (CSS lengths or percentages), written as a <colgroup>. */
export function jsxTable(
  head: readonly (readonly Cell[])[],
  body: readonly (readonly Cell[])[],
  widths?: readonly string[],
): string {
  const colgroup = widths ? [`<colgroup>${widths.map((w) => `<col style="width: ${w}" />`).join('')}</colgroup>`] : [];
  return ['<table>', ...colgroup, '<thead>', ...rows(head), '</thead>', '<tbody>', ...rows(body), '</tbody>', '</table>'].join('\n');
}
