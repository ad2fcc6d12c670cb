/**
 * 表 1 易争议业务的判定标准及处理办法补充说明表 (source lines 615–1106).
 *
 * The extraction wrote the table cell by cell, left to right, each cell
 * hard-wrapped at its column width; where a row starts, the 业务类型 cell and
 * the first line of 易出错的处理方式 share one line ("劳务派遣 纳入 BPO 大类").
 * The cell boundaries below were read off the source by column width,
 * indentation and bullets (see the research notes, §3); the repeated header
 * rows at lines 800–804 and 1004–1008 are dropped by the source map.
 */
import type { SourceLine } from '../../../../src/lib/source-map.ts';
import { escapeMdxText } from '../../../../src/lib/import/mdx.ts';
import { joinWrappedLines } from '../../../../src/lib/text.ts';
import { segmentBlocks } from './blocks.ts';

type Range = readonly [number, number];

export interface DisputeRow {
  /** Row anchor, `dispute-<ascii>`. */
  id: string;
  type: Range;
  wrong: Range;
  right: Range;
  reason: Range;
  /** Empty in the source for 代理采购. */
  example: Range | null;
}

export const CAPTION_LINE = 615;
/** 业务类型 / 易出错的处理 + 方式 / 正确处理方式 理由及原因 企业案例 (lines 619–623). */
export const HEADER_LINES: Range = [619, 623];
export const HEADER = ['业务类型', '易出错的处理方式', '正确处理方式', '理由及原因', '企业案例'] as const;
const COLUMN_MIN_WIDTH = ['5em', '7em', '10em', '10em', '9em'] as const;

export const DISPUTE_ROWS: readonly DisputeRow[] = [
  { id: 'dispute-labor-dispatch', type: [625, 625], wrong: [625, 635], right: [637, 653], reason: [655, 671], example: [673, 687] },
  { id: 'dispute-inspection-testing', type: [689, 689], wrong: [689, 699], right: [701, 713], reason: [715, 735], example: [737, 757] },
  { id: 'dispute-transport-warehousing', type: [759, 759], wrong: [759, 763], right: [765, 771], reason: [773, 787], example: [789, 799] },
  { id: 'dispute-engineering-contracting', type: [806, 806], wrong: [806, 814], right: [816, 832], reason: [834, 840], example: [842, 858] },
  { id: 'dispute-industrial-design', type: [860, 860], wrong: [860, 870], right: [872, 898], reason: [900, 910], example: [912, 914] },
  { id: 'dispute-embedded-software', type: [916, 918], wrong: [920, 924], right: [926, 936], reason: [938, 940], example: [941, 955] },
  { id: 'dispute-e-commerce', type: [957, 957], wrong: [957, 961], right: [963, 975], reason: [977, 989], example: [991, 1003] },
  { id: 'dispute-professional-services', type: [1010, 1018], wrong: [1020, 1032], right: [1034, 1050], reason: [1052, 1060], example: [1062, 1076] },
  { id: 'dispute-agency-procurement', type: [1078, 1078], wrong: [1078, 1082], right: [1084, 1086], reason: [1088, 1106], example: null },
];

/** Source lines of one cell. A row's first line is split at its first space between 业务类型 and 易出错的处理方式. */
export function cellLines(row: DisputeRow, column: keyof Omit<DisputeRow, 'id'>, line: (n: number) => string): SourceLine[] {
  const range = row[column];
  if (!range) return [];
  const out: SourceLine[] = [];
  for (let n = range[0]; n <= range[1]; n++) {
    let text = line(n);
    if (row.type[0] === row.wrong[0] && n === row.type[0]) {
      const trimmed = text.trim();
      const space = trimmed.indexOf(' ');
      if (column === 'type') text = trimmed.slice(0, space);
      else if (column === 'wrong') text = trimmed.slice(space + 1);
    }
    out.push({ n, text });
  }
  return out;
}

/** A cell's content: paragraphs as <p>, bulleted reasons as <li> of a <ul>. */
function cellBody(lines: SourceLine[], raw: (n: number) => string): string[] {
  const out: string[] = [];
  let items: string[] = [];
  const closeList = () => {
    if (items.length) out.push('<ul>', ...items, '</ul>');
    items = [];
  };
  // Trailing whitespace ends a paragraph, and so does the end of the cell.
  const last = lines.at(-1)?.n;
  for (const block of segmentBlocks(lines, (n) => (n === last ? `${raw(n)} ` : raw(n)))) {
    const text = escapeMdxText(block.text);
    if (block.bullet) items.push(`<li>${text}</li>`);
    else {
      closeList();
      out.push(`<p>${text}</p>`);
    }
  }
  closeList();
  return out;
}

/** The JSX table, one <tr id="dispute-…"> per row; the 业务类型 cell is the row header. */
export function renderDisputedCasesTable(line: (n: number) => string, raw: (n: number) => string): string {
  const out: string[] = ['<table class="disputed-cases">', '<thead>', '<tr>'];
  // Minimum widths keep the narrow columns from breaking after every character.
  HEADER.forEach((h, i) => out.push(`<th scope="col" style={{ minWidth: '${COLUMN_MIN_WIDTH[i]}' }}>${h}</th>`));
  out.push('</tr>', '</thead>', '<tbody>');
  for (const row of DISPUTE_ROWS) {
    out.push(`<tr id="${row.id}">`);
    const type = joinWrappedLines(cellLines(row, 'type', line).map((l) => l.text));
    out.push(`<th scope="row">${escapeMdxText(type)}</th>`);
    for (const column of ['wrong', 'right', 'reason', 'example'] as const) {
      const body = cellBody(cellLines(row, column, line), raw);
      out.push(body.length ? ['<td>', ...body, '</td>'].join('\n') : '<td></td>');
    }
    out.push('</tr>');
  }
  out.push('</tbody>', '</table>');
  return out.join('\n');
}
