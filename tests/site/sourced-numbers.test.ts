/**
 * Coverage of the built-site number check: every number of the documents'
 * own tables, of the glossary's quotations and of the region and circle
 * pages' quoted statements is marked where it is shown,
 * so `astro build` verifies it (src/lib/checks/numbers.ts). Read from the
 * data (the tables parsed from the MDX, the quotations in the YAML), not from
 * the markup, so a table or quotation the marking misses fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageTables } from '../../src/lib/checks/table-numbers.ts';
import { entryQuotations, quoteParts } from '../../src/lib/checks/quote-numbers.ts';
import { readGlossary } from '../../src/lib/glossary/glossary-fs.ts';
import { DIST, loadDocument, requireBuild, ROOT } from './built-pages.ts';

beforeAll(() => requireBuild());

const pageFile = (url: string) => join(DIST, url, 'index.html');

describe('numbers of the documents’ tables', () => {
  it('are each marked in the built page, in its table, with the line the data gives', () => {
    let expected = 0;
    const missing: string[] = [];
    for (const document of readdirSync(join(ROOT, 'src/content/documents'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      for (const name of readdirSync(join(ROOT, 'src/content/documents', document)).filter((n) => n.endsWith('.mdx'))) {
        const page = name.replace(/\.mdx$/, '');
        const { tables } = pageTables(ROOT, document, page);
        if (!tables.length) continue;
        const html = loadDocument(pageFile(`reports/${document}/${page === 'index' ? '' : page}`));
        for (const table of tables) {
          const marked = [...html.querySelectorAll(`[data-table="${table.anchor}"] [data-number]`)].map((e) => `${e.getAttribute('data-number')}@${e.getAttribute('data-number-source')}`);
          const wanted = table.cells.filter((c) => c.value !== null).map((c) => `${c.printed.replace(/^−/, '-')}@${table.document}.txt:${c.line}`);
          expected += wanted.length;
          const left = [...marked.map((m) => m.replace(/^−/, '-'))];
          for (const w of wanted) {
            const i = left.indexOf(w);
            if (i === -1) missing.push(`${document}/${page}#${table.anchor}: ${w}`);
            else left.splice(i, 1);
          }
        }
      }
    }
    expect(missing, missing.join('\n')).toEqual([]);
    // The five documents' tables hold 796 numbers (issue 16 counted them against their lines).
    expect(expected).toBeGreaterThanOrEqual(796);
  });
});

describe('numbers in glossary quotations', () => {
  it('are each marked on the entry page with the line that prints it', () => {
    const { entries } = readGlossary(ROOT);
    const lines = new Map<string, string[]>();
    const source = (file: string) => lines.get(file) ?? lines.set(file, readFileSync(join(ROOT, 'sources', file), 'utf8').replace(/\n$/, '').split('\n')).get(file)!;
    let expected = 0;
    const missing: string[] = [];
    for (const entry of entries) {
      const wanted = entryQuotations(entry).flatMap((q) => quoteParts(q.text, q.source.lines[0], q.source.lines[1], source(q.source.file)).filter((p) => p.line !== undefined).map((p) => `${p.text}@${q.source.file}:${p.line}`));
      if (!wanted.length) continue;
      expected += wanted.length;
      const html = loadDocument(pageFile(`glossary/${entry.slug}`));
      const left = [...html.querySelectorAll('main [data-number]')].map((e) => `${e.getAttribute('data-number')}@${e.getAttribute('data-number-source')}`);
      for (const w of wanted) {
        const i = left.indexOf(w);
        if (i === -1) missing.push(`${entry.slug}: ${w}`);
        else left.splice(i, 1);
      }
    }
    expect(missing, missing.join('\n')).toEqual([]);
    expect(expected).toBeGreaterThanOrEqual(79);
  });
});

describe('numbers in the quoted statements of region and economic-circle pages', () => {
  it('are each marked on the page with the line that prints it', () => {
    type Quote = { text: string; source: { file: string; lines: [number, number] } };
    let expected = 0;
    const missing: string[] = [];
    for (const kind of ['regions', 'circles'] as const) {
      const areas = JSON.parse(readFileSync(join(ROOT, 'src/data/cities/areas', `${kind}.json`), 'utf8')) as { slug: string; definition: Quote; statements: Quote[] }[];
      for (const area of areas) {
        const wanted = [area.definition, ...area.statements].flatMap((q) => {
          const lines = readFileSync(join(ROOT, 'sources', q.source.file), 'utf8').replace(/\n$/, '').split('\n');
          return quoteParts(q.text, q.source.lines[0], q.source.lines[1], lines).filter((p) => p.line !== undefined).map((p) => `${p.text}@${q.source.file}:${p.line}`);
        });
        expected += wanted.length;
        const left = [...loadDocument(pageFile(`${kind}/${area.slug}`)).querySelectorAll('main q [data-number]')].map((e) => `${e.getAttribute('data-number')}@${e.getAttribute('data-number-source')}`);
        for (const w of wanted) {
          const i = left.indexOf(w);
          if (i === -1) missing.push(`${kind}/${area.slug}: ${w}`);
          else left.splice(i, 1);
        }
      }
    }
    expect(missing, missing.join('\n')).toEqual([]);
    expect(expected).toBeGreaterThanOrEqual(24);
  });
});
