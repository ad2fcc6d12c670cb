/**
 * Loads a document's source and source map from disk. A source map is one
 * file, src/data/source-maps/<document>.json, or a folder of parts,
 * src/data/source-maps/<document>/*.json, merged in file-name order (so that
 * editors can work on parts of a long document separately).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sourceMapOf } from '../import/engine.ts';
import { readReview } from '../import/review-fs.ts';
import { sourceMapSchema, type SourceMap } from './source-map.ts';
import { readDataFile } from '../checks/problems.ts';

export function readSourceLines(root: string, file: string): string[] {
  return readFileSync(join(root, 'sources', file), 'utf8').replace(/\n$/, '').split('\n');
}

function parse(root: string, file: string): SourceMap {
  return readDataFile(file, readFileSync(join(root, file), 'utf8'), sourceMapSchema, 'source map (src/lib/provenance/source-map.ts)');
}

/**
 * Returns the merged source map, or undefined when the document has none. A
 * document migrated to a review file (src/data/documents/<document>/review.yaml)
 * keeps its furniture, edits, footnotes, tables and moves there.
 */
export function readSourceMap(root: string, document: string): SourceMap | undefined {
  const review = readReview(root, document);
  if (review) return sourceMapOf(review);
  const single = join(root, 'src/data/source-maps', `${document}.json`);
  const folder = join(root, 'src/data/source-maps', document);
  if (existsSync(single)) return parse(root, `src/data/source-maps/${document}.json`);
  if (!existsSync(folder)) return undefined;
  const parts = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => parse(root, `src/data/source-maps/${document}/${name}`));
  if (parts.length === 0) return undefined;
  const files = new Set(parts.map((p) => p.file));
  if (files.size !== 1) throw new Error(`${folder}: parts name different files (${[...files].join(', ')})`);
  return {
    file: parts[0]!.file,
    drop: parts.flatMap((p) => p.drop),
    edits: parts.flatMap((p) => p.edits),
    footnotes: parts.flatMap((p) => p.footnotes),
    tables: parts.flatMap((p) => p.tables),
    moves: parts.flatMap((p) => p.moves),
  };
}
