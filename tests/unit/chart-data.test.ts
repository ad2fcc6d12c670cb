/**
 * The chart datasets against the sources: every value is printed at its cited
 * line (or recomputed from values that are), and every figure caption in the
 * sources has a dataset, so no figure is silently dropped.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../../src/lib/charts/dataset.ts';
import { checkDatasetProvenance } from '../../src/lib/charts/provenance.ts';
import { readSourceLines } from '../../src/lib/provenance/source-map-fs.ts';

const ROOT = join(import.meta.dirname, '../..');
const CHARTS = join(ROOT, 'src/data/charts');
const CAPTION = /^\s*图\s*\d+(?:[-－—]\d+)?(?:[.．：:]|\s)/;

const documents = readdirSync(join(ROOT, 'src/data/documents'))
  .filter((n) => n.endsWith('.json'))
  .map((n) => n.replace(/\.json$/, ''));

function datasetsOf(document: string): { file: string; dataset: Dataset }[] {
  const dir = join(CHARTS, document);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => {
      const file = `src/data/charts/${document}/${n}`;
      const parsed = datasetSchema.safeParse(JSON.parse(readFileSync(join(ROOT, file), 'utf8')));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return { file, dataset: parsed.data };
    });
}

const totals = { datasets: 0, values: 0, derived: 0 };

describe.each(documents)('chart data of %s', (document) => {
  const lines = readSourceLines(ROOT, `${document}.txt`);
  const found = datasetsOf(document);

  it('cites every value at a line where it is printed, and recomputes derived values', () => {
    const problems = found.flatMap(({ file, dataset }) => checkDatasetProvenance(dataset, lines).map((p) => `${file}: ${p}`));
    for (const { dataset } of found) {
      totals.datasets++;
      totals.values += dataset.rows.length;
      totals.derived += dataset.rows.filter((r) => r.derived).length;
    }
    console.log(`${document}: ${found.length} datasets, ${found.reduce((s, f) => s + f.dataset.rows.length, 0)} values`);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('gives every figure caption in the source a dataset (with a note where no data survives)', () => {
    const captions = lines.flatMap((text, i) => (CAPTION.test(text) ? [i + 1] : []));
    const covered = new Set(found.map((f) => f.dataset.captionLine));
    const missing = captions.filter((line) => !covered.has(line)).map((line) => `line ${line}: ${lines[line - 1]!.trim()}`);
    expect(missing, `captions without a dataset:\n${missing.join('\n')}`).toEqual([]);
    const unexplained = found
      .filter(({ dataset }) => (dataset.completeness === 'none' || dataset.captionLine === null) && !dataset.note)
      .map(({ file }) => file);
    expect(unexplained, 'datasets without data need a note saying why').toEqual([]);
  });
});
