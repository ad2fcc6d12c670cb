/** Scoring drafts for npm run bench:import: what counts as a heading and a paragraph of a page. */
import { describe, expect, it } from 'vitest';
import { outlineOf, scoreDraft } from './bench.ts';

describe('outlineOf', () => {
  const body = [
    '## 一、总体情况[^fn2] {/* #overview */}',
    '<strong>规模扩大。</strong>执行额增长。',
    '- 服务外包规模有望保持快速增长。\n  - ① 服务外包顺应了发展趋势。\n  - ② 新一代信息技术加速融合。',
    '<EditorNote id="en-x" kind="error">\n\n原文有误。\n\n</EditorNote>',
    '<Figure id="fig-1">',
  ].join('\n\n');
  const outline = outlineOf([{ slug: 'overview', title: '第一节 总体', body }]);

  it('reads the page title and the Markdown headings, spaces and footnote references removed', () => {
    expect(outline.headings).toEqual(['第一节总体', '一、总体情况']);
  });

  it('reads paragraphs with their run-in lead, and list items at any depth without their marker', () => {
    expect(outline.paragraphs).toEqual(['规模扩大。执行额增长。', '服务外包规模有望保持快速增长。', '① 服务外包顺应了发展趋势。', '② 新一代信息技术加速融合。']);
  });

  it('scores recall and precision with multiplicity', () => {
    const score = scoreDraft({ headings: ['a', 'a', 'b'], paragraphs: ['x'] }, { headings: ['a', 'c'], paragraphs: ['x', 'y'] });
    expect(score.headings).toMatchObject({ matched: 1, recall: 1 / 3, precision: 1 / 2 });
    expect(score.paragraphs).toMatchObject({ identical: 1, share: 1 });
  });
});
