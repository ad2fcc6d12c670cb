/**
 * 《中国服务外包发展报告2019》, part b: the landing page and chapters 4–7
 * (source lines 2677–4817). Page split, heading ids, boxes, table placement
 * and editorial notes are declared here; b-render.ts builds the bodies.
 */
import type { DraftPage, ImportContext } from '../../../../src/lib/import/profile.ts';
import { pageFrontmatter } from './a-build.ts';
import { renderPage, noteBlock, type PageSpec } from './b-render.ts';
import { TABLES } from './b-tables.ts';
import { PAGES, LANDING_NOTES } from './b-pages.ts';

/** Footnote marker line → first line of its footnote body (source map part b). */
export const FOOTNOTE_MARKERS: Record<number, number> = {
  3077: 3143,
  3264: 3320,
  3355: 3404,
  3918: 3938,
  3999: 4013,
  4037: 4069,
  4137: 4174,
  4164: 4179,
  4215: 4244,
  4257: 4303,
  4263: 4304,
  4280: 4305,
  4435: 4458,
  4461: 4504,
  4462: 4505,
  4474: 4506,
  4520: 4561,
  4565: 4602,
  4634: 4661,
};

function draft(context: ImportContext, spec: PageSpec): DraftPage {
  return {
    slug: spec.slug,
    frontmatter: pageFrontmatter(context, spec),
    body: renderPage(spec, {
      lines: context.lines,
      mapped: context.mapped,
      edits: context.map.edits,
      footnoteMarkers: FOOTNOTE_MARKERS,
      tables: TABLES,
    }),
  };
}

export function chaptersFourToSeven(context: ImportContext): DraftPage[] {
  const landing: DraftPage = {
    slug: 'index',
    frontmatter: {
      title: '中国服务外包发展报告2019',
      document: context.document,
      order: 0,
      source: { file: context.file, lines: [1, context.lines.length] },
    },
    body: `${LANDING_NOTES.map(noteBlock).join('\n\n')}\n`,
  };
  return [landing, ...PAGES.map((spec) => draft(context, spec))];
}
