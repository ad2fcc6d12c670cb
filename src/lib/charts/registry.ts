/**
 * All chart datasets, validated at build time. A malformed dataset fails the
 * build with its file and the offending field named.
 */
import { datasetSchema, type Dataset } from './dataset.ts';
import { assignSeriesColours } from './series-colours.ts';

const files = import.meta.glob<unknown>('../../data/charts/*/*.json', { eager: true, import: 'default' });

function load(): Dataset[] {
  const datasets: Dataset[] = [];
  for (const [path, json] of Object.entries(files)) {
    const file = path.replace('../../', 'src/');
    const parsed = datasetSchema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
      throw new Error(`${file}: invalid chart dataset\n${issues}\n  Fix: see src/lib/charts/dataset.ts for the fields`);
    }
    const [document, name] = file.split('/').slice(-2);
    if (parsed.data.document !== document || `${parsed.data.anchor}.json` !== name) {
      throw new Error(`${file}: document "${parsed.data.document}" and anchor "${parsed.data.anchor}" must match the path (src/data/charts/<document>/<anchor>.json)`);
    }
    datasets.push(parsed.data);
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
