/**
 * The data downloads of the built site: the data package validates against
 * the Data Package v2 profile, every CSV parses back (d3-dsv) with the fields
 * its schema names and the values of the chart or table it comes from, every
 * metadata file says where each value is printed, and every "第 N 行" link
 * goes to the source viewer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { Ajv } from 'ajv';
import { HtmlValidate } from 'html-validate';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../../src/lib/charts/dataset.ts';
import { DIST, htmlFiles, loadDocument, requireBuild, ROOT, urlOf } from './built-pages.ts';
import { readdirSync } from 'node:fs';

beforeAll(requireBuild);

interface Field {
  name: string;
  title: string;
  type: string;
  trueValues?: string[];
}
interface Resource {
  name: string;
  path: string;
  schema: { fields: Field[] };
}
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const pkg = () => JSON.parse(read('data/datapackage.json')) as { resources: Resource[] };

/** A CSV as rows keyed by the schema's machine names (the header row holds the Chinese titles). */
function parseCsv(resource: Resource): Record<string, string>[] {
  const text = read(join('data', resource.path));
  expect(text.charCodeAt(0), `${resource.path}: UTF-8 BOM`).toBe(0xfeff);
  const [header, ...rows] = csvParseRows(text.slice(1).replace(/\r\n/g, '\n').replace(/\n$/, ''));
  expect(header, `${resource.path}: header`).toEqual(resource.schema.fields.map((f) => f.title));
  return rows.map((cells) => {
    expect(cells.length, `${resource.path}: one value per field`).toBe(resource.schema.fields.length);
    return Object.fromEntries(resource.schema.fields.map((f, i) => [f.name, cells[i]!]));
  });
}

const datasets: Dataset[] = readdirSync(join(ROOT, 'src/data/charts'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(ROOT, 'src/data/charts', d.name)).map((f) => datasetSchema.parse(JSON.parse(readFileSync(join(ROOT, 'src/data/charts', d.name, f), 'utf8')))),
  );

describe('the data package', () => {
  it('is valid against the Data Package v2 JSON Schema', () => {
    const profile = JSON.parse(readFileSync(join(ROOT, 'tests/support/schemas/datapackage-2.0.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(profile);
    const descriptor = pkg();
    const valid = validate(descriptor);
    console.log(`datapackage.json: ${descriptor.resources.length} resources, Data Package v2 profile: ${valid ? 'valid' : 'INVALID'}`);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    // The validator is live: a resource without a path or data is rejected.
    expect(validate({ resources: [{ name: 'x' }] })).toBe(false);
  });

  it('lists every chart with values and every table, under names unique across the site', () => {
    const names = pkg().resources.map((r) => r.name);
    const files = pkg().resources.map((r) => r.path.split('/').pop());
    expect(new Set(files).size).toBe(files.length);
    for (const d of datasets.filter((x) => x.rows.length > 0)) {
      expect(names.some((n) => n === `${d.document}_${d.anchor}` || n === `${d.document}_${d.anchor}-chart`), `${d.document}/${d.anchor}`).toBe(true);
    }
    const tables = htmlFiles(join(DIST, 'reports')).flatMap((file) => {
      const document = urlOf(file).split('/')[2];
      return [...loadDocument(file).querySelectorAll('[data-table]')].map((t) => `${document}_${t.getAttribute('data-table')}`);
    });
    expect(tables.length).toBeGreaterThan(20);
    for (const t of tables) expect(names, t).toContain(t);
  });

  it('has CSVs whose values are typed as the schema says', () => {
    for (const resource of pkg().resources) {
      for (const row of parseCsv(resource)) {
        for (const f of resource.schema.fields) {
          const v = row[f.name]!;
          if (v === '') continue;
          if (f.type === 'number') expect(Number.isFinite(Number(v)), `${resource.name}.${f.name} = ${v}`).toBe(true);
          if (f.type === 'integer') expect(v, `${resource.name}.${f.name}`).toMatch(/^\d+$/);
          if (f.type === 'boolean') expect(['是', '否'], `${resource.name}.${f.name}`).toContain(v);
        }
      }
    }
  });
});

describe('chart downloads', () => {
  it('hold the values of the chart they feed, each with its printed number and source line', () => {
    const sources = new Map<string, string[]>();
    const linesOf = (file: string) => {
      if (!sources.has(file)) sources.set(file, readFileSync(join(ROOT, 'sources', file), 'utf8').split('\n'));
      return sources.get(file)!;
    };
    let checked = 0;
    for (const d of datasets.filter((x) => x.rows.length > 0)) {
      const resource = pkg().resources.find((r) => r.name === `${d.document}_${d.anchor}` || r.name === `${d.document}_${d.anchor}-chart`)!;
      const rows = parseCsv(resource);
      expect(rows.map((r) => Number(r.value)), resource.name).toEqual(d.rows.map((r) => r.value));
      expect(rows.map((r) => r.category), resource.name).toEqual(d.rows.map((r) => String(r.x)));
      expect(rows.map((r) => r.series), resource.name).toEqual(d.rows.map((r) => r.series ?? ''));
      rows.forEach((row, i) => {
        const source = d.rows[i]!.source;
        if (!source) return expect(row.derived).toBe('是');
        expect(Number(row.source_line)).toBe(source.line);
        // The printed number is on the cited line of the source text.
        expect(linesOf(row.source_file!)[source.line - 1], `${resource.name} row ${i + 1}`).toContain(source.text);
        expect(row.source_url).toMatch(new RegExp(`/sources/${d.document}/#L${source.line}$`));
        checked++;
      });
      // Its metadata carries the same values with their sources.
      const meta = JSON.parse(read(join('data', resource.path.replace(/\.csv$/, '.json'))));
      expect(meta).toMatchObject({ number: d.figure, unit: d.unit, completeness: d.completeness, document: { id: d.document } });
      expect(meta.values.map((v: { value: number }) => v.value)).toEqual(d.rows.map((r) => r.value));
      for (const key of ['title', 'citation', 'canonicalUrl', 'lastChange', 'fields']) expect(meta[key], `${resource.name}: ${key}`).toBeTruthy();
      expect(meta.document.publisher).toBeTruthy();
    }
    console.log(`${checked} printed chart values found on their cited source lines`);
  });
});

describe('table downloads', () => {
  it('hold every cell of the published table, numbers on their cited source lines', () => {
    let cells = 0;
    for (const file of htmlFiles(join(DIST, 'reports'))) {
      const document = urlOf(file).split('/')[2]!;
      if (!existsSync(join(ROOT, 'sources', `${document}.txt`))) continue; // /reports/ and /reports/errata/
      const source = readFileSync(join(ROOT, 'sources', `${document}.txt`), 'utf8').split('\n');
      for (const block of loadDocument(file).querySelectorAll('[data-table]')) {
        const name = `${document}_${block.getAttribute('data-table')}`;
        const resource = pkg().resources.find((r) => r.name === name)!;
        const rows = parseCsv(resource);
        // Every cell but the row's label (its first column); group rows span the table and hold no value.
        const published = [...block.querySelectorAll('tbody tr')].flatMap((tr) => [...tr.children].slice(1).map((c) => (c.textContent ?? '').trim()));
        const numbers = (list: string[]) => list.filter((t) => /^[-−]?[\d,]+(\.\d+)?%?$/.test(t)).sort();
        expect(numbers(rows.map((r) => r.printed!)), name).toEqual(numbers(published));
        for (const row of rows) {
          if (row.value === '') continue;
          const line = source[Number(row.source_line) - 1] ?? '';
          expect(line.replace(/[−–]/g, '-'), `${name}: ${row.row} / ${row.column} = ${row.printed}`).toContain(row.printed!.replace(/[−–]/g, '-'));
          cells++;
        }
        const meta = JSON.parse(read(join('data', resource.path.replace(/\.csv$/, '.json'))));
        expect(meta.completeness === 'full', `${name}: 完整 only when no number of the source table is missing`).toBe(meta.missing.length === 0);
        expect(meta.values.map((v: { sourceLine: number | null }) => String(v.sourceLine ?? '')), `${name}: metadata lines`).toEqual(rows.map((r) => r.source_line));
      }
    }
    console.log(`${cells} table numbers found on their cited source lines`);
    expect(cells).toBeGreaterThan(500);
  });
});

describe('source links', () => {
  it('go to the source viewer; the raw text is linked only as a download', () => {
    const problems: string[] = [];
    let viewerLinks = 0;
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<a\b([^>]*\bhref="(\/sources\/[^"]*)"[^>]*)>/g)) {
        const [, attrs, href] = m;
        if (/^\/sources\/[a-z0-9-]+\/(#L\d+(-L\d+)?)?$/.test(href!)) viewerLinks++;
        else if (!(/^\/sources\/[a-z0-9-]+\.txt$/.test(href!) && /\bdownload\b/.test(attrs!))) problems.push(`${urlOf(file)}: ${href}`);
      }
    }
    console.log(`${viewerLinks} links to the source viewer`);
    expect(problems.slice(0, 20), problems.slice(0, 20).join('\n')).toEqual([]);
    expect(viewerLinks).toBeGreaterThan(1000);
  });

  it('land in a viewer page that is valid HTML', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')));
    const file = join(DIST, 'sources/newsletter-2019-05-20/index.html');
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors, errors.slice(0, 20).join('\n')).toEqual([]);
  });

  it('land on numbered lines, and each published range names the page that publishes it', () => {
    for (const id of readdirSync(join(ROOT, 'sources')).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''))) {
      const page = loadDocument(join(DIST, 'sources', id, 'index.html'));
      const total = readFileSync(join(ROOT, 'sources', `${id}.txt`), 'utf8').replace(/\n$/, '').split('\n').length;
      expect(page.querySelectorAll('.source-text__line').length, id).toBe(total);
      expect(page.getElementById(`L${total}`), id).not.toBeNull();
      const ranges = [...page.querySelectorAll('[data-published-range] a')];
      expect(ranges.length, id).toBeGreaterThan(0);
      for (const a of ranges) {
        const href = a.getAttribute('href')!;
        const [path, anchor] = href.split('#');
        const target = join(DIST, path!, 'index.html');
        expect(existsSync(target), href).toBe(true);
        if (anchor) expect(loadDocument(target).getElementById(anchor), href).not.toBeNull();
      }
    }
  });
});
