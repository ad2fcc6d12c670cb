import { describe, expect, it } from 'vitest';
import { DOCUMENTS_GROUP, documentSidebarGroup, siteSidebar, type SidebarItem } from './document-sidebar.ts';

const page = (id: string, order: number, title: string, extra: { sidebarLabel?: string; chapter?: string } = {}) => ({
  id,
  data: { order, title, ...extra },
});

/** Every link of a sidebar, depth first. */
const links = (items: readonly SidebarItem[]): string[] =>
  items.flatMap((item) => ('link' in item ? [item.link] : links(item.items)));

describe('documentSidebarGroup', () => {
  it('lists the landing page first, then pages in order, grouped by chapter', () => {
    const group = documentSidebarGroup('报告', 'report', [
      page('report', 0, '报告'),
      page('report/a', 1, '第一节 甲', { sidebarLabel: '1.1 甲', chapter: '第一章' }),
      page('report/b', 2, '第二节 乙', { chapter: '第一章' }),
      page('report/c', 3, '附录'),
    ]);
    expect(group).toEqual({
      label: '报告',
      items: [
        { label: '文档概览', link: '/reports/report/' },
        {
          label: '第一章',
          items: [
            { label: '1.1 甲', link: '/reports/report/a/' },
            { label: '第二节 乙', link: '/reports/report/b/' },
          ],
        },
        { label: '附录', link: '/reports/report/c/' },
      ],
    });
  });
});

describe('siteSidebar', () => {
  it('is the same short list however many documents exist, and links the catalogue', () => {
    const global = links(siteSidebar());
    expect(global).toContain('/reports/');
    expect(global.some((href) => /^\/reports\/[^/]+\/[^/]+\//.test(href))).toBe(false);
    expect(global.length).toBeLessThan(30);
  });

  it("holds one document's contents, inside the documents group, after the catalogue", () => {
    const group = documentSidebarGroup('简报', 'news', [page('news', 0, '简报'), page('news/one', 1, '一')]);
    const sidebar = siteSidebar(group);
    const documents = sidebar.find((item) => item.label === DOCUMENTS_GROUP);
    expect(documents && 'items' in documents ? documents.items.map((item) => item.label) : []).toEqual(['全部文档', '简报', '勘误与编者注']);
    expect(links(sidebar).length).toBe(links(siteSidebar()).length + 2);
  });
});
