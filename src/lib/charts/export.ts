/** CSV and JSON downloads of a dataset: the chart's values with their sources. */
import { csvFormat } from 'd3-dsv';
import type { Dataset } from './dataset.ts';

export function sourceFileOf(dataset: Dataset): string {
  return `${dataset.document}.txt`;
}

export function datasetRecords(dataset: Dataset) {
  return dataset.rows.map((row) => ({
    figure: dataset.figure,
    series: row.series ?? '',
    x: String(row.x),
    value: row.value,
    unit: row.unit ?? dataset.unit,
    derived: row.derived ? 'yes' : 'no',
    source_file: sourceFileOf(dataset),
    source_line: row.source ? String(row.source.line) : row.derived!.inputs.map((i) => i.line).join(' '),
    printed: row.source ? row.source.text : row.derived!.inputs.map((i) => i.text).join(' '),
    derivation: row.derived ? `${row.derived.formula}: ${row.derived.description}` : '',
  }));
}

export function datasetCsv(dataset: Dataset): string {
  return `${csvFormat(datasetRecords(dataset))}\n`;
}

export function datasetJson(dataset: Dataset): string {
  return `${JSON.stringify({ ...dataset, sourceFile: sourceFileOf(dataset) }, null, 2)}\n`;
}
