/** Test helper: the source, mapped by its committed source map. */
import { join } from 'node:path';
import { applySourceMap } from '../../../../src/lib/source-map.ts';
import { readSourceLines, readSourceMap } from '../../../../src/lib/source-map-fs.ts';
import { segmentBlocks } from './blocks.ts';

export const ROOT = join(import.meta.dirname, '../../../..');
export const LINES = readSourceLines(ROOT, 'zhejiang-statistics-training-2015.txt');
export const MAPPED = applySourceMap(readSourceMap(ROOT, 'zhejiang-statistics-training-2015')!, LINES);
export const raw = (n: number) => LINES[n - 1] ?? '';

export function blocksIn(from: number, to: number) {
  return segmentBlocks(MAPPED.flow.filter((l) => l.n >= from && l.n <= to), raw);
}

export function tableLines(id: string) {
  return MAPPED.tables.filter((t) => t.id === id).flatMap((t) => t.lines);
}
