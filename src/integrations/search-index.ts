/**
 * Astro integration: after the build, writes this site's Chinese search index
 * to dist/search-index/ (Pagefind, fed with the shared gram tokens of tokens.ts, one record per
 * section), plus the traditional→simplified table and the search vocabulary
 * the browser needs to plan queries. Starlight's own Pagefind index stays in
 * dist/pagefind/ as the stock baseline that `npm run bench:search` compares.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { detached, type BuiltPage } from '../lib/checks/built-site.ts';
import { addPageJob, runPageJobs, sharedPagePass } from './page-pass.ts';
import { handOff } from './post-build.ts';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import * as pagefind from 'pagefind';
import { isAside, recordHtml, recordWords } from '../lib/search/record-html.ts';
import { encodeShards, LOADED_WASM, LOADED_WASM_CONTENT, LOADED_WASM_FILE, priorityOrder, routingTable, SHARD_SECTIONS, shardFolder, shardOf, wasmLoadsOnce, type ShardItem } from '../lib/search/shards.ts';
import { figureBuckets } from '../lib/search/figure-buckets.ts';
import { indexWrittenProblem } from '../lib/search/index-written.ts';
import { sectionsOfPage, type SearchRecord } from '../lib/search/sections.ts';
import { buildVocabulary } from '../lib/search/vocabulary.ts';
import type { T2S } from '../lib/search/normalize.ts';
import { captionLabel, keyForm, type KeyMap } from '../lib/search/understand.ts';
import type { Card } from '../lib/search/engine.ts';
import { pinyin } from 'pinyin-pro';

/**
 * Listing pages (indexes of documents, terms, cities and data, the errata
 * list, and each document's data and errata pages) repeat the titles of the
 * pages they list; as results they would only stand in front of those pages.
 */
const LISTING_PAGES = [
  /^\/reports\/$/,
  /^\/reports\/errata\/(?:[^/]+\/)?$/,
  /^\/glossary\/$/,
  /^\/cities\/$/,
  /^\/data\/(?:[^/]+\/)?$/,
  // Later pages of the paginated lists (lib/navigation/pagination.ts), and each city's full list of passages.
  /^\/(?:reports|reports\/errata|data)\/page\/\d+\/$/,
  /^\/cities\/[^/]+\/mentions\/(?:page\/\d+\/)?$/,
  // The catalogue's lists by type, year and publisher (lib/documents/catalogue-facets.ts).
  /^\/reports\/by\//,
];

/**
 * Pages left out of the index: not content (404, search), the home page (its
 * example queries would answer them), and the one-chart pages under /data/,
 * which repeat a caption that the document page already holds.
 */
const SKIP = [/^\/404\.html$/, /^\/search\//, /^\/$/, /^\/data\/[^/]+\/[^/]+\//, ...LISTING_PAGES];

/** A record whose strings hold no reference to the page they were read from. */
function detachedRecord(record: SearchRecord): SearchRecord {
  return {
    url: detached(record.url),
    pageUrl: detached(record.pageUrl),
    pageTitle: detached(record.pageTitle),
    section: detached(record.section),
    text: detached(record.text),
    keys: record.keys.map(detached),
    filters: Object.fromEntries(Object.entries(record.filters).map(([name, values]) => [detached(name), values.map(detached)])),
  };
}

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

/** Figures and tables of a document page: their id and caption (图 1-1 …). */
function captionsOf(document: Document): { id: string; caption: string }[] {
  const out: { id: string; caption: string }[] = [];
  for (const el of document.querySelectorAll('[data-figure][id], [data-table][id]')) {
    const p = el.querySelector('figcaption > p') ?? el.querySelector(':scope > p');
    const caption = (p?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (caption) out.push({ id: el.id, caption });
  }
  return out;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const clip = (text: string, length = 140) => ([...text].length > length ? `${[...text].slice(0, length).join('')}…` : text);

/**
 * The answer card of a page or anchor, from what the page itself shows: its
 * heading, the 代码 of its name list, its definition (or the anchored
 * element's text), and for profiles the first facts of its fact table.
 */
function cardOf(document: Document, url: string, title: string, anchor?: string): Card {
  const kind = url.startsWith('/glossary/') ? '术语' : url.startsWith('/cities/') ? '城市' : url.startsWith('/regions/') ? '地区' : url.startsWith('/circles/') ? '经济圈' : '页面';
  const dl = new Map<string, string>();
  for (const dt of document.querySelectorAll('.sl-markdown-content dl > dt')) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD' && !dl.has(clean(dt.textContent))) dl.set(clean(dt.textContent), clean(dd.textContent));
  }
  if (anchor) {
    const el = document.getElementById(anchor);
    const body = el?.cloneNode(true) as Element | undefined;
    body?.querySelectorAll('h2, h3, [data-editorial], .glossary-source, script, copy-button').forEach((n) => n.remove());
    const pairs = [...(body?.querySelectorAll('dt') ?? [])].map((dt) => `${clean(dt.textContent)}：${clean(dt.nextElementSibling?.textContent)}`);
    return { url, title, kind, text: clip(pairs.length ? pairs.slice(-3, -1).join(' ') || pairs.join(' ') : clean(body?.textContent)) };
  }
  const heading = clean(document.querySelector('h1#_top')?.textContent) || title;
  const definition = clean(document.querySelector('[data-glossary-definition] p')?.textContent);
  const description = clean(document.querySelector('meta[name="description"]')?.getAttribute('content'));
  const facts = [...document.querySelectorAll('tr[data-fact]')].slice(0, 2).map((tr) => {
    const cells = [...tr.children].map((c) => clean(c.textContent));
    return `${cells[0]} ${cells[1]}${cells[2] ? `（${cells[2]}）` : ''}`;
  });
  const place = ['所在省份', '所在地区'].map((k) => dl.get(k)).filter((v): v is string => !!v && v.length < 30);
  const text = facts.length ? [...place, ...facts].join('；') : definition || description;
  return { url, title: heading, kind, code: dl.get('代码') || undefined, text: clip(text) };
}

/** Toneless reading → characters, for typo correction by sound (pinyin-pro at build time). */
function readingTable(): Record<string, string> {
  const table: Record<string, string> = {};
  for (let cp = 0x4e00; cp <= 0x9fff; cp++) {
    const ch = String.fromCodePoint(cp);
    for (const syllable of pinyin(ch, { multiple: true, type: 'array', toneType: 'none' })) {
      if (/^[a-zü]+$/.test(syllable)) table[syllable] = (table[syllable] ?? '') + ch;
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

/**
 * What the index needs from each page, gathered as the pages come (a job of
 * the page pass): its sections as search records, the names that stand for
 * it, its figures and tables, and the answer cards made from it.
 */
function pageCollector(options: SearchIndexOptions) {
  const cities = options.cities();
  const records: { record: SearchRecord; documentTitle: string }[] = [];
  const bets: [string, string, string][] = [...options.bestBets()];
  const figures: [label: string, url: string, caption: string][] = [];
  const cards: Record<string, Card> = {};
  // The names given in advance, by the page they stand for: a page's cards are made while its
  // document is at hand, so no parsed page is held after its turn (memory stays flat in the corpus).
  const betsByPage = new Map<string, [string, string, string][]>();
  for (const bet of bets) {
    const page = bet[1].split('#')[0]!;
    const list = betsByPage.get(page) ?? [];
    list.push(bet);
    betsByPage.set(page, list);
  }
  const nameCards = new Map<string, Card>();
  const indexPage = ({ url, document }: BuiltPage) => {
    if (SKIP.some((pattern) => pattern.test(url))) return;
    // Redirects, disambiguation stubs and anything else marked noindex are not results.
    if (document.querySelector('[data-search-exclude], meta[name="robots"][content*="noindex"]')) return;
    const pageRecords = sectionsOfPage(document, url, cities);
    // Results name their document as the 文档 filter does.
    // Copied out of the page (detached): a record cut from the page's text would keep the whole page
    // alive until the index is written (about 13 MB at today's corpus, over 1 GB at 100×).
    for (const record of pageRecords) records.push({ record: detachedRecord(record), documentTitle: detached(record.filters['文档']?.[0] ?? '') });
    const pageBets: [string, string, string][] = (pageRecords[0]?.keys ?? []).map((key) => [key, url, pageRecords[0]!.pageTitle]);
    bets.push(...pageBets);
    if (url.startsWith('/reports/')) {
      const title = pageRecords[0]?.pageTitle ?? '';
      const doc = pageRecords[0]?.filters['文档']?.[0] ?? '';
      for (const { id, caption } of captionsOf(document)) {
        const label = captionLabel(caption);
        if (!label) continue;
        figures.push([label, `${url}#${id}`, caption]);
        cards[`${url}#${id}`] = { url: `${url}#${id}`, title: caption, kind: label.startsWith('表') ? '表' : '图', text: '', doc: [doc, title].filter(Boolean).join(' · ') };
      }
    }
    // Cards for every page or anchor a name stands for on this page: its name, code, definition or key
    // facts. The names given in advance come first, then the page's own, as in the list of names.
    for (const [, target, title] of [...(betsByPage.get(url) ?? []), ...pageBets]) {
      if (cards[target] || nameCards.has(target)) continue;
      nameCards.set(target, cardOf(document, target, title, target.split('#')[1]));
    }
  };
  return { records, bets, figures, cards, nameCards, indexPage };
}

export default function searchIndex(options: SearchIndexOptions): AstroIntegration {
  let pending: ReturnType<typeof pageCollector> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:build:start': () => {
        pending = pageCollector(options);
        addPageJob({ page: pending.indexPage });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const dist = fileURLToPath(dir);
        // In `astro build`, the index is written once Astro has exited (post-build.ts).
        if (handOff(dist, 'search-index', true)) return;
        let collected = pending;
        if (collected) await sharedPagePass(dist);
        else {
          // Not registered for the build's page pass: read the pages alone.
          collected = pageCollector(options);
          await runPageJobs(dist, [{ page: collected.indexPage }]);
        }
        pending = undefined;
        const { records, bets, figures, cards, nameCards } = collected;
        // In the order of the names, after the figures', as the lexicon has always listed them.
        for (const [, target] of bets) if (!cards[target] && nameCards.has(target)) cards[target] = nameCards.get(target)!;
        const corpus = records.map(({ record }) => `${record.pageTitle} ${record.section} ${record.text}`).join('\n');
        const t2s: T2S = traditionalTable(corpus);
        const vocabulary = buildVocabulary(
          records.map(({ record }) => `${record.section} ${record.text}`),
          options.terms(),
        );

        const out = join(dist, 'search-index');
        mkdirSync(out, { recursive: true });
        const { shards, aside } = await writeShards(out, records, t2s, logger);
        writeFileSync(join(out, 't2s.json'), JSON.stringify(t2s));
        writeFileSync(join(out, 'vocabulary.json'), JSON.stringify(vocabulary.map((v) => [v.term, v.count])));
        // Names are looked up in the compact form queries take (see understand.ts).
        const keys: KeyMap = {};
        for (const [key, url, title] of bets) {
          const form = keyForm(key, t2s);
          if (!form) continue;
          const list = (keys[form] ??= []);
          if (!list.some(([u]) => u === url)) list.push([url, title]);
        }
        // Figures in the priority order of the shards (newest documents first), in buckets by label when they are many.
        const pageRank = new Map<string, number>();
        priorityOrder(records.map(({ record }) => shardItem(record))).forEach((i, rank) => {
          const page = records[i]!.record.pageUrl;
          if (!pageRank.has(page)) pageRank.set(page, rank);
        });
        const rankOf = (url: string) => pageRank.get(url.split('#')[0]!) ?? Infinity;
        const ordered = figures.map((f, i) => ({ f, i })).sort((a, b) => rankOf(a.f[1]) - rankOf(b.f[1]) || a.i - b.i).map(({ f }) => f);
        // SEARCH_FIGURES_PER_BUCKET sets smaller buckets, to try them on a small corpus (README, Search).
        const buckets = figureBuckets(ordered, cards, Number(process.env.SEARCH_FIGURES_PER_BUCKET) || undefined);
        const figureKeys: KeyMap = {};
        let lexiconCards = cards;
        rmSync(join(out, 'figures'), { recursive: true, force: true });
        // In one bucket, the lexicon lists them as it always has, in the order of the pages.
        if (buckets.length === 1) for (const [label, url, caption] of figures) (figureKeys[label] ??= []).push([url, caption]);
        else {
          const figureUrls = new Set(figures.map(([, url]) => url));
          lexiconCards = Object.fromEntries(Object.entries(cards).filter(([url]) => !figureUrls.has(url)));
          mkdirSync(join(out, 'figures'));
          buckets.forEach((bucket, b) => writeFileSync(join(out, 'figures', `${b}.json`), JSON.stringify(bucket)));
        }
        const figureBucketCount = buckets.length > 1 ? { figureBuckets: buckets.length } : {};
        const lexicon = { keys, figures: figureKeys, cards: lexiconCards, sections: records.length, aside, ...shards, ...figureBucketCount };
        writeFileSync(join(out, 'lexicon.json'), JSON.stringify(lexicon));
        writeFileSync(join(out, 'pinyin.json'), JSON.stringify(readingTable()));
        logger.info(
          `${records.length} sections indexed in ${shards.shards} shard(s), ${Object.keys(t2s).length} traditional forms, ${vocabulary.length} vocabulary terms, ${Object.keys(keys).length} names, ${figures.length} figures and tables, ${Object.keys(cards).length} answer cards, in ${Date.now() - started} ms`,
        );
      },
    },
  };
}

const shardItem = (record: SearchRecord): ShardItem => ({ url: record.url, document: record.filters['文档']?.[0], year: record.filters['年份']?.[0] });

/** Pagefind's own search interfaces, which this site does not use (it has its own: client/search-ui.ts): not deployed. */
export const UNUSED_PAGEFIND_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Files Pagefind writes beside each index that the engine needs once: the first shard's serve every shard. */
const SHARED_FILES = /^(pagefind[.-](?!entry\.json$)[^/]*\.(js|css)|pagefind\.js|wasm\..*\.pagefind)$/;

/**
 * Writes the records as Pagefind shards (shards.ts): the first shard into
 * `out`, shard k into `out/shard-k/`, each by its own indexer process, which
 * is stopped before the next starts, so the indexer's memory is that of one
 * shard. Checks each shard was written whole, trims its fragments, and, with
 * more than one shard, writes the routing table (`route/<bucket>.json`).
 * Returns the ids of aside sections and what the lexicon says of the shards.
 */
async function writeShards(out: string, records: { record: SearchRecord; documentTitle: string }[], t2s: T2S, logger: AstroIntegrationLogger) {
  // SEARCH_SHARD_SECTIONS sets a smaller shard size, to try several shards on a small corpus (README, Search).
  const limit = Number(process.env.SEARCH_SHARD_SECTIONS) || SHARD_SECTIONS;
  const shardOfRecord = shardOf(records.map(({ record }) => ({ ...shardItem(record), words: recordWords(record, t2s).length })), limit);
  const count = Math.max(1, ...shardOfRecord.map((k) => k + 1));
  const aside: string[] = [];
  const wordsOfShard: Set<string>[] = [];
  for (let k = 0; k < count; k++) {
    const folder = join(out, shardFolder(k));
    // Within a shard, the records keep the page pass's order: with one shard the index is the one of before.
    const mine = records.filter((_, i) => shardOfRecord[i] === k);
    const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error('search-index: Pagefind could not create an index');
    const words = new Set<string>();
    let wordCount = 0;
    for (const { record, documentTitle } of mine) {
      const { errors } = await index.addHTMLFile({ url: record.url, content: recordHtml(record, documentTitle, t2s) });
      if (errors.length) throw new Error(`search-index: ${record.url}: ${errors.join('; ')}`);
      const recordWordList = recordWords(record, t2s);
      wordCount += recordWordList.length;
      if (count > 1) for (const word of recordWordList) words.add(word);
    }
    const { errors } = await index.writeFiles({ outputPath: folder });
    if (errors.length) throw new Error(`search-index: ${errors.join('; ')}`);
    // Free the index in the indexer, then stop the indexer process itself: the next shard starts a new one.
    await index.deleteIndex();
    await pagefind.close();
    const entryFile = join(folder, 'pagefind-entry.json');
    const fragmentFolder = join(folder, 'fragment');
    const problem = indexWrittenProblem(
      existsSync(entryFile) ? readFileSync(entryFile, 'utf8') : undefined,
      existsSync(fragmentFolder) ? readdirSync(fragmentFolder).length : 0,
      mine.length,
    );
    if (problem) throw new Error(count > 1 ? problem.replace('search-index:', `search-index (shard ${k} of ${count}):`) : problem);
    aside.push(...trimFragments(folder));
    for (const name of readdirSync(folder)) if (UNUSED_PAGEFIND_FILES.test(name)) rmSync(join(folder, name));
    // Later shards run the WebAssembly the first one loaded (shards.ts, LOADED_WASM): only if Pagefind's glue loads it once.
    if (k === 0 && count > 1) checkWasmLoadsOnce(folder);
    if (k > 0) shareFirstShardFiles(folder);
    wordsOfShard.push(words);
    logger.info(`shard ${k}: ${mine.length} sections, ${wordCount} index words`);
  }
  if (count === 1) return { shards: { shards: 1 }, aside: aside.sort() };
  writeFileSync(join(out, LOADED_WASM_FILE), LOADED_WASM_CONTENT);
  const buckets = routingTable(wordsOfShard);
  rmSync(join(out, 'route'), { recursive: true, force: true });
  mkdirSync(join(out, 'route'));
  buckets.forEach((bucket, b) => writeFileSync(join(out, 'route', `${b}.json`), JSON.stringify(encodeShards(bucket))));
  return { shards: { shards: count, routeBuckets: buckets.length }, aside: aside.sort() };
}

/** Fails the build when Pagefind's scripts would load a later shard's WebAssembly placeholder as a module. */
function checkWasmLoadsOnce(folder: string) {
  for (const script of ['pagefind.js', 'pagefind-worker.js']) {
    if (!wasmLoadsOnce(readFileSync(join(folder, script), 'utf8'))) {
      throw new Error(
        `search-index: ${join(folder, script)} no longer initialises Pagefind's WebAssembly once per page (Pagefind upgraded?), which the later shards rely on.\n` +
          'Fix: in src/lib/search/shards.ts, make LOADED_WASM name the first shard\'s module again (`unknown/../../wasm.unknown`), or pin the Pagefind version in package.json.',
      );
    }
  }
}

/**
 * A later shard keeps only its own index (entry, metadata, chunks, fragments,
 * filters): Pagefind's scripts are loaded once from the first shard's folder,
 * and its entry file points Pagefind at the placeholder for the WebAssembly
 * the first shard has loaded (LOADED_WASM, shards.ts), which is the same module.
 */
function shareFirstShardFiles(folder: string) {
  for (const name of readdirSync(folder)) if (SHARED_FILES.test(name)) rmSync(join(folder, name));
  const entryFile = join(folder, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { wasm: string | null }> };
  for (const language of Object.values(entry.languages)) {
    if (language.wasm !== null) throw new Error(`search-index: Pagefind's entry names WebAssembly "${language.wasm}" (its format changed?): ${entryFile}`);
    language.wasm = LOADED_WASM;
  }
  writeFileSync(entryFile, JSON.stringify(entry));
}

/** The first bytes of every file Pagefind writes, before its JSON or CBOR. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/**
 * Rewrites the fragments Pagefind wrote (gzip of its signature and the
 * record's JSON) without their `content`, and returns the Pagefind ids of the
 * sections of pages that restate the documents (place profiles, indicator
 * pages).
 *
 * `content` is the indexed text, here the token stream, which Pagefind keeps
 * only to build its own excerpts; the engine turns them off (excerptLength 0)
 * and excerpts the readable text in the record's meta, so the stream was two
 * thirds of every fragment a query fetches. Pagefind's client reads an empty
 * content as an empty excerpt. A fragment's name stays the hash of what
 * Pagefind wrote, and the rewrite is a function of it, so immutable caching
 * of `.pf_fragment` files still holds.
 *
 * The aside ids let the engine rank those pages after the documents of their
 * grade without a search (and the index chunk it would load).
 */
function trimFragments(out: string): string[] {
  const folder = join(out, 'fragment');
  const aside: string[] = [];
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    if (!text.startsWith(PAGEFIND_SIGNATURE)) throw new Error(`search-index: ${name} is not a Pagefind fragment (Pagefind's format changed?)`);
    const fragment = JSON.parse(text.slice(PAGEFIND_SIGNATURE.length)) as { url: string; content?: string };
    fragment.content = '';
    writeFileSync(file, gzipSync(PAGEFIND_SIGNATURE + JSON.stringify(fragment), { level: 9 }));
    if (isAside(fragment.url)) aside.push(name.replace(/\.pf_fragment$/, ''));
  }
  return aside.sort();
}
