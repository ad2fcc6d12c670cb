/**
 * Reads the indicators and everything they cite from disk (indicator files,
 * chart datasets, city facts, area names, documents, sources) and assembles
 * them. Used by the build check, the pages and the tests alike, so that what
 * is checked is what is published.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { asContentProblem, ContentCheckError } from '../checks/problems.ts';
import { readCities } from '../cities/city-fs.ts';
import { datasetSchema } from '../charts/dataset.ts';
import { cityDatasetSchema } from '../cities/schema.ts';
import { readSourceLines } from '../provenance/source-map-fs.ts';
import { documentUrl } from '../documents/routes.ts';
import { assembleIndicator, listItemLines, sortPoints, type AssemblyInputs, type AssemblyProblem, type Indicator, type SourceDataset } from './assemble.ts';
import { findDisagreements, type Disagreement, type DocumentInfo } from './disagreements.ts';
import { indicatorFileSchema, periodSortKey } from './schema.ts';
import { readDocumentDescriptions } from '../documents/descriptions-fs.ts';

export const INDICATOR_DIR = 'src/data/indicators';

export interface IndicatorRegistry {
  indicators: Indicator[];
  disagreements: Disagreement[];
  documents: Map<string, DocumentInfo>;
  /** Area code → name (全国, 东部地区, 浙江省, 杭州). */
  areaNames: Map<string, string>;
  /** Dataset key → the page that shows it (the data catalogue's figure page, or the report section of a city table). */
  datasetPages: Map<string, { url: string; label: string }>;
  problems: AssemblyProblem[];
}

function datasetPage(d: SourceDataset): { url: string; label: string } {
  if (d.key.startsWith('charts/')) return { url: `/data/${d.document}/${d.anchor}/`, label: d.figure };
  const anchor = d.section?.anchor;
  return { url: `${documentUrl(d.document, d.section?.page)}${anchor ? `#${anchor}` : ''}`, label: d.figure === '正文数据' ? '正文数据' : d.figure };
}

function json(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function files(dir: string, ext: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort() : [];
}

function readDatasets(root: string): Map<string, SourceDataset> {
  const out = new Map<string, SourceDataset>();
  const charts = join(root, 'src/data/charts');
  const documents = existsSync(charts) ? readdirSync(charts, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];
  for (const document of documents) {
    for (const file of files(join(charts, document), '.json')) {
      const parsed = datasetSchema.safeParse(json(join(charts, document, file)));
      if (!parsed.success) continue; // the chart registry fails the build for these, naming the field
      const key = `charts/${document}/${file.replace(/\.json$/, '')}`;
      out.set(key, { ...parsed.data, key });
    }
  }
  for (const file of files(join(root, 'src/data/cities/charts'), '.json')) {
    const parsed = cityDatasetSchema.safeParse(json(join(root, 'src/data/cities/charts', file)));
    if (!parsed.success) continue; // the city registry fails the build for these
    const key = `city-charts/${file.replace(/\.json$/, '')}`;
    out.set(key, { ...parsed.data, key });
  }
  return out;
}

interface AreaRecord {
  slug: string;
  name: string;
  names?: string[];
  matchNames?: string[];
}

function readAreas(root: string) {
  const names = new Map<string, string>();
  const codes = new Map<string, string>([
    ['national', '全国'],
    ['demonstration-cities', '示范城市合计'],
  ]);
  const add = (kind: string, records: AreaRecord[]) => {
    for (const r of records) {
      codes.set(`${kind}:${r.slug}`, r.name);
      for (const n of [r.name, ...(r.names ?? []), ...(r.matchNames ?? [])]) {
        if (!names.has(n)) names.set(n, `${kind}:${r.slug}`);
        names.set(`${kind}|${n}`, `${kind}:${r.slug}`);
      }
    }
  };
  const areas = join(root, 'src/data/cities/areas');
  add('region', json(join(areas, 'regions.json')) as AreaRecord[]);
  add('province', json(join(areas, 'provinces.json')) as AreaRecord[]);
  // Through the city schema (src/lib/cities/city-fs.ts), in file-name order as before.
  const cities = readCities(root)
    .map(({ slug, city }) => ({ slug, ...city }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
  // City names after provinces: 北京 the province-level city is listed under both; a row label resolves to the province.
  add('city', cities);
  return { names, codes, cities };
}

function readDocuments(root: string): Map<string, DocumentInfo> {
  const out = new Map<string, DocumentInfo>();
  for (const d of readDocumentDescriptions(root)) out.set(d.id, { id: d.id, shortTitle: d.shortTitle, date: d.date ?? String(d.year) });
  return out;
}

/** Loads, assembles and checks every indicator in `dir` (under `root`, or absolute). Never throws on bad content: problems are returned. */
export function loadIndicators(root: string, dir = INDICATOR_DIR): IndicatorRegistry {
  const problems: AssemblyProblem[] = [];
  const areas = readAreas(root);
  const documents = readDocuments(root);
  const sourceCache = new Map<string, string[] | undefined>();
  const inputs: AssemblyInputs = {
    datasets: readDatasets(root),
    cities: areas.cities as unknown as AssemblyInputs['cities'],
    areaNames: areas.names,
    areas: new Set(areas.codes.keys()),
    glossary: new Set(files(join(root, 'src/data/glossary'), '.yaml').map((f) => f.replace(/\.yaml$/, ''))),
    lines: (document) => {
      if (!sourceCache.has(document)) {
        sourceCache.set(document, existsSync(join(root, 'sources', `${document}.txt`)) ? readSourceLines(root, `${document}.txt`) : undefined);
      }
      return sourceCache.get(document);
    },
  };
  const order = [...documents.values()].sort((a, b) => a.date.localeCompare(b.date)).map((d) => d.id);
  const indicators: Indicator[] = [];
  const folder = isAbsolute(dir) ? dir : join(root, dir);
  for (const name of files(folder, '.yaml')) {
    // Named as a person finds it: relative to the project when it is inside it.
    const file = isAbsolute(dir) && !relative(root, dir).startsWith('..') ? `${relative(root, dir)}/${name}` : `${dir}/${name}`;
    const text = readFileSync(join(folder, name), 'utf8');
    let raw: unknown;
    try {
      raw = yaml.load(text);
    } catch (error) {
      problems.push({ file, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}`, fix: 'correct the YAML syntax' });
      continue;
    }
    const parsed = indicatorFileSchema.safeParse(raw);
    if (!parsed.success) {
      const items = listItemLines(text, 'points');
      for (const issue of parsed.error.issues) {
        const at = issue.path[0] === 'points' && typeof issue.path[1] === 'number' ? items[issue.path[1]] : undefined;
        problems.push({ file, ...(at ? { line: at } : {}), message: `${issue.path.join('.') || '(root)'}: ${issue.message}`, fix: 'see src/lib/indicators/schema.ts for the fields' });
      }
      continue;
    }
    if (`${parsed.data.id}.yaml` !== name) {
      problems.push({ file, message: `id "${parsed.data.id}" does not match the file name`, fix: `rename the file to ${parsed.data.id}.yaml or correct \`id\`` });
      continue;
    }
    const { indicator, problems: found } = assembleIndicator(file, parsed.data, inputs, listItemLines(text, 'points'));
    problems.push(...found);
    indicator.points = sortPoints(indicator.points, periodSortKey, (d) => order.indexOf(d));
    indicators.push(indicator);
  }
  const disagreements = indicators.flatMap((i) => findDisagreements(i, documents));
  const datasetPages = new Map([...inputs.datasets.values()].map((d) => [d.key, datasetPage(d)]));
  return { indicators, disagreements, documents, areaNames: areas.codes, datasetPages, problems };
}

/** The problems as one message that names each file, line and fix. */

let cached: IndicatorRegistry | undefined;

/** For pages: the registry of the site being built; bad content throws with every problem named. */
export function indicatorRegistry(root = process.cwd()): IndicatorRegistry {
  if (!cached) {
    const registry = loadIndicators(root);
    if (registry.problems.length) throw new ContentCheckError('indicator check', registry.problems.map(asContentProblem));
    cached = registry;
  }
  return cached;
}
