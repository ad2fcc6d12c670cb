import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readAreas } from '../cities/city-fs.ts';
import { DOCUMENTS_GROUP, documentSidebarGroup, siteSidebar as sidebarWith, type SidebarGroup, type SidebarItem } from './sidebar.ts';

const AREAS = readAreas(join(import.meta.dirname, '../../..'));
const siteSidebar = (document?: SidebarGroup) => sidebarWith(AREAS, document);

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

  it('lists the regions and circles the data holds, by their names', () => {
    const cities = siteSidebar().find((item) => item.label === '示范城市');
    const groups = cities && 'items' in cities ? cities.items : [];
    const group = (label: string) => groups.find((item) => item.label === label);
    const regions = group('四大区域');
    expect(regions && 'items' in regions ? regions.items : []).toEqual([
      { label: '东部地区', link: '/regions/east/' },
      { label: '中部地区', link: '/regions/central/' },
      { label: '西部地区', link: '/regions/west/' },
      { label: '东北地区', link: '/regions/northeast/' },
    ]);
    const renamed = sidebarWith({ regions: [], circles: [{ slug: 'chengdu-chongqing', name: '成渝地区双城经济圈' }] });
    expect(links(renamed)).toContain('/circles/chengdu-chongqing/');
  });

  it("holds one document's contents, inside the documents group, after the catalogue", () => {
    const group = documentSidebarGroup('简报', 'news', [page('news', 0, '简报'), page('news/one', 1, '一')]);
    const sidebar = siteSidebar(group);
    const documents = sidebar.find((item) => item.label === DOCUMENTS_GROUP);
    expect(documents && 'items' in documents ? documents.items.map((item) => item.label) : []).toEqual(['全部文档', '简报', '勘误与编者注']);
    expect(links(sidebar).length).toBe(links(siteSidebar()).length + 2);
  });
});
