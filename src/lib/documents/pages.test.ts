import { describe, expect, it } from 'vitest';
import { groupByChapter, neighbours, sortPages } from './pages.ts';

const page = (id: string, order: number, chapter?: string) => ({ id, data: { order, title: id, chapter } });

describe('document pages', () => {
  const pages = sortPages([page('d/b', 2, '第一章'), page('d/index', 0), page('d/a', 1, '第一章'), page('d/c', 3, '第二章')]);
  it('sorts by order', () => {
    expect(pages.map((p) => p.id)).toEqual(['d/index', 'd/a', 'd/b', 'd/c']);
  });
  it('refuses two pages with the same order', () => {
    expect(() => sortPages([page('d/a', 1), page('d/b', 1)])).toThrow(/d\/a and d\/b both have order 1/);
  });
  it('finds previous and next pages', () => {
    expect(neighbours(pages, 'd/a')).toEqual({ prev: pages[0], next: pages[2] });
    expect(neighbours(pages, 'd/index').prev).toBeUndefined();
    expect(neighbours(pages, 'd/c').next).toBeUndefined();
  });
  it('groups consecutive pages by chapter', () => {
    expect(groupByChapter(pages).map((g) => [g.chapter, g.pages.length])).toEqual([
      [undefined, 1],
      ['第一章', 2],
      ['第二章', 1],
    ]);
  });
});
