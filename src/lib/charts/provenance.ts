/**
 * Provenance checks: every printed value is at its cited source line, every
 * derived value is recomputed from its inputs. Pure functions.
 */
import { normalizeForCompare } from '../provenance/source-text.ts';
import { computeDerived, printedValue, round, type Dataset, type PrintedValue } from './dataset.ts';

/** Keeps table cells apart: "1310.2 8.4" must not become "1310.28.4". */
function apart(text: string): string {
  return normalizeForCompare(text.replace(/(?<=[\d.%])[ \t\u3000]+(?=[-+−\d])/g, '|'));
}

/**
 * The texts a printed value may be found in: its own line, or its line
 * joined with the next (a number can wrap across a line break).
 */
function around(lines: readonly string[], line: number): string[] {
  const own = apart(lines[line - 1] ?? '');
  return [own, own + apart(lines[line] ?? '')];
}

/** Problems with one printed value; empty when it is where it says. */
export function checkPrinted(value: PrintedValue, lines: readonly string[], expected?: number): string[] {
  const problems: string[] = [];
  const texts = around(lines, value.line);
  const printed = normalizeForCompare(value.text);
  // The number must stand alone: not the tail of a longer number ("12" in "2012").
  const pattern = new RegExp(`(?<![\\d.])${printed.replace(/[.%+]/g, (c) => `\\${c}`)}(?![\\d])`);
  if (!texts.some((text) => pattern.test(text))) problems.push(`"${value.text}" is not printed at line ${value.line}`);
  // A value stored as negative must be printed as a decline in words on that line.
  if (value.negated && !/下降|下滑|减少|降低|回落|萎缩|负增长/.test(`${lines[value.line - 2] ?? ''}${lines[value.line - 1] ?? ''}`)) {
    problems.push(`"${value.text}" at line ${value.line} is marked negated, but no decline (下降, 减少 …) is printed there`);
  }
  if (expected !== undefined && printedValue(value) !== expected) {
    problems.push(`value ${expected} does not equal the printed "${value.text}"`);
  }
  return problems;
}

export function checkDatasetProvenance(dataset: Dataset, lines: readonly string[]): string[] {
  const problems: string[] = [];
  const where = (i: number) => `${dataset.document}/${dataset.anchor} row ${i + 1}`;
  if (dataset.captionLine !== null) {
    const caption = normalizeForCompare(lines[dataset.captionLine - 1] ?? '');
    const number = normalizeForCompare(dataset.figure);
    if (!caption.includes(number)) problems.push(`${dataset.anchor}: line ${dataset.captionLine} is not the caption of ${dataset.figure}`);
  }
  if (dataset.dataSource && !normalizeForCompare(lines[dataset.dataSource.line - 1] ?? '').includes(normalizeForCompare(dataset.dataSource.text))) {
    problems.push(`${dataset.anchor}: "${dataset.dataSource.text}" is not at line ${dataset.dataSource.line}`);
  }
  dataset.rows.forEach((row, i) => {
    if (row.source) {
      problems.push(...checkPrinted(row.source, lines, row.value).map((p) => `${where(i)}: ${p}`));
    } else if (row.derived) {
      for (const input of row.derived.inputs) problems.push(...checkPrinted(input, lines).map((p) => `${where(i)}: input ${p}`));
      const recomputed = round(computeDerived(row.derived.formula, row.derived.inputs.map(printedValue)), row.derived.decimals);
      if (recomputed !== row.value) {
        problems.push(`${where(i)}: derived ${row.derived.formula} of inputs is ${recomputed}, not ${row.value}`);
      }
    }
  });
  if (dataset.completeness !== 'none' && dataset.rows.length === 0) problems.push(`${dataset.anchor}: ${dataset.completeness} but no rows`);
  if (dataset.completeness === 'none' && dataset.chart.kind !== 'none') problems.push(`${dataset.anchor}: no data but chart kind ${dataset.chart.kind}`);
  return problems;
}
