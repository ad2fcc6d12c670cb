/**
 * Which importer applies to a document: its review file through the engine
 * (src/lib/import/engine.ts); for a document not yet migrated, its legacy
 * profile in scripts/import/profiles/; for a new document, the draft
 * heuristics (src/lib/import/draft.ts), which also propose a review file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { draftImport } from '../../src/lib/import/draft.ts';
import { importWithReview } from '../../src/lib/import/engine.ts';
import type { DocumentProfile, DraftPage } from '../../src/lib/import/profile.ts';
import { parseReview, reviewPath } from '../../src/lib/import/review-fs.ts';
import type { Proposal } from '../../src/lib/import/heuristics.ts';
import { applySourceMap } from '../../src/lib/provenance/source-map.ts';
import { readSourceMap } from '../../src/lib/provenance/source-map-fs.ts';

export type ImportResult =
  | { via: 'review'; pages: DraftPage[] }
  | { via: 'profile'; pages: DraftPage[] }
  | { via: 'draft'; pages: DraftPage[]; proposal: Proposal };

/**
 * Imports one document. `reviewFile` overrides where the review file is read
 * from (default src/data/documents/<document>/review.yaml).
 */
export async function importDocument(root: string, document: string, file: string, text: string, reviewFile?: string): Promise<ImportResult> {
  const lines = text.replace(/\n$/, '').split('\n');
  const path = reviewFile ?? reviewPath(root, document);
  const review = existsSync(path) ? parseReview(readFileSync(path, 'utf8'), relative(root, path)) : undefined;
  if (review) {
    return { via: 'review', pages: importWithReview(review, { document, file: review.file, lines, label: relative(root, path) }) };
  }
  if (reviewFile) throw new Error(`${reviewFile}: no such review file`);
  const profilePath = join(root, 'scripts/import/profiles', `${document}.ts`);
  const map = readSourceMap(root, document);
  if (existsSync(profilePath) && map) {
    const profile = ((await import(pathToFileURL(profilePath).href)) as { default: DocumentProfile }).default;
    return { via: 'profile', pages: profile.pages({ document, file, lines, map, mapped: applySourceMap(map, lines) }) };
  }
  const draft = draftImport(document, file, text);
  return { via: 'draft', pages: draft.pages, proposal: draft.proposal };
}
