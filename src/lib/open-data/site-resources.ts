/**
 * Loads the site's data resources from the repository at build time: the
 * chart datasets (validated by the registry), the tables of every document
 * page with their source lines, and the documents' metadata. Computed once
 * per build and shared by the catalogue, the downloads and the data package.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { datasets } from '../charts/registry.ts';
import { readDocumentDescriptions } from '../documents/descriptions-fs.ts';
import { figureLocations } from '../documents/figure-locations.ts';
import { readSourceLines, readSourceMap } from '../provenance/source-map-fs.ts';
import { SITE } from '../../site.ts';
import { documentTables, type DocumentTable } from './document-tables.ts';
import { buildResources, type DataResource, type DocumentInfo } from './resources.ts';

const ROOT = process.cwd();

/**
 * The date (YYYY-MM-DD) of the last commit touching each file, from one walk of the history: one
 * `git log` per resource cost a process and a walk of the history each (5 s of a 1x build's rendering,
 * growing with both the corpus and the history).
 */
function lastCommitDates(): Map<string, string> {
  const dates = new Map<string, string>();
  let out = '';
  try {
    out = execFileSync('git', ['-c', 'core.quotePath=false', 'log', '--relative', '--format=@@%cs', '--name-only', '--', 'src/content/documents', 'src/data'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    // Not a git checkout (e.g. a source archive): every file falls back to its own date.
  }
  let date = '';
  for (const line of out.split('\n')) {
    if (line.startsWith('@@')) date = line.slice(2);
    // Newest first: a file's first appearance is its last change.
    else if (line && !dates.has(line)) dates.set(line, date);
  }
  return dates;
}

let commitDates: Map<string, string> | undefined;

/** Date (YYYY-MM-DD) of the last commit touching a file; its modification date when it has none yet. */
function lastChange(path: string): string {
  commitDates ??= lastCommitDates();
  return commitDates.get(path) ?? statSync(join(ROOT, path)).mtime.toISOString().slice(0, 10);
}

function load(): DataResource[] {
  const documents: DocumentInfo[] = readDocumentDescriptions(ROOT).map(({ id, title, shortTitle, publisher, file }) => ({ id, title, shortTitle, publisher, file }));
  const pages: { document: string; page: string; body: string }[] = [];
  const tables: DocumentTable[] = [];
  for (const doc of documents) {
    const dir = join(ROOT, 'src/content/documents', doc.id);
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    } catch {
      continue;
    }
    const map = readSourceMap(ROOT, doc.id);
    const lines = readSourceLines(ROOT, doc.file);
    for (const f of files) {
      const page = f.replace(/\.mdx$/, '');
      const body = readFileSync(join(dir, f), 'utf8');
      pages.push({ document: doc.id, page, body });
      tables.push(...documentTables(doc.id, page, body, { file: doc.file, lines, ranges: map?.tables ?? [] }));
    }
  }
  return buildResources({
    site: SITE,
    documents,
    datasets,
    tables,
    where: figureLocations(pages),
    lastChange,
    pageFile: (document, page) => `src/content/documents/${document}/${page}.mdx`,
  });
}

let cached: DataResource[] | undefined;

export function siteResources(): DataResource[] {
  cached ??= load();
  return cached;
}
