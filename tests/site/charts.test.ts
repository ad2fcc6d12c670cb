/**
 * Charts in the built site: every dataset with values is drawn as SVG at its
 * figure on the document page, and its CSV and JSON downloads hold the same
 * values as the chart.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../../src/lib/charts/dataset.ts';
import { figureLocations } from '../../src/lib/documents/figure-locations.ts';
import { chartResourceName } from '../../src/lib/open-data/names.ts';
import { DIST, loadDocument, requireBuild, ROOT } from './built-pages.ts';

beforeAll(requireBuild);

const datasets: Dataset[] = readdirSync(join(ROOT, 'src/data/charts'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(ROOT, 'src/data/charts', d.name)).map((f) =>
      datasetSchema.parse(JSON.parse(readFileSync(join(ROOT, 'src/data/charts', d.name, f), 'utf8'))),
    ),
  );

function mdxPages() {
  const base = join(ROOT, 'src/content/documents');
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(base, d.name))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => ({ document: d.name, page: f.replace(/\.mdx$/, ''), body: readFileSync(join(base, d.name, f), 'utf8') })),
    );
}

describe('charts in the built site', () => {
  const where = figureLocations(mdxPages());

  it('stand at their figure or table on the document page, as SVG', () => {
    const problems: string[] = [];
    let drawn = 0;
    for (const dataset of datasets) {
      const href = where.get(`${dataset.document}/${dataset.anchor}`);
      // A figure whose caption is lost from the source (captionLine null) has no place in the text; the catalogue lists it.
      if (!href && dataset.captionLine === null) continue;
      if (!href) {
        problems.push(`${dataset.document}/${dataset.anchor}: no <Figure> or <TableBlock> with this id in the document`);
        continue;
      }
      const file = join(DIST, href.split('#')[0]!, 'index.html');
      const page = loadDocument(file);
      const charts = page.querySelectorAll(`[data-chart="${dataset.anchor}"] svg`);
      if (dataset.rebuiltFrom === 'glossary-classification') {
        // The guide's lost figure 1, redrawn from the glossary: 3 门类, 9 大类, 35 中类.
        const tree = page.querySelector(`#${dataset.anchor} [data-classification-tree]`);
        const codes = [...(tree?.querySelectorAll('code') ?? [])].map((c) => c.textContent);
        if (codes.length !== 9 + 35) problems.push(`${href}: classification tree has ${codes.length} coded classes, not 44`);
        continue;
      }
      if (dataset.rows.length === 0 || dataset.chart.kind === 'none') {
        if (!page.querySelector(`#${dataset.anchor}`)?.querySelector('.doc-figure__nodata') && dataset.completeness === 'none' && !href.includes('table-')) {
          problems.push(`${href}: a figure without data must say so`);
        }
        continue;
      }
      if (charts.length === 0) problems.push(`${href}: no SVG chart`);
      else drawn++;
    }
    console.log(`${drawn} charts drawn, ${datasets.length} datasets`);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('offer CSV and JSON downloads with the chart’s values', () => {
    const problems: string[] = [];
    for (const dataset of datasets.filter((d) => d.rows.length > 0)) {
      const base = join(DIST, 'data', dataset.document, chartResourceName(dataset));
      for (const ext of ['csv', 'json']) if (!existsSync(`${base}.${ext}`)) problems.push(`${base}.${ext} missing`);
      if (problems.length) continue;
      // The CSV's header row is Chinese (数值 is the value column); the JSON is its metadata.
      const csv = csvParse(readFileSync(`${base}.csv`, 'utf8').replace(/^\uFEFF/, ''));
      const json = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { values: { value: number }[] };
      const expected = dataset.rows.map((r) => r.value);
      if (JSON.stringify(csv.map((r) => Number(r['数值']))) !== JSON.stringify(expected)) problems.push(`${base}.csv values differ`);
      if (JSON.stringify(json.values.map((r) => r.value)) !== JSON.stringify(expected)) problems.push(`${base}.json values differ`);
      // The chart's hover titles carry the same values.
      const page = loadDocument(join(DIST, 'data', dataset.document, dataset.anchor, 'index.html'));
      // Both drawings (for a column and for a phone) carry every value.
      for (const drawing of ['wide', 'narrow']) {
        const titles = [...page.querySelectorAll(`[data-chart] .doc-figure__${drawing} svg title`)].map((t) => t.textContent ?? '');
        if (dataset.chart.kind !== 'none' && titles.length !== dataset.rows.length)
          problems.push(`${dataset.document}/${dataset.anchor} (${drawing}): ${titles.length} marks for ${dataset.rows.length} values`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
