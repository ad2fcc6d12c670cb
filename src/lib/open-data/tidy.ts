/**
 * Generic writers for tidy data: a list of fields (stable machine name,
 * Chinese column header, type, unit, description) and rows keyed by machine
 * name become a CSV for people and spreadsheets, and the Table Schema that
 * describes it. The chart datasets, the documents' tables and the indicators
 * all go through these functions.
 *
 * The CSV is UTF-8 with a byte-order mark (Excel on Chinese Windows reads a
 * CSV without one as GBK), CRLF line ends (RFC 4180) and the Chinese headers
 * in the header row. The Table Schema maps columns by position (Data
 * Package v2's default fieldsMatch, "exact"), so the machine names stay
 * stable whatever the headers say.
 */
import { csvFormatRow, csvParseRows } from 'd3-dsv';

export type FieldType = 'string' | 'number' | 'integer' | 'boolean';

export interface FieldSpec {
  /** Stable machine name (snake_case ASCII), documented in the Table Schema. */
  name: string;
  /** Column header as people read it (Chinese). */
  title: string;
  type: FieldType;
  description: string;
  /** Every value must be present. */
  required?: boolean;
}

export type Cell = string | number | boolean | null | undefined;
export type TidyRow = Record<string, Cell>;

export const BOM = '\uFEFF';
const TRUE = '是';
const FALSE = '否';

function formatCell(field: FieldSpec, value: Cell): string {
  if (value === null || value === undefined) return '';
  if (field.type === 'boolean') {
    if (typeof value !== 'boolean') throw new Error(`field ${field.name}: expected true or false, got ${JSON.stringify(value)}`);
    return value ? TRUE : FALSE;
  }
  if (field.type === 'number' || field.type === 'integer') {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`field ${field.name}: expected a number, got ${JSON.stringify(value)}`);
    if (field.type === 'integer' && !Number.isInteger(value)) throw new Error(`field ${field.name}: expected a whole number, got ${value}`);
    return String(value);
  }
  return String(value);
}

/** The rows as CSV: BOM, the Chinese headers, then one line per row (CRLF). */
export function tidyCsv(fields: readonly FieldSpec[], rows: readonly TidyRow[]): string {
  const names = new Set(fields.map((f) => f.name));
  const lines = [csvFormatRow(fields.map((f) => f.title))];
  rows.forEach((row, i) => {
    for (const key of Object.keys(row)) {
      if (!names.has(key)) throw new Error(`row ${i + 1}: "${key}" is not a field (fields: ${[...names].join(', ')})`);
    }
    lines.push(
      csvFormatRow(
        fields.map((f) => {
          const value = row[f.name];
          if (f.required && (value === undefined || value === null || value === '')) throw new Error(`row ${i + 1}: required field ${f.name} (${f.title}) is empty`);
          return formatCell(f, value);
        }),
      ),
    );
  });
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Reads a CSV written by tidyCsv back into rows keyed by machine name, with typed values. */
export function parseTidyCsv(fields: readonly FieldSpec[], csv: string): TidyRow[] {
  if (!csv.startsWith(BOM)) throw new Error('CSV has no UTF-8 byte-order mark');
  const [header, ...rows] = csvParseRows(csv.slice(1).replace(/\r\n$/, '').replace(/\r\n/g, '\n'));
  const titles = fields.map((f) => f.title);
  if (JSON.stringify(header) !== JSON.stringify(titles)) throw new Error(`CSV header ${JSON.stringify(header)} is not ${JSON.stringify(titles)}`);
  return rows.map((cells) =>
    Object.fromEntries(
      fields.map((f, i) => {
        const text = cells[i] ?? '';
        if (text === '') return [f.name, null];
        if (f.type === 'boolean') return [f.name, text === TRUE];
        if (f.type === 'number' || f.type === 'integer') return [f.name, Number(text)];
        return [f.name, text];
      }),
    ),
  );
}

/** A Frictionless Table Schema (v2) of the fields: names, Chinese titles, types, descriptions. */
export function tableSchema(fields: readonly FieldSpec[]) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    // fieldsMatch is left at its default, "exact" (fields mapped by position): the published
    // v2.0 profile wrongly types an explicit fieldsMatch as an array (datapackage issue #965, fixed in v2.1).
    fields: fields.map((f) => ({
      name: f.name,
      title: f.title,
      type: f.type,
      description: f.description,
      ...(f.type === 'boolean' ? { trueValues: [TRUE], falseValues: [FALSE] } : {}),
      ...(f.required ? { constraints: { required: true } } : {}),
    })),
    missingValues: [''],
  };
}

/** The CSV dialect tidyCsv writes, as a Table Dialect (v2). */
export const CSV_DIALECT = {
  $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
  header: true,
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
} as const;
