/**
 * Every content check the build runs before it renders a page (see
 * src/integrations/content-checks.ts): the data files against their schemas
 * and the sources, the document pages' frontmatter, bodies, ids and source
 * ranges, the glossary's references, names and permanent links. Each check
 * reads the repository from `root` and returns problems naming the file a
 * person edits, the line and the fix (./problems.ts); none throws.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkHeadingIds } from '../documents/remark-heading-ids.ts';
import { datasetSchema, computeDerived, printedValue, round, type Dataset } from '../charts/dataset.ts';
import { checkPrinted } from '../charts/provenance.ts';
import { checkRank } from '../cities/facts.ts';
import { checkQuote } from '../provenance/source-quote.ts';
import { circleSchema, citySchema, cityDatasetSchema, provinceSchema, regionSchema, type Fact } from '../cities/schema.ts';
import { documentPageSchema, sourceDocumentSchema } from '../documents/schema.ts';
import { glossaryEntrySchema, glossaryRedirectsSchema, glossaryRuleSchema, type GlossaryEntry, type GlossaryRule } from '../glossary/schema.ts';
import { buildRoutes, collectTermForms, entryPath, glossaryPermalinks, parsePermalinks, resolveRef } from '../glossary/glossary.ts';
import { KEY_FIGURES_DOCUMENT, keyFigureSchema } from '../home/key-figures.ts';
import { normalizeForCompare } from '../provenance/source-text.ts';
import { quotationProblems } from './quote-numbers.ts';
import { checkDocumentTables } from './table-numbers.ts';
import { isProblem, lineAt, lineOf, parseDataFile, parseYamlFile, schemaProblems, type ContentProblem, type LocatedData } from './problems.ts';

type Located<T> = { file: string; data: T; located: LocatedData; text: string };

function read(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

/** Sub-folders of a folder, sorted. */
function folders(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

function list(root: string, dir: string, ext: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => `${dir}/${e.name}`)
    .sort();
}

/** Reads and validates one JSON or YAML file; problems go to `out`, the data back when valid. */
function load<T>(root: string, file: string, schema: z.ZodType<T>, what: string, out: ContentProblem[]): Located<T> | undefined {
  const text = read(root, file);
  if (text.includes('\r')) {
    out.push(crlfProblem(file, text));
    return undefined;
  }
  const result = parseDataFile(file, text, schema, what);
  if (Array.isArray(result)) {
    out.push(...result);
    return undefined;
  }
  return { file, data: result.data, located: result.located, text };
}

function crlfProblem(file: string, text: string): ContentProblem {
  return {
    file,
    line: lineAt(text, text.indexOf('\r')),
    problem: 'the file has Windows (CRLF) line endings',
    fix: 'Save it with LF line endings (the repository’s .gitattributes keeps text files LF; `git add --renormalize .` repairs a checkout).',
  };
}

/** Source texts by file name, read once per run. */
interface Sources {
  lines(file: string): string[] | undefined;
}
function sourcesOf(root: string): Sources {
  const cache = new Map<string, string[] | undefined>();
  return {
    lines(file) {
      if (!cache.has(file)) {
        const path = join(root, 'sources', file);
        cache.set(file, existsSync(path) ? readFileSync(path, 'utf8').replace(/\n$/, '').split('\n') : undefined);
      }
      return cache.get(file);
    },
  };
}

const NUMBER_FIX = 'Cite the line where the source prints this number exactly as printed (open sources/<file>.txt at that line), or correct the value.';

// ───────────────────────── chart datasets ─────────────────────────

function checkDatasetRows(item: Located<Dataset>, lines: readonly string[], printedOnly: boolean): ContentProblem[] {
  const { data: dataset, located, file } = item;
  const problems: ContentProblem[] = [];
  const source = `sources/${dataset.document}.txt`;
  if (dataset.captionLine !== null && !normalizeForCompare(lines[dataset.captionLine - 1] ?? '').includes(normalizeForCompare(dataset.figure))) {
    problems.push({
      file,
      line: located.lineOf(['captionLine']),
      problem: `captionLine ${dataset.captionLine}: ${source} line ${dataset.captionLine} is not the caption of ${dataset.figure}`,
      fix: `Set captionLine to the line of ${source} that prints “${dataset.figure}”, or null when the caption is lost.`,
    });
  }
  if (dataset.dataSource && !normalizeForCompare(lines[dataset.dataSource.line - 1] ?? '').includes(normalizeForCompare(dataset.dataSource.text))) {
    problems.push({
      file,
      line: located.lineOf(['dataSource', 'line']),
      problem: `dataSource: “${dataset.dataSource.text}” is not printed at ${source} line ${dataset.dataSource.line}`,
      fix: 'Copy the 数据来源 line exactly as printed and cite its line.',
    });
  }
  dataset.rows.forEach((row, i) => {
    const at = (key: string[]) => located.lineOf(['rows', i, ...key]);
    if (row.source) {
      for (const p of checkPrinted(row.source, lines, row.value)) problems.push({ file, line: at(['source', 'text']), problem: `rows[${i}] (${row.x}${row.series ? ` · ${row.series}` : ''}): ${p} of ${source}`, fix: NUMBER_FIX });
    } else if (printedOnly) {
      problems.push({ file, line: at([]), problem: `rows[${i}] (${row.x}) has no printed source`, fix: 'City datasets hold printed values only: give the row a `source` with line and text.' });
    } else if (row.derived) {
      row.derived.inputs.forEach((input, j) => {
        for (const p of checkPrinted(input, lines)) problems.push({ file, line: at(['derived', 'inputs', String(j)]), problem: `rows[${i}] input ${j + 1}: ${p} of ${source}`, fix: NUMBER_FIX });
      });
      const recomputed = round(computeDerived(row.derived.formula, row.derived.inputs.map(printedValue)), row.derived.decimals);
      if (recomputed !== row.value) {
        problems.push({ file, line: at(['value']), problem: `rows[${i}]: the ${row.derived.formula} of the inputs is ${recomputed}, not ${row.value}`, fix: `Set value to ${recomputed}, or correct the inputs.` });
      }
    }
  });
  if (dataset.completeness !== 'none' && dataset.rows.length === 0) {
    problems.push({ file, line: located.lineOf(['completeness']), problem: `completeness is "${dataset.completeness}" but there are no rows`, fix: 'Add the rows, or set completeness to "none" with a note saying why.' });
  }
  if (dataset.completeness === 'none' && dataset.chart.kind !== 'none') {
    problems.push({ file, line: located.lineOf(['chart', 'kind']), problem: `no data survives but chart.kind is "${dataset.chart.kind}"`, fix: 'Set chart.kind to "none".' });
  }
  return problems;
}

/** src/data/charts/<document>/<anchor>.json: schema, file name, and every value at its cited line. */
export function checkCharts(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sources = sourcesOf(root);
  const base = 'src/data/charts';
  if (!existsSync(join(root, base))) return problems;
  for (const document of folders(root, base)) {
    for (const file of list(root, `${base}/${document}`, '.json')) {
      const item = load(root, file, datasetSchema, 'chart dataset (src/lib/charts/dataset.ts)', problems);
      if (!item) continue;
      const { data } = item;
      if (data.document !== document || `${data.anchor}.json` !== file.split('/').at(-1)) {
        problems.push({ file, line: item.located.lineOf(['anchor']), problem: `document "${data.document}" and anchor "${data.anchor}" do not match the file's place ${file}`, fix: `Name the file src/data/charts/<document>/<anchor>.json after its own fields.` });
        continue;
      }
      const lines = sources.lines(`${document}.txt`);
      if (!lines) {
        problems.push({ file, line: item.located.lineOf(['document']), problem: `there is no source sources/${document}.txt`, fix: 'Set document to the name of a file in sources/ (without .txt).' });
        continue;
      }
      problems.push(...checkDatasetRows(item, lines, false));
    }
  }
  return problems;
}

// ───────────────────────── cities ─────────────────────────

function checkFacts(item: Located<unknown>, facts: readonly Fact[], names: readonly string[], sources: Sources, prefix: PropertyKey[] = []): ContentProblem[] {
  const problems: ContentProblem[] = [];
  facts.forEach((fact, i) => {
    const at = (key: string[]) => item.located.lineOf([...prefix, 'facts', i, ...key]);
    const lines = sources.lines(fact.source.file);
    if (!lines) {
      problems.push({ file: item.file, line: at(['source', 'file']), problem: `facts[${i}] cites sources/${fact.source.file}, which does not exist`, fix: 'Cite one of the files in sources/.' });
      return;
    }
    const where = `facts[${i}] (${fact.label})`;
    if (fact.kind !== 'rank') {
      for (const p of checkPrinted({ line: fact.source.lines[0], text: fact.value }, lines)) problems.push({ file: item.file, line: at(['value']), problem: `${where}: ${p} of sources/${fact.source.file}`, fix: NUMBER_FIX });
    }
    if (fact.quote) for (const p of checkQuote(fact.quote, lines, fact.source, { startsOnFirstLine: fact.kind === 'rank' })) problems.push({ file: item.file, line: at(['quote']), problem: `${where}: ${p}`, fix: 'Copy the quote exactly as printed at the cited line(s).' });
    if (fact.kind === 'rank') for (const p of checkRank(fact, names)) problems.push({ file: item.file, line: at(['value']), problem: `${where}: ${p}`, fix: 'Make the rank agree with the quoted list or phrase.' });
  });
  return problems;
}

/** src/data/cities, src/data/cities/areas, src/data/cities/charts: schemas, numbers, quotes, and references between them. */
export function checkCityData(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sources = sourcesOf(root);
  const datasets = new Map<string, Dataset & { id: string; totals: string[] }>();
  for (const file of list(root, 'src/data/cities/charts', '.json')) {
    const item = load(root, file, cityDatasetSchema, 'city dataset (src/lib/cities/schema.ts)', problems);
    if (!item) continue;
    if (`${item.data.id}.json` !== file.split('/').at(-1)) {
      problems.push({ file, line: item.located.lineOf(['id']), problem: `id "${item.data.id}" does not match the file name`, fix: 'Rename the file to <id>.json or correct the id.' });
      continue;
    }
    datasets.set(item.data.id, item.data);
    const lines = sources.lines(`${item.data.document}.txt`);
    if (lines) problems.push(...checkDatasetRows(item, lines, true));
    for (const total of item.data.totals) {
      if (!item.data.rows.some((r) => r.x === total)) problems.push({ file, line: item.located.lineOf(['totals']), problem: `total row "${total}" is not among the rows`, fix: 'Name in totals only row labels (x) that the dataset has.' });
    }
  }
  const checkChartRef = (file: string, located: LocatedData, path: PropertyKey[], ref: { dataset: string; series?: string[] | undefined; row?: string | undefined; highlight?: string | undefined }) => {
    const dataset = datasets.get(ref.dataset);
    if (!dataset) {
      problems.push({ file, line: located.lineOf([...path, 'dataset']), problem: `chart dataset "${ref.dataset}" does not exist`, fix: 'Name a file of src/data/cities/charts/ (without .json).' });
      return;
    }
    const labels = new Set(dataset.rows.map((r) => String(r.x)));
    const series = new Set(dataset.rows.map((r) => r.series ?? dataset.title));
    (ref.series ?? []).forEach((s, i) => {
      if (!series.has(s)) problems.push({ file, line: located.lineOf([...path, 'series', i]), problem: `dataset ${ref.dataset} has no series "${s}"`, fix: `Use one of: ${[...series].join('、')}.` });
    });
    for (const key of ['highlight', 'row'] as const) {
      const label = ref[key];
      if (label && !labels.has(label)) problems.push({ file, line: located.lineOf([...path, key]), problem: `dataset ${ref.dataset} has no row "${label}"`, fix: `Use one of the row labels: ${[...labels].slice(0, 12).join('、')}${labels.size > 12 ? '…' : ''}.` });
    }
  };
  for (const file of list(root, 'src/data/cities', '.json')) {
    const item = load(root, file, citySchema, 'city (src/lib/cities/schema.ts)', problems);
    if (!item) continue;
    problems.push(...checkFacts(item, item.data.facts, item.data.matchNames, sources));
    item.data.charts.forEach((ref, i) => checkChartRef(file, item.located, ['charts', i], ref));
  }
  const areas: [string, z.ZodType][] = [
    ['provinces', z.array(provinceSchema)],
    ['regions', z.array(regionSchema)],
    ['circles', z.array(circleSchema)],
  ];
  for (const [name, schema] of areas) {
    const file = `src/data/cities/areas/${name}.json`;
    if (!existsSync(join(root, file))) continue;
    const item = load(root, file, schema, 'province/region/circle (src/lib/cities/schema.ts)', problems);
    if (!item || name === 'provinces') continue;
    (item.data as z.infer<typeof regionSchema>[]).forEach((area, i) => {
      for (const [key, statement] of [['definition', area.definition], ...area.statements.map((s, j) => [`statements.${j}`, s] as const)] as const) {
        const lines = sources.lines(statement.source.file);
        const path = [i, ...String(key).split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), 'text'];
        if (lines) for (const p of checkQuote(statement.text, lines, statement.source)) problems.push({ file, line: item.located.lineOf(path), problem: `${area.slug} ${key}: ${p}`, fix: 'Copy the quote exactly as printed at the cited line(s).' });
      }
      problems.push(...checkFacts(item, area.facts, area.names, sources, [i]));
      area.tables.forEach((table, j) => {
        checkChartRef(file, item.located, [i, 'tables', j], { dataset: table.dataset });
        if (table.chart) checkChartRef(file, item.located, [i, 'tables', j, 'chart'], { dataset: table.dataset, ...table.chart });
      });
    });
  }
  return problems;
}

// ───────────────────────── key figures ─────────────────────────

/** src/data/home/key-figures.json: each number printed at its line and in the MDX section it links to. */
export function checkKeyFigures(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = 'src/data/home/key-figures.json';
  if (!existsSync(join(root, file))) return problems;
  const item = load(root, file, z.array(keyFigureSchema), 'key figure (src/lib/home/key-figures.ts)', problems);
  if (!item) return problems;
  const lines = sourcesOf(root).lines(`${KEY_FIGURES_DOCUMENT}.txt`) ?? [];
  item.data.forEach((figure, i) => {
    for (const p of checkPrinted({ line: figure.line, text: figure.value }, lines)) {
      problems.push({ file, line: item.located.lineOf([i, 'value']), problem: `${figure.label}: ${p} of sources/${KEY_FIGURES_DOCUMENT}.txt`, fix: NUMBER_FIX });
    }
    const mdxFile = `src/content/documents/${KEY_FIGURES_DOCUMENT}/${figure.page}.mdx`;
    if (!existsSync(join(root, mdxFile))) {
      problems.push({ file, line: item.located.lineOf([i, 'page']), problem: `${figure.label}: page "${figure.page}" does not exist (${mdxFile})`, fix: 'Name a page of the 2019 report.' });
      return;
    }
    const mdx = read(root, mdxFile);
    const start = mdx.indexOf(`{/* #${figure.anchor} */}`);
    if (start === -1) {
      problems.push({ file, line: item.located.lineOf([i, 'anchor']), problem: `${figure.label}: ${mdxFile} has no heading with id #${figure.anchor}`, fix: 'Name the heading id of the section that prints the number.' });
      return;
    }
    const next = mdx.slice(start + 1).search(/\n## /);
    const section = next === -1 ? mdx.slice(start) : mdx.slice(start, start + 1 + next);
    if (!section.includes(figure.value)) {
      problems.push({ file, line: item.located.lineOf([i, 'anchor']), problem: `${figure.label}: the section #${figure.anchor} of ${mdxFile} does not print ${figure.value}`, fix: 'Link the section whose text prints the number.' });
    }
  });
  return problems;
}

// ───────────────────────── document pages ─────────────────────────

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n?/;
const HEADING_ID = /\{\/\*\s*#([^\s*]+)\s*\*\/\}/g;
const ELEMENT_ID = /<[A-Za-z][\w.]*\b[^>]*?\sid="([^"]+)"/g;

/** The MDX parser and heading-id rules the site's Markdown pipeline uses (astro.config.mjs), without rendering. */
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkHeadingIds);

/** MDX syntax and heading ids of one page, with MDX's own position and a fix in place of its hints. */
function checkMdx(file: string, text: string): ContentProblem | undefined {
  // Frontmatter becomes blank lines, so the parser's line numbers are the file's.
  const value = text.replace(FRONTMATTER, (front) => '\n'.repeat(front.split('\n').length - 1));
  const vfile = new VFile({ path: `/${file}`, value });
  try {
    mdxParser.runSync(mdxParser.parse(vfile), vfile);
    return undefined;
  } catch (error) {
    const e = error as { message: string; reason?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
    const own = /^[^\n]*?:(\d+): ([^\n]*)\n\s*Fix: ([^\n]*)/.exec(e.message);
    if (own) return { file, line: Number(own[1]), problem: own[2]!, fix: `${own[3]![0]!.toUpperCase()}${own[3]!.slice(1)}.` };
    const reason = (e.reason ?? e.message).split('\n')[0]!.replace(/ with acorn$/, '');
    // "Expected a closing tag for `<b>` (16:2-16:5)": the tag's own line, not the paragraph's.
    const line = Number(/\((\d+):\d+-\d+:\d+\)/.exec(reason)?.[1]) || (e.line ?? e.place?.line ?? e.place?.start?.line);
    return {
      file,
      line,
      problem: `the MDX cannot be read: ${reason}`,
      fix: 'In MDX, { } < > are code: write them as \\{ \\} &lt; &gt; in text, close every tag (<EditorNote …>…</EditorNote>), and end comments with */}.',
    };
  }
}

interface PageRange { file: string; document: string; from: number; to: number; line: number | undefined; order: number }

/** src/content/documents/**\/*.mdx: frontmatter, body, ids and source ranges; src/data/documents/*.json. */
export function checkDocuments(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sources = sourcesOf(root);
  const known = new Set<string>();
  for (const file of list(root, 'src/data/documents', '.json')) {
    const id = file.split('/').at(-1)!.replace(/\.json$/, '');
    // Known even when it fails its schema: that problem is reported here, not again as a missing description per page.
    known.add(id);
    const item = load(root, file, sourceDocumentSchema, 'document description (src/lib/documents/schema.ts)', problems);
    if (!item) continue;
    // The id is the file's name; an `id` inside (the five documents carry one) must agree with it.
    const declared = (item.located.data as { id?: unknown }).id;
    if (declared !== undefined && declared !== id)
      problems.push({ file, line: item.located.lineOf(['id']), problem: `"id" is ${JSON.stringify(declared)}, but the document's id is its file name, ${id}`, fix: `Set "id" to "${id}" or remove it (the file name is the id).` });
    if (!sources.lines(item.data.file)) problems.push({ file, line: item.located.lineOf(['file']), problem: `sources/${item.data.file} does not exist`, fix: 'Name the source text file in sources/.' });
  }
  const base = 'src/content/documents';
  if (!existsSync(join(root, base))) return problems;
  const schema = documentPageSchema(z.string());
  const ranges: PageRange[] = [];
  for (const folder of folders(root, base)) {
    for (const file of list(root, `${base}/${folder}`, '.mdx')) {
      const text = read(root, file);
      if (text.includes('\r')) {
        problems.push(crlfProblem(file, text));
        continue;
      }
      const match = FRONTMATTER.exec(text);
      if (!match) {
        problems.push({ file, line: 1, problem: 'the page has no frontmatter', fix: 'Start the file with a --- block giving title, document, order and source (copy one from a neighbouring page).' });
        continue;
      }
      const located = parseYamlFile(file, match[1]!);
      if (isProblem(located)) {
        problems.push({ ...located, line: (located.line ?? 0) + 1 });
        continue;
      }
      const frontLine = (path: PropertyKey[]) => {
        const line = located.lineOf(path);
        return line === undefined ? 1 : line + 1;
      };
      const parsed = schema.safeParse(located.data);
      if (!parsed.success) {
        problems.push(...schemaProblems(file, { ...located, lineOf: frontLine }, parsed.error.issues as never, 'document page frontmatter (src/lib/documents/schema.ts)'));
        continue;
      }
      const page = parsed.data;
      if (page.document !== folder) problems.push({ file, line: frontLine(['document']), problem: `document "${page.document}" does not match the folder "${folder}"`, fix: `Set document: ${folder}, or move the page to src/content/documents/${page.document}/.` });
      else if (!known.has(folder)) problems.push({ file, line: frontLine(['document']), problem: `there is no src/data/documents/${folder}.json describing the document`, fix: 'Add the document’s description file (copy a neighbouring one).' });
      const lines = sources.lines(page.source.file);
      if (!lines) problems.push({ file, line: frontLine(['source', 'file']), problem: `sources/${page.source.file} does not exist`, fix: 'Name the source text file in sources/.' });
      else if (page.source.lines[1] > lines.length) problems.push({ file, line: frontLine(['source', 'lines']), problem: `source.lines ends at ${page.source.lines[1]}, but sources/${page.source.file} has ${lines.length} lines`, fix: 'Give the lines of the source this page publishes.' });
      ranges.push({ file, document: folder, from: page.source.lines[0], to: page.source.lines[1], line: frontLine(['source', 'lines']), order: page.order });

      const mdxProblem = checkMdx(file, text);
      if (mdxProblem) {
        problems.push(mdxProblem);
        continue;
      }
      const bodyStart = match[0].length;
      const body = text.slice(bodyStart);
      const bodyLine = (offset: number) => lineAt(text, bodyStart + offset);
      const visible = body
        .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
        .replace(/^(?:import|export)\s.*$/gm, '')
        .trim();
      // A landing page (order 0) is drawn from the document's description; other pages need text.
      if (!visible && page.order > 0) problems.push({ file, line: lineAt(text, bodyStart) , problem: 'the page has no text after its frontmatter', fix: 'Add the page’s text, or delete the page.' });

      // Duplicate ids: heading ids ({/* #id */}) and element ids (figures, tables, notes, boxes) share one page.
      const seen = new Map<string, number>();
      const ids = [...body.matchAll(HEADING_ID), ...body.matchAll(ELEMENT_ID)].sort((a, b) => a.index! - b.index!);
      for (const m of ids) {
        const id = m[1]!;
        const line = bodyLine(m.index!);
        if (seen.has(id)) problems.push({ file, line, problem: `the id "${id}" is used twice on this page (first at line ${seen.get(id)})`, fix: 'Give this heading, figure, table or note an id of its own; ids must be unique on a page.' });
        else seen.set(id, line);
      }
    }
  }
  // Source ranges: the pages of a document (landing page aside) publish disjoint parts of the source.
  const byDocument = new Map<string, PageRange[]>();
  for (const range of ranges.filter((r) => r.order > 0)) byDocument.set(range.document, [...(byDocument.get(range.document) ?? []), range]);
  for (const pages of byDocument.values()) {
    pages.sort((a, b) => a.from - b.from || a.to - b.to);
    for (let i = 1; i < pages.length; i++) {
      const prev = pages[i - 1]!;
      const page = pages[i]!;
      if (page.from <= prev.to) {
        problems.push({ file: page.file, line: page.line, problem: `source.lines [${page.from}, ${page.to}] overlaps [${prev.from}, ${prev.to}] of ${prev.file}`, fix: 'Each line of a source is published by one page: make the ranges meet without overlapping.' });
      }
    }
  }
  return problems;
}

// ───────────────────────── glossary ─────────────────────────

const GLOSSARY_DIR = 'src/data/glossary';
const RULES_FILE = 'src/data/glossary/rules/disputed-cases.yaml';
const REDIRECTS_FILE = 'src/data/glossary/urls/redirects.json';
const PERMALINKS_FILE = 'src/data/glossary/urls/permalinks.txt';

/** Glossary entries, rules, redirects and the permanent-link list: references, names and URLs that resolve. */
export function checkGlossary(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const entries: Located<GlossaryEntry>[] = [];
  for (const file of list(root, GLOSSARY_DIR, '.yaml')) {
    const item = load(root, file, glossaryEntrySchema, 'glossary entry (src/lib/glossary/schema.ts)', problems);
    if (item) entries.push(item);
  }
  let rules: GlossaryRule[] = [];
  let rulesItem: Located<GlossaryRule[]> | undefined;
  if (existsSync(join(root, RULES_FILE))) {
    rulesItem = load(root, RULES_FILE, z.array(glossaryRuleSchema), 'disputed-case rule (src/lib/glossary/schema.ts)', problems);
    rules = rulesItem?.data ?? [];
  }
  let redirects: Record<string, string> = {};
  let redirectsItem: Located<Record<string, string>> | undefined;
  if (existsSync(join(root, REDIRECTS_FILE))) {
    redirectsItem = load(root, REDIRECTS_FILE, glossaryRedirectsSchema, 'glossary redirect (src/lib/glossary/schema.ts)', problems);
    redirects = redirectsItem?.data ?? {};
  }
  if (problems.length > 0) return problems; // references are checked on valid files only

  // Slugs: one file per slug, named after it.
  const bySlug = new Map<string, Located<GlossaryEntry>>();
  for (const item of entries) {
    const expected = `${item.data.slug}.yaml`;
    const other = bySlug.get(item.data.slug);
    if (other) problems.push({ file: item.file, line: item.located.lineOf(['slug']), problem: `slug "${item.data.slug}" is also the slug of ${other.file}`, fix: 'Give each entry its own slug (and name the file after it).' });
    else bySlug.set(item.data.slug, item);
    if (item.file.split('/').at(-1) !== expected) problems.push({ file: item.file, line: item.located.lineOf(['slug']), problem: `the file of slug "${item.data.slug}" must be named ${expected}`, fix: `Rename the file to ${GLOSSARY_DIR}/${expected}, or correct the slug.` });
  }
  const entryMap = new Map([...bySlug].map(([slug, item]) => [slug, item.data]));

  // Quotations: each is the text of its cited source lines (numbers included).
  const sources = sourcesOf(root);
  for (const item of entries) problems.push(...quotationProblems(item.file, item.data, (f) => sources.lines(f), (path) => item.located.lineOf(path)));

  // References between entries.
  for (const item of entries) {
    item.data.related.forEach((ref, i) => {
      if (!resolveRef(ref, entryMap)) problems.push({ file: item.file, line: item.located.lineOf(['related', i]), problem: `related “${ref}” names no entry, typical business or aspect`, fix: 'Use an existing entry slug, optionally with #<typical-business or aspect id>; or remove the reference.' });
    });
    if (item.data.parent && !entryMap.has(item.data.parent)) problems.push({ file: item.file, line: item.located.lineOf(['parent']), problem: `parent “${item.data.parent}” is not an entry`, fix: 'Name the slug of the entry one level up.' });
  }
  rules.forEach((rule, i) => {
    rule.concerns.forEach((ref, j) => {
      if (!resolveRef(ref, entryMap)) problems.push({ file: RULES_FILE, line: rulesItem?.located.lineOf([i, 'concerns', j]), problem: `rule ${rule.id} concerns “${ref}”, which names no entry`, fix: 'Use an existing entry slug, optionally with #<typical-business id>.' });
    });
  });

  // Names: a name may stand for one target only, unless marked ambiguous.
  const forms = collectTermForms([...entryMap.values()], rules);
  const byText = new Map<string, typeof forms>();
  for (const form of forms) byText.set(form.text, [...(byText.get(form.text) ?? []), form]);
  for (const [text, group] of byText) {
    const targets = [...new Set(group.map((f) => f.target.url))];
    if (targets.length < 2 || group.some((f) => f.ambiguous)) continue;
    const [first, ...others] = group.map((f) => f.target.slug);
    const item = bySlug.get(others.find((s) => s !== first) ?? first!);
    const file = item?.file ?? RULES_FILE;
    problems.push({
      file,
      line: item ? lineOf(item.text, text) : undefined,
      problem: `the name “${text}” stands for ${targets.join(' and ')}`,
      fix: 'Remove the duplicate alias, or mark it `ambiguous: true` in every entry that has it (a disambiguation page then lists them).',
    });
  }

  // Routes: aliases, redirects and moved anchors must not collide.
  const routes = buildRoutes([...entryMap.values()], rules, redirects);
  for (const p of routes.problems) {
    const from = /^(?:redirect|moved anchor) (\S+)/.exec(p)?.[1];
    const alias = /^alias "([^"]+)"/.exec(p)?.[1];
    const item = alias ? entries.find((e) => e.text.includes(alias)) : undefined;
    problems.push({
      file: from ? REDIRECTS_FILE : item?.file ?? GLOSSARY_DIR,
      line: from && redirectsItem ? lineOf(redirectsItem.text, `"${from}"`) : item ? lineOf(item.text, alias!) : undefined,
      problem: p,
      fix: from ? 'Redirect from a path no entry or alias uses, to an existing entry.' : 'Rename the alias or mark it ambiguous; a page and an alias cannot share one URL.',
    });
  }

  // Redirect targets exist.
  for (const [from, to] of Object.entries(redirects)) {
    const target = /^\/glossary\/([^/#]+)\/(?:#(.+))?$/.exec(to);
    const slug = target ? decodeURIComponent(target[1]!) : undefined;
    const anchor = target?.[2];
    const entry = slug ? entryMap.get(slug) : undefined;
    const ok = slug === 'disputed-cases' ? !anchor || rules.some((r) => r.id === anchor) : entry && (!anchor || resolveRef(`${slug}#${anchor}`, entryMap));
    if (!ok) {
      problems.push({ file: REDIRECTS_FILE, line: redirectsItem ? lineOf(redirectsItem.text, `"${from}"`) : undefined, problem: `redirect ${from} → ${to}: the target is not a glossary entry${anchor ? ' or anchor' : ''}`, fix: 'Point the redirect at an existing /glossary/<slug>/ (and #anchor).' });
    }
  }

  // Every permanent link ever published still resolves.
  if (existsSync(join(root, PERMALINKS_FILE))) {
    const text = read(root, PERMALINKS_FILE);
    const current = new Set(glossaryPermalinks([...entryMap.values()], rules, routes));
    for (const url of parsePermalinks(text)) {
      if (current.has(url)) continue;
      const [path] = url.split('#');
      problems.push({
        file: PERMALINKS_FILE,
        line: lineOf(text, url),
        problem: `the published URL ${url} no longer resolves${current.has(path!) ? ' (its anchor is gone)' : ''}`,
        fix: `Keep the entry or anchor, or add "${url}": "/glossary/<new>/" to ${REDIRECTS_FILE}; never delete a published URL.`,
      });
    }
    const missing = [...current].filter((url) => !text.split('\n').some((line) => line.trim() === url));
    for (const url of missing) {
      problems.push({ file: PERMALINKS_FILE, problem: `the new URL ${url} is not recorded`, fix: 'Run `npm run glossary:permalinks` and commit the list.' });
    }
  }
  void entryPath;
  return problems;
}

/** Every check that runs before pages are rendered, in the order a maintainer would fix them. */
export const CONTENT_CHECKS: { name: string; run: (root: string) => ContentProblem[] }[] = [
  { name: 'document pages', run: checkDocuments },
  { name: 'chart data', run: checkCharts },
  { name: 'city data', run: checkCityData },
  { name: 'key figures', run: checkKeyFigures },
  { name: 'glossary', run: checkGlossary },
  { name: 'document tables', run: checkDocumentTables },
];
