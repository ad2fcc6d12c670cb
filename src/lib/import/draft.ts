/**
 * Drafting a document that has no review file yet: the heuristics propose a
 * review file, and the one engine turns it into draft pages. The person then
 * edits the proposed review file, never code, and re-imports.
 */
import { importWithReview, sourceMapOf } from './engine.ts';
import { proposeReview, type Proposal } from './heuristics.ts';
import type { DraftPage } from './profile.ts';
import type { SourceMap } from '../provenance/source-map.ts';
import type { Review } from './review-schema.ts';

export interface Draft {
  pages: DraftPage[];
  map: SourceMap;
  review: Review;
  proposal: Proposal;
}

export function draftImport(document: string, file: string, text: string): Draft {
  const lines = text.replace(/\n$/, '').split('\n');
  const proposal = proposeReview(document, file, lines);
  const pages = importWithReview(proposal.review, { document, file, lines, label: `proposed review of ${file}` });
  return { pages, map: sourceMapOf(proposal.review), review: proposal.review, proposal };
}
