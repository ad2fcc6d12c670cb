/**
 * Astro integration: after the build, writes this site's Chinese search index
 * to dist/search-index/ (Pagefind, fed with the shared bigram tokens, one record per
 * section), plus the traditional→simplified table and the search vocabulary
 * the browser needs to plan queries. Starlight's own Pagefind index stays in
 * dist/pagefind/ as the stock baseline that `npm run bench:search` compares.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles, pageUrlOf } from '../lib/built-site.ts';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import * as OpenCC from 'opencc-js';
import * as pagefind from 'pagefind';
import { recordHtml } from '../lib/search/record-html.ts';
import { sectionsOfPage, type SearchRecord } from '../lib/search/sections.ts';
import { buildVocabulary } from '../lib/search/vocabulary.ts';
import { normalizeText, type T2S } from '../lib/search/normalize.ts';

/**
 * Listing pages (indexes of documents, terms, cities and data, the errata
 * list) repeat the titles of the pages they list; as results they would only
 * stand in front of those pages.
 */
const LISTING_PAGES = [/^\/reports\/$/, /^\/reports\/errata\/$/, /^\/glossary\/$/, /^\/cities\/$/, /^\/data\/$/];

/**
 * Pages left out of the index: not content (404, search), the home page (its
 * example queries would answer them), and the one-chart pages under /data/,
 * which repeat a caption that the document page already holds.
 */
const SKIP = [/^\/404\.html$/, /^\/search\//, /^\/$/, /^\/data\/[^/]+\/[^/]+\//, ...LISTING_PAGES];

/** Traditional → simplified for every character whose simplified form the corpus uses. */
function traditionalTable(corpus: string): Record<string, string> {
  const used = new Set([...corpus].filter((c) => /[\u3400-\u9fff]/.test(c)));
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  const toSimplifiedTw = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const table: Record<string, string> = {};
  for (let cp = 0x3400; cp <= 0x9fff; cp++) {
    const ch = String.fromCodePoint(cp);
    for (const convert of [toSimplified, toSimplifiedTw]) {
      const simplified = convert(ch);
      if (simplified !== ch && [...simplified].length === 1 && used.has(simplified) && !used.has(ch)) table[ch] = simplified;
    }
  }
  return table;
}

export interface SearchIndexOptions {
  /** Terms that must be in the search vocabulary (glossary terms, cities, provinces …). */
  terms: () => string[];
  /** Names that stand for one page (best bets), besides the pages' own data-search-keys. */
  bestBets: () => [key: string, url: string, title: string][];
  /** City names for the 城市 filter. */
  cities: () => string[];
}

export default function searchIndex(options: SearchIndexOptions): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const dist = fileURLToPath(dir);
        const cities = options.cities();
        const records: { record: SearchRecord; documentTitle: string }[] = [];
        const bets: [string, string, string][] = [...options.bestBets()];
        for (const file of htmlFiles(dist)) {
          const url = pageUrlOf(dist, file);
          if (SKIP.some((pattern) => pattern.test(url))) continue;
          const { document } = parseHTML(readFileSync(file, 'utf8'));
          // Redirects, disambiguation stubs and anything else marked noindex are not results.
          if (document.querySelector('[data-search-exclude], meta[name="robots"][content*="noindex"]')) continue;
          const pageRecords = sectionsOfPage(document as unknown as Document, url, cities);
          // Results name their document as the 文档 filter does.
          for (const record of pageRecords) records.push({ record, documentTitle: record.filters['文档']?.[0] ?? '' });
          for (const key of pageRecords[0]?.keys ?? []) bets.push([key, url, pageRecords[0]!.pageTitle]);
        }
        const corpus = records.map(({ record }) => `${record.pageTitle} ${record.section} ${record.text}`).join('\n');
        const t2s: T2S = traditionalTable(corpus);
        const vocabulary = buildVocabulary(
          records.map(({ record }) => `${record.section} ${record.text}`),
          options.terms(),
        );

        const out = join(dist, 'search-index');
        mkdirSync(out, { recursive: true });
        const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index) throw new Error('search-index: Pagefind could not create an index');
        for (const { record, documentTitle } of records) {
          const { errors } = await index.addHTMLFile({ url: record.url, content: recordHtml(record, documentTitle, t2s) });
          if (errors.length) throw new Error(`search-index: ${record.url}: ${errors.join('; ')}`);
        }
        const { errors } = await index.writeFiles({ outputPath: out });
        if (errors.length) throw new Error(`search-index: ${errors.join('; ')}`);
        await pagefind.close();
        writeFileSync(join(out, 't2s.json'), JSON.stringify(t2s));
        writeFileSync(join(out, 'vocabulary.json'), JSON.stringify(vocabulary.map((v) => [v.term, v.count])));
        const keys: Record<string, [string, string][]> = {};
        for (const [key, url, title] of bets) {
          const normalized = normalizeText(key, t2s).replace(/\s+/g, ' ').trim();
          const list = (keys[normalized] ??= []);
          if (!list.some(([u]) => u === url)) list.push([url, title]);
        }
        writeFileSync(join(out, 'keys.json'), JSON.stringify(keys));
        logger.info(
          `${records.length} sections indexed, ${Object.keys(t2s).length} traditional forms, ${vocabulary.length} vocabulary terms, ${Object.keys(keys).length} best-bet names, in ${Date.now() - started} ms`,
        );
      },
    },
  };
}
