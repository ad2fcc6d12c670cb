/**
 * The site's downloadable data: every chart dataset and every table of the
 * documents, each as a tidy CSV, a metadata JSON and a resource of the data
 * package /data/datapackage.json. Pure: the caller passes the datasets, the
 * tables, the documents and where each stands on the site.
 */
import type { Dataset } from '../charts/dataset.ts';
import { CHART_FIELDS, chartRows, chartValueSources, sourceFileOf } from '../charts/export.ts';
import { sourceLineUrl, sourceViewerUrl } from '../provenance/source-links.ts';
import type { DocumentTable } from './document-tables.ts';
import { COMPLETENESS_LABEL, chartResourceName, resourcePath, resourceUrl, tableResourceName } from './names.ts';
import { CSV_DIALECT, tableSchema, tidyCsv, type FieldSpec, type TidyRow } from './tidy.ts';

export interface DocumentInfo {
  id: string;
  title: string;
  shortTitle: string;
  publisher: string;
  file: string;
}

export type Completeness = keyof typeof COMPLETENESS_LABEL;

export interface DataResource {
  name: string;
  kind: 'chart' | 'table';
  document: DocumentInfo;
  anchor: string;
  /** "图 1-1", "表 4-1". */
  number: string;
  title: string;
  /** The main unit (a table's 单位 note, a chart's unit); null when there is none. */
  unit: string | null;
  /** Every unit its values use, for the catalogue's filter. */
  units: string[];
  completeness: Completeness;
  /** Where it stands in the document, e.g. /reports/…/ch1/#fig-1-1. */
  pageUrl: string | null;
  /** The chart's own page under /data/, for charts. */
  datasetPageUrl: string | null;
  fields: readonly FieldSpec[];
  rows: TidyRow[];
  csvUrl: string | null;
  jsonUrl: string | null;
  metadata: Record<string, unknown>;
  /** Files a person edits to change it, for build errors. */
  editFile: string;
}

/** The columns of a document table's CSV. */
export const TABLE_FIELDS: readonly FieldSpec[] = [
  { name: 'table', title: '表格编号', type: 'string', description: '原文的表号，如“表 4-1”；无表号的表为表题', required: true },
  { name: 'row_group', title: '分组', type: 'string', description: '行所在的分组（原表中横跨全表的分组行，如“ITO”）；无分组时为空' },
  { name: 'row', title: '行', type: 'string', description: '行标题：原表第一列的文字' },
  { name: 'column', title: '列', type: 'string', description: '列标题；多层表头以“ / ”连接' },
  { name: 'printed', title: '原文', type: 'string', description: '单元格的文字或数字，照录原表' },
  { name: 'value', title: '数值', type: 'number', description: '单元格是数字时的数值（百分数不含 % 号）；否则为空' },
  { name: 'unit', title: '单位', type: 'string', description: '数值的单位：取自列标题或表注的“单位”；百分数为 %' },
  { name: 'source_file', title: '来源文件', type: 'string', description: '本站所收原文文本的文件名', required: true },
  { name: 'source_line', title: '来源行', type: 'integer', description: '单元格在原文文本中开始的行号（从 1 起）' },
  { name: 'source_url', title: '来源链接', type: 'string', description: '原文阅读器中该行的网址' },
];

function distinct(values: readonly (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}

function citation(doc: DocumentInfo, number: string, title: string, url: string): string {
  return `${doc.publisher}：《${doc.title}》${number}${title && title !== number ? ` ${title}` : ''}。数据整理：中国服务外包知识库，${url}`;
}

export interface ResourceInputs {
  site: string;
  documents: readonly DocumentInfo[];
  datasets: readonly Dataset[];
  tables: readonly DocumentTable[];
  /** "<document>/<anchor>" → URL of the figure or table on its document page. */
  where: ReadonlyMap<string, string>;
  /** Last change of a repository file (ISO date), for the metadata. */
  lastChange: (path: string) => string;
  /** "<document>/<page>" → MDX file path, for messages and last change. */
  pageFile: (document: string, page: string) => string;
}

/**
 * Builds every resource. Throws, naming the file to edit, when a chart says
 * 完整 but draws fewer numbers than its table has, when a table cell cannot
 * be found in the source, or when two files would get the same name.
 */
export function buildResources(input: ResourceInputs): DataResource[] {
  const { site } = input;
  const docs = new Map(input.documents.map((d) => [d.id, d]));
  const docOf = (id: string) => {
    const doc = docs.get(id);
    if (!doc) throw new Error(`no document "${id}" in src/data/documents/`);
    return doc;
  };
  const resources: DataResource[] = [];
  const problems: string[] = [];
  const tableByKey = new Map(input.tables.map((t) => [`${t.document}/${t.anchor}`, t]));

  for (const dataset of input.datasets) {
    const doc = docOf(dataset.document);
    const name = chartResourceName(dataset);
    const editFile = `src/data/charts/${dataset.document}/${dataset.anchor}.json`;
    const table = tableByKey.get(`${dataset.document}/${dataset.anchor}`);
    const tableNumbers = table?.cells.filter((c) => c.value !== null).length ?? 0;
    if (table && dataset.completeness === 'full' && dataset.rows.length < tableNumbers) {
      problems.push(
        `${editFile}: completeness "full", but the chart draws ${dataset.rows.length} of the ${tableNumbers} numbers of ${table.number}. ` +
          'Fix: set "completeness": "partial" (the whole table is downloadable on its own) or add the missing values.',
      );
    }
    const hasRows = dataset.rows.length > 0;
    const csvUrl = hasRows ? resourceUrl(dataset.document, name, 'csv') : null;
    const jsonUrl = hasRows ? resourceUrl(dataset.document, name, 'json') : null;
    const pageUrl = input.where.get(`${dataset.document}/${dataset.anchor}`) ?? null;
    const rows = chartRows(dataset, site);
    const file = sourceFileOf(dataset);
    resources.push({
      name,
      kind: 'chart',
      document: doc,
      anchor: dataset.anchor,
      number: dataset.figure,
      title: dataset.title,
      unit: dataset.unit,
      units: distinct([dataset.unit, ...dataset.rows.map((r) => r.unit)]),
      completeness: dataset.completeness,
      pageUrl,
      datasetPageUrl: `/data/${dataset.document}/${dataset.anchor}/`,
      fields: CHART_FIELDS,
      rows,
      csvUrl,
      jsonUrl,
      editFile,
      metadata: {
        name,
        title: `${dataset.figure} ${dataset.title}`,
        kind: '图表数据',
        document: { id: doc.id, title: doc.title, publisher: doc.publisher, sourceFile: file, sourceUrl: `${site}${sourceViewerUrl(file)}` },
        number: dataset.figure,
        unit: dataset.unit,
        completeness: dataset.completeness,
        completenessLabel: COMPLETENESS_LABEL[dataset.completeness],
        completenessMeaning: '完整：原图（或原表）的每个数字都在本数据中；部分：只有部分数字留存于原文；无数据：原文只留图题。',
        ...(table ? { wholeTable: `${site}${resourceUrl(table.document, tableResourceName(table), 'csv')}` } : {}),
        caption: dataset.captionLine ? { sourceLine: dataset.captionLine, sourceUrl: `${site}${sourceLineUrl(file, dataset.captionLine)}` } : null,
        dataSource: dataset.dataSource ? { text: dataset.dataSource.text, sourceLine: dataset.dataSource.line, sourceUrl: `${site}${sourceLineUrl(file, dataset.dataSource.line)}` } : null,
        notes: [],
        editorNotes: dataset.note ? [{ text: dataset.note }] : [],
        derivations: dataset.rows.filter((r) => r.derived).map((r) => ({ category: String(r.x), series: r.series ?? null, formula: r.derived!.formula, description: r.derived!.description })),
        values: chartValueSources(dataset, site),
        fields: tableSchema(CHART_FIELDS).fields,
        citation: citation(doc, dataset.figure, dataset.title, `${site}${csvUrl ?? `/data/${dataset.document}/${dataset.anchor}/`}`),
        canonicalUrl: csvUrl ? `${site}${csvUrl}` : null,
        metadataUrl: jsonUrl ? `${site}${jsonUrl}` : null,
        pageUrl: pageUrl ? `${site}${pageUrl}` : `${site}/data/${dataset.document}/${dataset.anchor}/`,
        lastChange: input.lastChange(editFile),
      },
    });
  }

  for (const table of input.tables) {
    const doc = docOf(table.document);
    const name = tableResourceName(table);
    const editFile = input.pageFile(table.document, table.page);
    const file = doc.file;
    const lost = table.cells.filter((c) => c.printed && c.line === null);
    if (lost.length) {
      problems.push(
        `${editFile}: <TableBlock id="${table.anchor}">: ${lost.length} cell(s) not found in ${file} ${table.lines.map((l) => `${l.from}–${l.to}`).join(', ') || '(no table range)'}, e.g. "${lost[0]!.printed}" (row ${lost[0]!.row}). ` +
          `Fix: correct the cell, or the table's range in src/data/documents/${table.document}/review.yaml, then re-import.`,
      );
    }
    const csvUrl = resourceUrl(table.document, name, 'csv');
    const jsonUrl = resourceUrl(table.document, name, 'json');
    const pageUrl = input.where.get(`${table.document}/${table.anchor}`) ?? null;
    const completeness: Completeness = table.missing.length === 0 ? 'full' : 'partial';
    const rows: TidyRow[] = table.cells.map((c) => ({
      table: table.number,
      row_group: c.group,
      row: c.row,
      column: c.column,
      printed: c.printed,
      value: c.value,
      unit: c.unit,
      source_file: file,
      source_line: c.line,
      source_url: c.line ? `${site}${sourceLineUrl(file, c.line)}` : null,
    }));
    const title = table.number === table.caption ? table.caption : table.caption.slice(table.number.length).replace(/^[.\s]+/, '');
    resources.push({
      name,
      kind: 'table',
      document: doc,
      anchor: table.anchor,
      number: table.number,
      title,
      unit: table.unit,
      units: distinct(table.cells.map((c) => c.unit)),
      completeness,
      pageUrl,
      datasetPageUrl: null,
      fields: TABLE_FIELDS,
      rows,
      csvUrl,
      jsonUrl,
      editFile,
      metadata: {
        name,
        title: table.caption,
        kind: '表格',
        document: { id: doc.id, title: doc.title, publisher: doc.publisher, sourceFile: file, sourceUrl: `${site}${sourceViewerUrl(file)}` },
        number: table.number,
        unit: table.unit,
        completeness,
        completenessLabel: COMPLETENESS_LABEL[completeness],
        completenessMeaning: '完整：原表的每个数字都在本数据中（逐格照录）；部分：原文表格中有数字未能对应到单元格，见 missing。',
        missing: table.missing,
        sourceLines: table.lines.map((l) => ({ from: l.from, to: l.to, sourceUrl: `${site}${sourceLineUrl(file, l.from, l.to)}` })),
        notes: table.notes,
        editorNotes: table.editorNotes,
        values: table.cells.map((c) => ({
          group: c.group,
          row: c.row,
          column: c.column,
          printed: c.printed,
          value: c.value,
          unit: c.unit,
          sourceFile: file,
          sourceLine: c.line,
          sourceUrl: c.line ? `${site}${sourceLineUrl(file, c.line)}` : null,
        })),
        fields: tableSchema(TABLE_FIELDS).fields,
        citation: citation(doc, table.number, title, `${site}${csvUrl}`),
        canonicalUrl: `${site}${csvUrl}`,
        metadataUrl: `${site}${jsonUrl}`,
        pageUrl: pageUrl ? `${site}${pageUrl}` : null,
        lastChange: input.lastChange(editFile),
      },
    });
  }

  const seen = new Map<string, string>();
  for (const r of resources) {
    const previous = seen.get(r.name);
    if (previous) problems.push(`${r.editFile}: download name "${r.name}" is already used by ${previous}. Fix: give one of them another id.`);
    seen.set(r.name, r.editFile);
  }
  if (problems.length) throw new Error(`Data downloads:\n  ${problems.join('\n  ')}`);
  return resources.sort((a, b) => a.document.id.localeCompare(b.document.id) || a.anchor.localeCompare(b.anchor, 'en', { numeric: true }) || a.kind.localeCompare(b.kind));
}

export function resourceCsv(resource: DataResource): string {
  return tidyCsv(resource.fields, resource.rows);
}

export function resourceJson(resource: DataResource): string {
  return `${JSON.stringify(resource.metadata, null, 2)}\n`;
}

/** The Frictionless Data Package (v2) describing every downloadable resource. */
export function dataPackage(resources: readonly DataResource[], site: string) {
  const withFiles = resources.filter((r) => r.csvUrl);
  const changes = withFiles.map((r) => String(r.metadata.lastChange)).sort();
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'fuwu-waibao-zhishiku',
    title: '中国服务外包知识库：图表与表格数据',
    description:
      '本站所收五份原文中全部图表的数据与全部表格。每个 CSV 为 UTF-8（带 BOM）编码的整洁数据：一行一个数值，列标题为中文，机器名见各资源的 schema；每个数值注明原文文件与行号。每个资源另有元数据 JSON（路径见 metadata）。',
    homepage: `${site}/data/`,
    ...(changes.length ? { created: `${changes[changes.length - 1]}T00:00:00Z` } : {}),
    keywords: ['服务外包', 'service outsourcing', 'ITO', 'BPO', 'KPO'],
    resources: withFiles.map((r) => ({
      name: r.name,
      type: 'table',
      path: resourcePath(r.document.id, r.name, 'csv'),
      title: `${r.number} ${r.title}`.trim(),
      description: `《${r.document.title}》${r.number}${r.kind === 'chart' ? '（图表数据）' : '（表格，逐格）'}；数据完整程度：${COMPLETENESS_LABEL[r.completeness]}。元数据：${resourcePath(r.document.id, r.name, 'json')}`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: Buffer.byteLength(resourceCsv(r), 'utf8'),
      dialect: CSV_DIALECT,
      schema: tableSchema(r.fields),
      sources: [{ title: `《${r.document.title}》，${r.document.publisher}`, path: `${site}${sourceViewerUrl(r.document.file)}` }],
      metadata: resourcePath(r.document.id, r.name, 'json'),
      completeness: r.completeness,
      units: r.units,
    })),
  };
}
