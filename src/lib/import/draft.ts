/**
 * Drafting a document that has no review file yet: furniture proposed from
 * the text, pages and headings guessed by the generic heuristics.
 */
import { applySourceMap, type SourceMap } from '../source-map.ts';
import { genericProfile, proposeSourceMap } from './generic.ts';
import type { DraftPage } from './profile.ts';
import type { Review } from './review-schema.ts';

export interface Draft {
  pages: DraftPage[];
  map: SourceMap;
  review: Review;
}

export function draftImport(document: string, file: string, text: string): Draft {
  const lines = text.replace(/\n$/, '').split('\n');
  const map = proposeSourceMap(file, lines);
  const pages = genericProfile.pages({ document, file, lines, map, mapped: applySourceMap(map, lines) });
  const review: Review = {
    file,
    landing: { title: document, body: [] },
    pages: [],
    paragraphs: { shortBelow: 0, indentedAtMost: 0, breakAfter: [], joinAfter: [] },
    headings: [],
    addedHeadings: [],
    figures: [],
    notes: [],
    furniture: map.drop,
    edits: [],
    footnotes: [],
    tables: [],
    moves: [],
  };
  return { pages, map, review };
}
