import { describe, expect, it } from 'vitest';
import { escapeMdxText } from '../../../../src/lib/import/mdx.ts';
import { joinWrappedLines } from '../../../../src/lib/text.ts';
import { deletionOffset, insertAt, replaceSentinels, sentinel, sentinelsIn } from './footnote-markers.ts';

describe('deletionOffset', () => {
  it('finds where a glued marker stood', () => {
    const raw = '业人员共计 545.9 万人，对全国就业增长的贡献率达 8.3%1。其中，新增大学毕业生';
    const offset = deletionOffset(raw, { line: 169, find: '8.3%1。', replace: '8.3%。' });
    const edited = raw.replace('8.3%1。', '8.3%。');
    expect(edited.slice(0, offset).endsWith('8.3%')).toBe(true);
    expect(edited.slice(offset).startsWith('。')).toBe(true);
  });
  it('handles a marker at the start of the line', () => {
    expect(deletionOffset('1总数达到 17879个', { line: 264, find: '1总数', replace: '总数' })).toBe(0);
  });
  it('fails when the edit does not match the line', () => {
    expect(() => deletionOffset('abc', { line: 1, find: 'x1', replace: 'x' })).toThrow(/not found/);
  });
});

describe('sentinels', () => {
  it('survive joining and escaping and become footnote references', () => {
    const lines = [insertAt('可数字化服务出口的主要模', 8, sentinel(3)), '式。*'];
    const mdx = escapeMdxText(joinWrappedLines(lines));
    expect(sentinelsIn(mdx)).toEqual([3]);
    expect(replaceSentinels(mdx, (n) => `fn${n - 2}`)).toBe('可数字化服务出口[^fn1]的主要模式。\\*');
  });
  it('rejects an offset outside the text', () => {
    expect(() => insertAt('ab', 3, 'x')).toThrow();
  });
});
