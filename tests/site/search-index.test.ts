/**
 * The search index as deployed (dist/search-index/): what the engine loads,
 * and nothing it does not. Today's corpus is one shard (src/lib/search/shards.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './built-pages.ts';
import { LOADED_WASM_FILE, wasmLoadsOnce } from '../../src/lib/search/shards.ts';

const INDEX = join(DIST, 'search-index');
const lexicon = JSON.parse(readFileSync(join(INDEX, 'lexicon.json'), 'utf8')) as { sections: number; shards?: number; routeBuckets?: number; figureBuckets?: number };

describe('search index', () => {
  it('is one Pagefind shard at today’s corpus, holding every section, without a routing table or figure buckets', () => {
    expect(lexicon.shards).toBe(1);
    expect(lexicon.routeBuckets).toBeUndefined();
    expect(lexicon.figureBuckets).toBeUndefined();
    expect(existsSync(join(INDEX, 'route'))).toBe(false);
    expect(existsSync(join(INDEX, 'figures'))).toBe(false);
    expect(readdirSync(INDEX).filter((name) => name.startsWith('shard-'))).toEqual([]);
    const entry = JSON.parse(readFileSync(join(INDEX, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([lexicon.sections]);
    expect(readdirSync(join(INDEX, 'fragment'))).toHaveLength(lexicon.sections);
    expect(lexicon.sections).toBeGreaterThan(1000);
  });
  it('deploys Pagefind’s engine and WebAssembly, not its search interfaces', () => {
    const files = readdirSync(INDEX);
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind']));
    expect(files.filter((name) => /^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name))).toEqual([]);
  });
  it('deploys Pagefind scripts that load their WebAssembly once, as later shards need (they name a placeholder for it)', () => {
    for (const script of ['pagefind.js', 'pagefind-worker.js']) expect(wasmLoadsOnce(readFileSync(join(INDEX, script), 'utf8')), script).toBe(true);
    // One shard: no placeholder is deployed.
    expect(existsSync(join(INDEX, LOADED_WASM_FILE))).toBe(false);
  });
});
