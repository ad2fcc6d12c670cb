/**
 * The site's search index in shards: several Pagefind indexes of a bounded
 * number of sections each, and a routing table that says which shards hold
 * each index word. Pure functions shared by the build (integrations/search-index.ts)
 * and the engine (engine.ts).
 *
 * Why shards: Pagefind's indexer (`pagefind_extend`) holds the whole index in
 * memory; with the gram layout of tokens.ts it passed 17 GB at 100 copies of
 * the documents and was killed. Each shard is indexed by its own indexer
 * process (createIndex → writeFiles → deleteIndex → close), so the indexer's
 * memory is bounded by SHARD_SECTIONS, not by the corpus. And a shard's
 * metadata (one entry per section) and a common word's postings are bounded
 * too, so a query that the first shard answers costs the same at any size.
 *
 * Why a routing table: without it, a rare or absent term would have to be
 * searched in every shard (each one's metadata and chunk loaded). The table
 * maps each index word (a token of tokens.ts) to the shards holding it, cut
 * into buckets by a hash of the word, so a query loads one small bucket per
 * word it searches, and the number of buckets grows with the vocabulary while
 * a bucket's size stays bounded.
 */

/** Sections per shard. The corpus of today (about 1,200 sections) is one shard, as it was before shards. */
export const SHARD_SECTIONS = 1500;

/**
 * Index words per shard. The indexer's memory follows the words it holds more
 * than the sections (a document's section carries far more words than a
 * glossary entry): today's corpus, 0.93 million words, takes the indexer about
 * 460 MB, and the largest shard at 10× (1,500 sections of documents) 1.3 GB.
 * Four million words keep a shard's indexer near 2 GB whatever the sections hold.
 */
export const SHARD_WORDS = 4_000_000;

/**
 * Index words per routing bucket. A query loads one bucket per word it
 * searches (a question of several parts, five to seven), so a bucket's size is
 * paid on every query that reaches a second shard. Measured on the 10× corpus
 * (113,000 index words): 400 words a bucket were 2.8 KB gzip (284 files), 100
 * words 0.8 KB (1,135 files), about the size of the response's own headers,
 * below which smaller buckets only add files.
 */
export const WORDS_PER_BUCKET = 100;

/** What the plan needs to know of a section. */
export interface ShardItem {
  url: string;
  /** The document the section belongs to (its 文档 filter); none for glossary entries, places, indicators. */
  document?: string;
  /** The document's year (年份 filter), for newest first. */
  year?: string;
  /** How many index words the section has (tokens.ts). */
  words?: number;
}

/**
 * The priority order of the sections (their indexes): the pages that are not
 * documents (glossary, cities, regions, indicators: few, and what names and
 * short queries are about) first, then the documents newest first, each
 * document's sections together and in their order.
 */
export function priorityOrder(items: readonly ShardItem[]): number[] {
  const firstSeen = new Map<string, number>();
  const newest = new Map<string, number>();
  items.forEach((item, i) => {
    const key = item.document ?? '';
    if (!firstSeen.has(key)) firstSeen.set(key, i);
    const year = Number(item.year ?? NaN);
    if (!Number.isNaN(year)) newest.set(key, Math.max(newest.get(key) ?? -Infinity, year));
  });
  const rankOf = (item: ShardItem) => (item.document ? 1 : 0);
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      const ka = a.item.document ?? '';
      const kb = b.item.document ?? '';
      return (
        rankOf(a.item) - rankOf(b.item) ||
        (newest.get(kb) ?? -Infinity) - (newest.get(ka) ?? -Infinity) ||
        firstSeen.get(ka)! - firstSeen.get(kb)! ||
        a.i - b.i
      );
    })
    .map(({ i }) => i);
}

/**
 * Assigns each section to a shard: the priority order is cut into shards of
 * at most `limit` sections and `wordLimit` index words (a section with more
 * words than that is a shard by itself). Returns the shard of each item, by its index.
 * Within a shard the build keeps the items' own order, so with one shard the
 * index is the one the site had before shards.
 *
 * The order is the ranking across shards: the engine reads shards in order
 * and stops when the first ones fill a page of results that the others could
 * not better (see SearchEngine.retrieve), so reference pages and newer
 * documents come first when a common term is everywhere.
 */
export function shardOf(items: readonly ShardItem[], limit = SHARD_SECTIONS, wordLimit = SHARD_WORDS): number[] {
  const shards = new Array<number>(items.length);
  let shard = 0;
  let sections = 0;
  let words = 0;
  for (const i of priorityOrder(items)) {
    const size = items[i]!.words ?? 0;
    if (sections > 0 && (sections + 1 > limit || words + size > wordLimit)) {
      shard++;
      sections = 0;
      words = 0;
    }
    shards[i] = shard;
    sections++;
    words += size;
  }
  return shards;
}

/** FNV-1a of a word, the same at build time and in the browser. */
export function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The routing bucket a word is listed in, of `buckets`. */
export function bucketOf(word: string, buckets: number): number {
  return wordHash(word) % buckets;
}

/** One routing bucket: index word → the shards holding it, ascending. */
export type RouteBucket = Record<string, number[]>;

/**
 * The routing table of a sharded index: for each index word, the shards that
 * hold it, in buckets of about WORDS_PER_BUCKET words. Words in every shard
 * are listed too (a missing word means no shard holds it).
 */
export function routingTable(wordsOfShard: readonly Iterable<string>[], perBucket = WORDS_PER_BUCKET): RouteBucket[] {
  const shardsOf = new Map<string, number[]>();
  wordsOfShard.forEach((words, shard) => {
    for (const word of words) {
      const list = shardsOf.get(word);
      if (!list) shardsOf.set(word, [shard]);
      else if (list.at(-1) !== shard) list.push(shard);
    }
  });
  const count = Math.max(1, Math.ceil(shardsOf.size / perBucket));
  const buckets: RouteBucket[] = Array.from({ length: count }, () => ({}));
  for (const [word, shards] of [...shardsOf].sort((a, b) => (a[0] < b[0] ? -1 : 1))) buckets[bucketOf(word, count)]![word] = shards;
  return buckets;
}

/** The folder of shard k under the search index folder: the first shard is the folder itself. */
export function shardFolder(k: number): string {
  return k === 0 ? '' : `shard-${k}/`;
}

/**
 * What a later shard's entry file gives as its WebAssembly "language".
 * Pagefind fetches `<shard folder>wasm.<language>.pagefind` for every
 * instance, so this points at LOADED_WASM_FILE in the index folder, a
 * placeholder of 12 bytes, instead of the 55 KB module: every shard runs the
 * same module, which the first shard has already loaded into the page (or
 * Pagefind's worker), and the WebAssembly glue of Pagefind 1.6 initialises
 * once per page (`if(wasm!==undefined)return wasm`), ignoring what a later
 * instance passes. The build checks that Pagefind's scripts still do
 * (search-index.ts, `wasmLoadsOnce`), and the engine opens a later shard only
 * once the first is ready (engine.ts, loadEngine).
 *
 * Before, the entry named the first shard's module itself: no byte of it was
 * downloaded again (it is revalidated, 304), but every shard a query opened
 * cost one more round trip, and the browser handed the 55 KB body to the page again.
 */
export const LOADED_WASM = 'unknown/../../wasm.loaded';

/** The placeholder's file name in the index folder (where LOADED_WASM resolves from any shard folder). */
export const LOADED_WASM_FILE = 'wasm.loaded.pagefind';

/** Its content: Pagefind's signature for an uncompressed file, and no module (Pagefind unpacks it to nothing). */
export const LOADED_WASM_CONTENT = 'pagefind_dcd';

/**
 * Whether a Pagefind script (pagefind.js, pagefind-worker.js) initialises its
 * WebAssembly once per page, returning the loaded module to every later
 * instance: what LOADED_WASM relies on.
 */
export function wasmLoadsOnce(script: string): boolean {
  // Compared without white space, so that a minified and a formatted script read alike.
  return script.replace(/\s+/g, '').includes('asyncfunction__wbg_init(module_or_path){if(wasm!==undefined)returnwasm;');
}

/**
 * A bucket as written: each word's shards as ranges (`0-46`, `0-3,7`), so a
 * word every shard holds costs a few bytes however many shards there are.
 */
export function encodeShards(bucket: RouteBucket): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [word, shards] of Object.entries(bucket)) {
    const ranges: string[] = [];
    for (let i = 0; i < shards.length; ) {
      let j = i;
      while (j + 1 < shards.length && shards[j + 1] === shards[j]! + 1) j++;
      ranges.push(i === j ? `${shards[i]}` : `${shards[i]}-${shards[j]}`);
      i = j + 1;
    }
    out[word] = ranges.join(',');
  }
  return out;
}

/** The shards of one word from its ranges. */
export function decodeShards(ranges: string): number[] {
  if (!ranges) return [];
  return ranges.split(',').flatMap((range) => {
    const [from, to = from] = range.split('-').map(Number);
    return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
  });
}
