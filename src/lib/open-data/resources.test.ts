import { describe, expect, it } from 'vitest';
import type { Dataset } from '../charts/dataset.ts';
import type { DocumentTable } from './document-tables.ts';
import { buildResources, dataPackage, resourceCsv, type ResourceInputs } from './resources.ts';
import { filterRules, filterValues } from './catalogue-filters.ts';

const SITE = 'https://example.org';
const doc = { id: 'doc', title: '报告', shortTitle: '报告', publisher: '商务部', file: 'doc.txt' };
const chart = (over: Partial<Dataset> = {}): Dataset => ({
  document: 'doc',
  figure: '图 1-1',
  anchor: 'fig-1-1',
  title: '规模',
  unit: '亿美元',
  captionLine: 3,
  dataSource: null,
  completeness: 'full',
  chart: { kind: 'barY' },
  rows: [{ x: 2019, value: 1580.8, source: { line: 11, text: '1580.8' } }],
  ...over,
});
const table = (over: Partial<DocumentTable> = {}): DocumentTable => ({
  document: 'doc',
  page: 'ch4',
  anchor: 'table-4-1',
  number: '表 4-1',
  caption: '表 4-1 各区域统计',
  unit: null,
  notes: ['数据来源：商务部'],
  editorNotes: [],
  cells: [
    { group: null, row: '东部', column: '执行额（亿美元）', printed: '1310.2', value: 1310.2, unit: '亿美元', line: 20 },
    { group: null, row: '东部', column: '增长（%）', printed: '8.4', value: 8.4, unit: '%', line: 20 },
  ],
  missing: [],
  lines: [{ from: 18, to: 22 }],
  ...over,
});
const inputs = (over: Partial<ResourceInputs> = {}): ResourceInputs => ({
  site: SITE,
  documents: [doc],
  datasets: [chart()],
  tables: [table()],
  where: new Map([['doc/table-4-1', '/reports/doc/ch4/#table-4-1']]),
  lastChange: () => '2026-12-01',
  pageFile: (d, p) => `src/content/documents/${d}/${p}.mdx`,
  ...over,
});

describe('data resources', () => {
  it('names files by document and anchor, and a table’s chart apart from the table', () => {
    const resources = buildResources(inputs({ datasets: [chart(), chart({ figure: '表 4-1', anchor: 'table-4-1', completeness: 'partial' })] }));
    expect(resources.map((r) => r.csvUrl)).toEqual(['/data/doc/doc_fig-1-1.csv', '/data/doc/doc_table-4-1-chart.csv', '/data/doc/doc_table-4-1.csv']);
  });
  it('refuses a chart that claims 完整 while drawing fewer numbers than its table', () => {
    expect(() => buildResources(inputs({ datasets: [chart({ figure: '表 4-1', anchor: 'table-4-1' })] }))).toThrow(
      /src\/data\/charts\/doc\/table-4-1\.json: completeness "full", but the chart draws 1 of the 2 numbers of 表 4-1/,
    );
  });
  it('refuses a table cell that is not in the source, naming the page to fix', () => {
    const lost = table({ cells: [{ group: null, row: '东部', column: '执行额', printed: '99.9', value: 99.9, unit: null, line: null }] });
    expect(() => buildResources(inputs({ tables: [lost] }))).toThrow(/src\/content\/documents\/doc\/ch4\.mdx: <TableBlock id="table-4-1">: 1 cell\(s\) not found in doc\.txt 18–22/);
  });
  it('marks a table 完整 only when no number of the source is missing', () => {
    const [, whole] = buildResources(inputs());
    const [, part] = buildResources(inputs({ tables: [table({ missing: ['72.9'] })] }));
    expect([whole!.completeness, part!.completeness]).toEqual(['full', 'partial']);
    expect(part!.metadata).toMatchObject({ completenessLabel: '部分', missing: ['72.9'] });
  });
  it('writes metadata with the document, publisher, citation, canonical URL and each value’s line', () => {
    const [fig, tab] = buildResources(inputs());
    expect(fig!.metadata).toMatchObject({
      title: '图 1-1 规模',
      document: { title: '报告', publisher: '商务部', sourceFile: 'doc.txt' },
      unit: '亿美元',
      completenessLabel: '完整',
      canonicalUrl: `${SITE}/data/doc/doc_fig-1-1.csv`,
      lastChange: '2026-12-01',
      values: [{ value: 1580.8, sourceFile: 'doc.txt', sourceLine: 11, sourceUrl: `${SITE}/sources/doc/#L11` }],
    });
    expect(String(fig!.metadata.citation)).toContain('商务部：《报告》图 1-1 规模');
    expect(tab!.metadata).toMatchObject({
      notes: ['数据来源：商务部'],
      pageUrl: `${SITE}/reports/doc/ch4/#table-4-1`,
      values: [{ row: '东部', printed: '1310.2', sourceFile: 'doc.txt', sourceLine: 20, sourceUrl: `${SITE}/sources/doc/#L20` }, { printed: '8.4', unit: '%' }],
    });
    expect(resourceCsv(tab!).split('\r\n')[1]).toBe('表 4-1,,东部,执行额（亿美元）,1310.2,1310.2,亿美元,doc.txt,20,https://example.org/sources/doc/#L20');
  });
  it('describes every resource with a file in the data package', () => {
    const pkg = dataPackage(buildResources(inputs({ datasets: [chart(), chart({ anchor: 'fig-0', rows: [], completeness: 'none' })] })), SITE);
    expect(pkg.resources.map((r) => r.path)).toEqual(['doc/doc_fig-1-1.csv', 'doc/doc_table-4-1.csv']);
    expect(pkg.resources[1]!.schema.fields.map((f) => f.name)).toContain('source_line');
    expect(pkg.resources[1]!.units).toEqual(['亿美元', '%']);
  });
});

describe('catalogue filters', () => {
  it('write one CSS rule per value, matching cards by their unit keys', () => {
    const values = filterValues([
      { units: ['亿美元', '%'], completeness: 'full' },
      { units: [], completeness: 'none' },
    ]);
    expect(values.units.map((u) => u.label)).toEqual(['%', '亿美元', '无单位']);
    expect(values.keysOfUnits(['亿美元', '%'])).toBe('u1 u0');
    expect(values.completeness).toEqual(['full', 'none']);
    const css = filterRules(['doc'], values);
    expect(css).toContain('.data-catalogue:has(input[name="doc"][value="doc"]:checked) .data-catalogue__document:not([data-doc="doc"]){display:none}');
    expect(css).toContain('.data-card:not([data-unit~="u1"]){display:none}');
    expect(css.split('\n')).toHaveLength(1 + 3 * 2 + 2 * 2 + 3 * 2);
  });
});
