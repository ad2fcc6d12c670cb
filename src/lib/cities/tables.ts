/**
 * The report's tables on the city, region and circle pages: a chart dataset
 * read back as a table (rows × series, each cell as printed with its line),
 * the subset a chart draws, and a highlighted bar. Pure functions.
 */
import { parseHTML } from 'linkedom';
import type { Dataset } from '../charts/dataset.ts';
import type { CityDataset } from './schema.ts';

export interface TableCell {
  /** As printed; derived values are not used in these tables. */
  text: string;
  line: number;
}

export interface TableRow {
  label: string;
  total: boolean;
  cells: (TableCell | undefined)[];
  /** Source lines of the row's cells, ascending. */
  lines: number[];
}

export interface TableModel {
  columns: { series: string; unit: string }[];
  rows: TableRow[];
}

/** Rows in order of first appearance; columns are the series, in order of first appearance. */
export function datasetTable(dataset: CityDataset): TableModel {
  const columns: TableModel['columns'] = [];
  const rows: TableRow[] = [];
  for (const row of dataset.rows) {
    const series = row.series ?? dataset.title;
    let column = columns.findIndex((c) => c.series === series);
    if (column === -1) column = columns.push({ series, unit: row.unit ?? dataset.unit }) - 1;
    const label = String(row.x);
    let target = rows.find((r) => r.label === label);
    if (!target) {
      target = { label, total: dataset.totals.includes(label), cells: [], lines: [] };
      rows.push(target);
    }
    if (row.source) {
      target.cells[column] = { text: row.source.text, line: row.source.line };
      if (!target.lines.includes(row.source.line)) target.lines.push(row.source.line);
    }
  }
  for (const row of rows) {
    // Dense, one cell per column: a sparse array's holes are skipped by map() and would shift the row's cells left.
    row.cells = Array.from({ length: columns.length }, (_, i) => row.cells[i]);
    row.lines.sort((a, b) => a - b);
  }
  return { columns, rows };
}

/** The rows a chart draws: the given series (all when none given), without total rows. */
export function chartSubset(dataset: CityDataset, series?: readonly string[]): Dataset {
  const rows = dataset.rows.filter((r) => !dataset.totals.includes(String(r.x)) && (!series || series.includes(r.series ?? dataset.title)));
  return { ...dataset, rows };
}

/** Rows of a table whose label is one of `names` (a province's or region's names). */
export function rowsLabelled(table: TableModel, names: readonly string[]): TableRow[] {
  return table.rows.filter((r) => names.includes(r.label));
}

/**
 * Marks the bars (and the axis label) of one category in a rendered chart:
 * their tooltips read "<label>：…" or "<series> · <label>：…". Bars are
 * recoloured only in a single-series chart.
 */
export function highlightBars(svg: string, label: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const pattern = new RegExp(`(?:^| · )${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：`);
  // With several series the bar colours tell the series apart; then only the axis label is marked.
  const grouped = document.querySelector('figure') !== null;
  let found = 0;
  for (const title of document.querySelectorAll('title')) {
    const mark = title.parentElement;
    if (mark && pattern.test(title.textContent ?? '')) {
      if (!grouped) mark.setAttribute('style', 'fill:var(--chart-highlight)');
      mark.setAttribute('data-highlight', '');
      found++;
    }
  }
  // The category's axis label (value labels are numbers, so only the axis has the name as its text).
  for (const text of document.querySelectorAll('text')) {
    if (text.textContent === label) text.setAttribute('font-weight', 'bold');
  }
  // A chart with a legend is a <figure> holding the swatches and the plot: return all of it.
  return found > 0 ? document.body.innerHTML : svg;
}

/**
 * The dataset a chart reference draws: some series of all rows, or one row
 * across its series (a province's values by year), titled with the row.
 */
export function chartDataset(dataset: CityDataset, ref: { series?: readonly string[] | undefined; row?: string | undefined }): Dataset {
  if (!ref.row) return chartSubset(dataset, ref.series);
  const rows = dataset.rows
    .filter((r) => String(r.x) === ref.row && (!ref.series || ref.series.includes(r.series ?? dataset.title)))
    .map(({ series, ...r }) => ({ ...r, x: series ?? dataset.title }));
  return { ...dataset, title: `${ref.row}：${dataset.title}`, rows };
}

export interface LabelledRow {
  dataset: CityDataset;
  /** The row's label as the table prints it, e.g. "广西" or "广西壮族自治区". */
  label: string;
  cells: { series: string; unit: string; text: string; line: number }[];
  /** The dataset's 编者注 when it names one of the row's values. */
  note: string | undefined;
}

/**
 * The dataset's 编者注 when it concerns the row: the note names one of the
 * values the row prints (as a whole number, not part of a longer one), e.g.
 * "江苏省累计企业家数原文印作 124205" for the row that prints 124205.
 */
export function noteForRow(dataset: Pick<CityDataset, 'note'>, texts: readonly string[]): string | undefined {
  const note = dataset.note;
  if (!note) return undefined;
  const named = texts.some((text) => {
    const number = text.replace(/%$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\d.,])${number}(?![\\d]|\\.\\d)`).test(note);
  });
  return named ? note : undefined;
}

/** Every row of the datasets labelled with one of `names`, in dataset order. */
export function rowsNamed(datasets: readonly CityDataset[], names: readonly string[]): LabelledRow[] {
  const found: LabelledRow[] = [];
  for (const dataset of datasets) {
    const table = datasetTable(dataset);
    for (const row of rowsLabelled(table, names)) {
      const cells = row.cells.flatMap((cell, i) => (cell ? [{ series: table.columns[i]!.series, unit: table.columns[i]!.unit, ...cell }] : []));
      found.push({ dataset, label: row.label, cells, note: noteForRow(dataset, cells.map((c) => c.text)) });
    }
  }
  return found;
}

/**
 * The chart is one image named by its own aria-label: Plot's aria-labels on
 * inner groups are not allowed there (axe: aria-prohibited-attr). Done on the
 * DOM: a label may hold any character, including ">".
 */
export function withoutGroupLabels(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const groups = document.querySelectorAll('g[aria-label]');
  if (groups.length === 0) return html;
  for (const group of groups) group.removeAttribute('aria-label');
  return document.body.innerHTML;
}
