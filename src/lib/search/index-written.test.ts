import { describe, expect, it } from 'vitest';
import { indexWrittenProblem } from './index-written.ts';

const entry = (pageCount: number) => JSON.stringify({ version: '1.6.0', languages: { 'zh-cn': { hash: 'zh-cn_1', wasm: null, page_count: pageCount } } });

describe('indexWrittenProblem', () => {
  it('accepts an index that holds every section, one fragment each', () => {
    expect(indexWrittenProblem(entry(1179), 1179, 1179)).toBeUndefined();
  });
  it('stops a build whose indexer died before writing its entry file', () => {
    expect(indexWrittenProblem(undefined, 0, 1179)).toMatch(/wrote no pagefind-entry\.json for 1179 sections.*Fix: rebuild/);
  });
  it('stops a build whose index is short of sections or fragments', () => {
    expect(indexWrittenProblem(entry(900), 900, 1179)).toMatch(/holds 900 pages and wrote 900 fragments for 1179 sections/);
    expect(indexWrittenProblem(entry(1179), 12, 1179)).toMatch(/wrote 12 fragments/);
  });
  it('stops on an entry file cut off mid-write', () => {
    expect(indexWrittenProblem('{"version":"1.6.0","langu', 0, 1179)).toMatch(/not valid JSON/);
  });
});
