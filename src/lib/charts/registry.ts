/**
 * All chart datasets, validated at build time. A malformed dataset fails the
 * build with its file and the offending field named.
 */
import { datasetSchema, type Dataset } from './dataset.ts';
import { assignSeriesColours } from './series-colours.ts';
import { readDataFile } from '../checks/problems.ts';

// Read as text, so that a problem names its line (src/lib/checks/problems.ts).
const files = import.meta.glob<string>('../../data/charts/*/*.json', { eager: true, query: '?raw', import: 'default' });

function load(): Dataset[] {
  const datasets: Dataset[] = [];
  for (const [path, text] of Object.entries(files)) {
    const file = path.replace('../../', 'src/');
    const dataset = readDataFile(file, text, datasetSchema, 'chart dataset (src/lib/charts/dataset.ts)');
    const [document, name] = file.split('/').slice(-2);
    if (dataset.document !== document || `${dataset.anchor}.json` !== name) {
      throw new Error(`${file}: document "${dataset.document}" and anchor "${dataset.anchor}" must match the path (src/data/charts/<document>/<anchor>.json)`);
    }
    datasets.push(dataset);
  }
  return datasets.sort((a, b) => a.document.localeCompare(b.document) || a.anchor.localeCompare(b.anchor, 'en', { numeric: true }));
}

export const datasets: readonly Dataset[] = load();

// Looked up once per figure on every page: a map, so the lookups stay linear in the corpus.
const byKey = new Map(datasets.map((d) => [`${d.document}/${d.anchor}`, d]));

export function findDataset(document: string, anchor: string): Dataset | undefined {
  return byKey.get(`${document}/${anchor}`);
}

/** The dataset of a figure or table on a document page (/reports/<document>/…), with that document's id. */
export function datasetOnPage(pathname: string, anchor: string): { document: string; dataset: Dataset | undefined } {
  const document = /^\/reports\/([^/]+)\//.exec(pathname)?.[1] ?? '';
  return { document, dataset: findDataset(document, anchor) };
}

export function datasetUrl(dataset: Dataset, format: 'csv' | 'json'): string {
  return `/data/${dataset.document}/${dataset.anchor}.${format}`;
}

const colourCache = new Map<string, Map<string, number>>();
/** Palette slots of every series name in a document's figures, so a series has one colour across the document. */
export function documentSeriesColours(document: string): Map<string, number> {
  let slots = colourCache.get(document);
  if (!slots) {
    const figures = datasets.filter((d) => d.document === document).map((d) => [...new Set(d.rows.map((r) => r.series ?? ''))]);
    slots = assignSeriesColours(figures, 8);
    colourCache.set(document, slots);
  }
  return slots;
}
