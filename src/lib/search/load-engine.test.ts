/**
 * loadEngine over a stand-in for Pagefind's module (a file in a temporary
 * folder, imported as the browser imports /search-index/pagefind.js): a later
 * shard's Pagefind instance, whose entry names only a placeholder for the
 * WebAssembly (shards.ts, LOADED_WASM), is created only once the first shard
 * is ready (whose instance loads it), and only when a query reaches that shard.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadEngine } from './engine.ts';
import { encodeShards, routingTable } from './shards.ts';
import { indexTokens } from './tokens.ts';

/** What the stand-in module records, in order: the first shard's readiness and each instance it creates. */
type Events = string[];
const events: Events = [];
(globalThis as unknown as { __pagefindEvents: Events }).__pagefindEvents = events;

/**
 * The module: its own instance (shard 0) becomes ready a few ticks after init, as Pagefind's
 * worker does once its WebAssembly is loaded; an empty search resolves only then. Every instance
 * finds the word 劳务派遣 in one section of its own.
 */
const MODULE = `
const events = globalThis.__pagefindEvents;
let ready;
const readiness = new Promise((resolve) => (ready = resolve));
const instance = (base, wait) => ({
  options: async () => undefined,
  init: async () => undefined,
  filters: async () => ({}),
  search: async (q) => {
    await wait;
    if (q === '') { events.push('empty search ' + base); return { results: [], filters: {} }; }
    events.push('search ' + base);
    return { results: [{ id: base, score: 1, words: [0], data: async () => ({ url: base + 'page/', meta: { title: '劳务派遣', text: '劳务派遣', doc: '报告' + base } }) }], filters: {} };
  },
});
const first = instance('first/', readiness);
export const options = async () => undefined;
export const init = async () => { events.push('init'); setTimeout(() => { events.push('first ready'); ready(); }, 20); };
export const search = first.search;
export const filters = first.filters;
export const createInstance = (o) => { events.push('create ' + o.basePath.split('/').filter(Boolean).pop()); return instance(o.basePath, Promise.resolve()); };
`;

const folder = mkdtempSync(join(tmpdir(), 'load-engine-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('loadEngine with shards', () => {
  it('creates a later shard only when a query needs it, and only after the first shard is ready', async () => {
    writeFileSync(join(folder, 'pagefind.js'), MODULE);
    const base = `${pathToFileURL(folder).href}/`;
    // Three shards; the phrase's words are only in shard 2 (one routing bucket), so the query never searches the
    // first shard itself and nothing else waits for it.
    const words = indexTokens('劳务派遣');
    const [bucket] = routingTable([['zhother'], ['zhother'], words], Infinity);
    const files: Record<string, unknown> = {
      't2s.json': {},
      'vocabulary.json': [],
      'lexicon.json': { keys: {}, figures: {}, cards: {}, sections: 3, aside: [], shards: 3, routeBuckets: 1 },
      'route/0.json': encodeShards(bucket!),
    };
    vi.stubGlobal('fetch', async (url: string) => {
      const file = String(url).slice(base.length);
      if (!(file in files)) throw new Error(`unexpected fetch ${file}`);
      return new Response(JSON.stringify(files[file]));
    });
    try {
      const engine = await loadEngine(base);
      expect(events, 'nothing but the first shard is opened to load the engine').toEqual(['init']);
      const outcome = await engine.search('劳务派遣');
      const firstReady = events.indexOf('first ready');
      const created = events.filter((e) => e.startsWith('create '));
      expect(created, 'shards 0 and 1 do not hold the words: shard 2 alone is opened').toEqual(['create shard-2']);
      expect(events).not.toContain('search first/');
      expect(firstReady).toBeGreaterThan(-1);
      expect(events.indexOf('create shard-2'), 'a later shard waits for the first one').toBeGreaterThan(firstReady);
      expect(outcome.results.map((r) => r.url).sort(), 'the shard holding the phrase answers it').toEqual([`${base}shard-2/page/`]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
