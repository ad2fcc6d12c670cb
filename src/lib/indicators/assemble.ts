/**
 * Assembles indicator series from their files and checks every point at its
 * cited line with the chart provenance checker (src/lib/charts/provenance.ts).
 * Pure: the caller passes in the datasets, facts and source lines.
 */
import type { SourceRef } from '../provenance/source-ref.ts';
import { checkPrinted } from '../charts/provenance.ts';
import { computeDerived, parsePrinted, printedValue, round, type Dataset, type DatasetRow } from '../charts/dataset.ts';
import { normalizeForCompare } from '../provenance/source-text.ts';
import { PERIOD, type DatasetSelector, type IndicatorFile, type TextPoint } from './schema.ts';

export interface Derivation {
  formula: string;
  description: string;
  inputs: { line: number; text: string }[];
}

/** One value of an indicator: as printed, where, for which period and area. */
export interface IndicatorPoint {
  indicator: string;
  value: number;
  /** The number as printed ("1580.8", "61.3%"); for a derived value, its rounded value. */
  printed: string;
  /** Printed as a decline in words (下降 7.7%): the value is minus the printed number. */
  negated?: true;
  unit: string;
  period: string;
  area: string;
  document: string;
  /** Source line (for a derived value, the line of its first input). */
  line: number;
  /** Verbatim words around the number, for text points. */
  quote?: string;
  /** How a derived value was computed from printed ones. */
  derived?: Derivation;
  /** Datasets that show this value, as "charts/<document>/<anchor>" or "city-charts/<id>". */
  datasets: string[];
  /** City fact pages that show it, by city slug. */
  cities: string[];
  note?: string;
}

export interface Indicator extends Omit<IndicatorFile, 'points'> {
  file: string;
  points: IndicatorPoint[];
}

/** A chart dataset with the path it is known by; city datasets carry the section they stand in. */
export interface SourceDataset extends Dataset {
  key: string;
  section?: { document: string; page: string; anchor?: string | undefined };
}

export interface CityFactsOf {
  slug: string;
  facts: { value: string; unit: string; year: number; period?: string | undefined; metric?: string | undefined; source: SourceRef }[];
}

export interface AssemblyInputs {
  datasets: ReadonlyMap<string, SourceDataset>;
  cities: readonly CityFactsOf[];
  /** Region, province and city names → area code, for row labels that name an area; "<kind>|<name>" for one kind. */
  areaNames: ReadonlyMap<string, string>;
  /** Every known area code (to check the codes written in files). */
  areas: ReadonlySet<string>;
  glossary: ReadonlySet<string>;
  /** Lines of sources/<document>.txt, or undefined for an unknown document. */
  lines: (document: string) => readonly string[] | undefined;
}

export interface AssemblyProblem {
  file: string;
  /** 1-based line in the indicator file, when known. */
  line?: number;
  message: string;
  fix: string;
}

/** Lines of the items of a top-level YAML list (e.g. `points:`), for error messages. */
export function listItemLines(yaml: string, key: string): number[] {
  const lines = yaml.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (start === -1) return [];
  const out: number[] = [];
  let indent: number | undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\S/.test(line)) break;
    const m = /^(\s*)- /.exec(line);
    if (!m) continue;
    indent ??= m[1]!.length;
    if (m[1]!.length === indent) out.push(i + 1);
  }
  return out;
}

function decimals(text: string): number {
  return /\.(\d+)/.exec(text)?.[1]?.length ?? 0;
}

function rowPrinted(row: DatasetRow): string {
  if (row.source) return row.source.text;
  return row.value.toFixed(row.derived!.decimals);
}

/** Numbers agree when they are equal at the precision of the less precise one (1580.8 and 1581 agree). */
export function sameValue(a: IndicatorPoint, b: IndicatorPoint): boolean {
  const d = Math.min(decimals(a.printed), decimals(b.printed));
  return round(a.value, d) === round(b.value, d);
}

function pointKey(p: IndicatorPoint): string {
  return [p.document, p.line, p.printed, p.period, p.area, p.unit].join('|');
}

function checkTextPoint(point: TextPoint, lines: readonly string[]): string[] {
  const problems = checkPrinted({ line: point.line, text: point.printed, ...(point.negated ? { negated: true } : {}) }, lines);
  const quote = normalizeForCompare(point.quote);
  const number = normalizeForCompare(point.printed).replace(/^[-+−]/, '');
  if (!quote.includes(number)) problems.push(`quote "${point.quote}" does not contain the printed number "${point.printed}"`);
  // The words may start a few lines above the number (the dumps put blank lines between wrapped lines).
  const window = lines.slice(Math.max(0, point.line - 4), point.line + 2).map(normalizeForCompare).join('');
  if (!window.includes(quote)) problems.push(`quote "${point.quote}" is not in the source around line ${point.line}`);
  return problems;
}

function selectRows(dataset: SourceDataset, selector: DatasetSelector): { rows: DatasetRow[]; problems: string[] } {
  const problems: string[] = [];
  const xs = selector.x === undefined ? undefined : Array.isArray(selector.x) ? selector.x : [selector.x];
  const ofSeries = dataset.rows.filter(
    (r) => (r.series ?? undefined) === selector.series && (!selector.unit || (r.unit ?? dataset.unit) === selector.unit),
  );
  if (ofSeries.length === 0) {
    const names = [...new Set(dataset.rows.map((r) => r.series ?? '(none)'))].join('、');
    problems.push(`${selector.dataset} has no rows of series "${selector.series ?? '(none)'}"${selector.unit ? ` in ${selector.unit}` : ''} (its series: ${names})`);
  }
  for (const x of [...(xs ?? []), ...(selector.except ?? [])]) {
    if (ofSeries.length && !ofSeries.some((r) => String(r.x) === x)) problems.push(`${selector.dataset} series "${selector.series ?? '(none)'}" has no row "${x}"`);
  }
  const rows = ofSeries.filter((r) => (!xs || xs.includes(String(r.x))) && !selector.except?.includes(String(r.x)));
  if (ofSeries.length && rows.length === 0) problems.push(`${selector.dataset}: the selection matches no row`);
  return { rows, problems };
}

/** Builds one indicator's points, with every problem found. */
export function assembleIndicator(
  file: string,
  data: IndicatorFile,
  inputs: AssemblyInputs,
  itemLines: readonly number[] = [],
): { indicator: Indicator; problems: AssemblyProblem[] } {
  const problems: AssemblyProblem[] = [];
  const units = new Set([data.unit, ...(data.units ?? [])]);
  const points: IndicatorPoint[] = [];
  const byKey = new Map<string, IndicatorPoint>();
  const add = (p: IndicatorPoint, at: number) => {
    if (!units.has(p.unit)) {
      problems.push({ file, line: itemLines[at], message: `points[${at}]: unit ${p.unit} is not the indicator's unit (${[...units].join(', ')})`, fix: 'select the series in this unit, or list the unit under `units:`' });
      return;
    }
    const known = byKey.get(pointKey(p));
    if (known) {
      // The same printed number at the same line, shown by two datasets or also cited as text: one point.
      known.datasets = [...new Set([...known.datasets, ...p.datasets])];
      known.cities = [...new Set([...known.cities, ...p.cities])];
      known.quote ??= p.quote;
      known.note ??= p.note;
      return;
    }
    byKey.set(pointKey(p), p);
    points.push(p);
  };
  const checkArea = (area: string, at: number) => {
    if (area !== 'national' && area !== 'demonstration-cities' && !inputs.areas.has(area)) {
      problems.push({ file, line: itemLines[at], message: `points[${at}]: unknown area "${area}"`, fix: 'use a slug from src/data/cities/areas/*.json or src/data/cities/ (e.g. region:east, province:zhejiang, city:hangzhou)' });
    }
  };
  if (data.glossary && !inputs.glossary.has(data.glossary)) {
    problems.push({ file, message: `glossary entry "${data.glossary}" does not exist`, fix: `use the slug of a file in src/data/glossary/, or remove \`glossary:\`` });
  }
  data.points.forEach((source, at) => {
    const where = `points[${at}]`;
    if ('printed' in source) {
      const lines = inputs.lines(source.document);
      if (!lines) {
        problems.push({ file, line: itemLines[at], message: `${where}: no source text sources/${source.document}.txt`, fix: 'use the id of a document in src/data/documents/' });
        return;
      }
      checkArea(source.area, at);
      for (const p of checkTextPoint(source, lines)) {
        problems.push({ file, line: itemLines[at], message: `${where}: sources/${source.document}.txt: ${p}`, fix: `open sources/${source.document}.txt at line ${source.line} and correct \`line\`, \`printed\` or \`quote\` to what is printed there` });
      }
      add(
        {
          indicator: data.id,
          value: printedValue({ text: source.printed, ...(source.negated ? { negated: true as const } : {}) }),
          printed: source.printed,
          ...(source.negated ? { negated: true as const } : {}),
          unit: source.unit ?? data.unit,
          period: source.period,
          area: source.area,
          document: source.document,
          line: source.line,
          quote: source.quote,
          datasets: [],
          cities: [],
          ...(source.note ? { note: source.note } : {}),
        },
        at,
      );
    } else if ('dataset' in source) {
      const dataset = inputs.datasets.get(source.dataset);
      if (!dataset) {
        problems.push({ file, line: itemLines[at], message: `${where}: no dataset src/data/${source.dataset}.json`, fix: 'use the path of a file under src/data/charts/ or src/data/cities/charts/ without .json' });
        return;
      }
      const lines = inputs.lines(dataset.document) ?? [];
      const { rows, problems: selection } = selectRows(dataset, source);
      for (const p of selection) problems.push({ file, line: itemLines[at], message: `${where}: ${p}`, fix: 'correct `series` or `x` to the labels in the dataset file' });
      if (!source.area.startsWith('x')) checkArea(source.area, at);
      for (const row of rows) {
        const label = String(row.x);
        const period = source.period === 'x' ? label : source.period;
        if (!PERIOD.test(period)) {
          problems.push({ file, line: itemLines[at], message: `${where}: row "${label}" is not a period`, fix: 'give `period:` explicitly, or select rows whose label is a year' });
          continue;
        }
        const kind = source.area.startsWith('x:') ? source.area.slice(2) : '';
        const area = source.area.startsWith('x') ? inputs.areaNames.get(kind ? `${kind}|${label}` : label) : source.area;
        if (!area) {
          problems.push({ file, line: itemLines[at], message: `${where}: row "${label}" of ${source.dataset} names no known region, province or city`, fix: 'list only the rows that name areas under `x:`, or give `area:` explicitly' });
          continue;
        }
        const rowProblems = row.source
          ? checkPrinted(row.source, lines, row.value)
          : [
              ...row.derived!.inputs.flatMap((i) => checkPrinted(i, lines).map((p) => `input ${p}`)),
              ...(round(computeDerived(row.derived!.formula, row.derived!.inputs.map(printedValue)), row.derived!.decimals) === row.value
                ? []
                : [`derived ${row.derived!.formula} of its inputs is not ${row.value}`]),
            ];
        for (const p of rowProblems) {
          problems.push({ file: `src/data/${source.dataset}.json`, message: `row "${label}" ${row.series ?? ''}: sources/${dataset.document}.txt: ${p}`, fix: `correct the row to what is printed at that line (used by ${file})` });
        }
        add(
          {
            indicator: data.id,
            value: row.value,
            printed: rowPrinted(row),
            ...(row.source?.negated ? { negated: true as const } : {}),
            unit: row.unit ?? dataset.unit,
            period,
            area,
            document: dataset.document,
            line: row.source ? row.source.line : row.derived!.inputs[0]!.line,
            ...(row.derived
              ? { derived: { formula: row.derived.formula, description: row.derived.description, inputs: row.derived.inputs.map(({ line, text }) => ({ line, text })) } }
              : {}),
            datasets: [source.dataset],
            cities: [],
          },
          at,
        );
      }
    } else {
      let found = 0;
      for (const city of inputs.cities) {
        for (const fact of city.facts.filter((f) => f.metric === source.cityFacts)) {
          found++;
          const document = fact.source.file.replace(/\.txt$/, '');
          const lines = inputs.lines(document) ?? [];
          for (const p of checkPrinted({ line: fact.source.lines[0], text: fact.value }, lines)) {
            problems.push({ file: `src/data/cities/${city.slug}.json`, message: `fact ${fact.metric}: ${fact.source.file}: ${p}`, fix: `correct the fact to what is printed at that line (used by ${file})` });
          }
          add(
            {
              indicator: data.id,
              value: parsePrinted(fact.value),
              printed: fact.unit === '%' ? `${fact.value}%` : fact.value,
              unit: fact.unit,
              period: String(fact.year),
              area: `city:${city.slug}`,
              document,
              line: fact.source.lines[0],
              datasets: [],
              cities: [city.slug],
            },
            at,
          );
        }
      }
      if (found === 0) problems.push({ file, line: itemLines[at], message: `${where}: no city fact has metric "${source.cityFacts}"`, fix: 'use a metric of src/lib/cities/schema.ts (METRICS) that city facts carry' });
    }
  });
  const { points: _, ...rest } = data;
  return { indicator: { ...rest, file, points }, problems };
}

/** The values of a series in reading order: period, then area, then document. */
export function sortPoints<T extends IndicatorPoint>(points: readonly T[], periodKey: (p: string) => string, documentOrder: (d: string) => number): T[] {
  return [...points].sort(
    (a, b) =>
      periodKey(a.period).localeCompare(periodKey(b.period)) ||
      (a.area === 'national' ? -1 : 0) - (b.area === 'national' ? -1 : 0) ||
      a.area.localeCompare(b.area) ||
      documentOrder(a.document) - documentOrder(b.document) ||
      a.line - b.line,
  );
}
