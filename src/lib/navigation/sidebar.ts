/**
 * The sidebar: a short global list that is the same on every page, and on a
 * document's pages that document's own contents. Other documents are reached
 * through the catalogue (/reports/) and the breadcrumbs, so a page's
 * navigation does not grow with the number of documents. Pure functions;
 * astro.config.mjs passes siteSidebar() to Starlight, and the document route
 * passes siteSidebar(documentSidebarGroup(…)) to <StarlightPage sidebar>.
 */
import { groupByChapter, type OrderedPage } from '../documents/pages.ts';
import { documentUrl, splitEntryId } from '../documents/routes.ts';

export interface SidebarLink {
  label: string;
  link: string;
}
export interface SidebarGroup {
  label: string;
  collapsed?: boolean;
  items: SidebarItem[];
}
export type SidebarItem = SidebarLink | SidebarGroup;

/** Label of the group that holds the documents catalogue and, on a document's pages, its contents. */
export const DOCUMENTS_GROUP = '报告与资料';

/** The regions and circles the sidebar lists, from src/data/cities/areas (city-fs.ts or city-registry.ts). */
export interface SidebarAreas {
  regions: readonly { slug: string; name: string }[];
  circles: readonly { slug: string; name: string }[];
}

/**
 * The whole sidebar. Its size is fixed: it never lists documents, only the
 * catalogue; `document`, when given, is inserted after the catalogue link.
 */
export function siteSidebar(areas: SidebarAreas, document?: SidebarGroup): SidebarItem[] {
  return [
    { label: '首页', link: '/' },
    {
      label: DOCUMENTS_GROUP,
      items: [{ label: '全部文档', link: '/reports/' }, ...(document ? [document] : []), { label: '勘误与编者注', link: '/reports/errata/' }],
    },
    {
      label: '术语表',
      items: [
        { label: '术语表总览', link: '/glossary/' },
        { label: '易争议业务判定', link: '/glossary/disputed-cases/' },
      ],
    },
    {
      label: '示范城市',
      items: [
        { label: '示范城市总览', link: '/cities/' },
        { label: '四大区域', collapsed: true, items: areas.regions.map((r) => ({ label: r.name, link: `/regions/${r.slug}/` })) },
        { label: '经济圈', collapsed: true, items: areas.circles.map((c) => ({ label: c.name, link: `/circles/${c.slug}/` })) },
      ],
    },
    { label: '数据与图表', items: [{ label: '数据目录', link: '/data/' }, { label: '统计指标', link: '/indicators/' }] },
    { label: '搜索', items: [{ label: '全文搜索', link: '/search/' }] },
  ];
}

/**
 * One document's contents for its own pages: the landing page first, then
 * its pages in order, pages of one chapter grouped under the chapter's name.
 * `pages` must be sorted (sortPages) and belong to that one document.
 */
export function documentSidebarGroup(label: string, document: string, pages: readonly OrderedPage[]): SidebarGroup {
  const link = (page: OrderedPage): SidebarLink => ({
    label: page.data.order === 0 ? '文档概览' : (page.data.sidebarLabel ?? page.data.title),
    link: documentUrl(document, splitEntryId(page.id).page),
  });
  const items: SidebarItem[] = [];
  for (const group of groupByChapter(pages)) {
    if (group.chapter === undefined) items.push(...group.pages.map(link));
    else items.push({ label: group.chapter, items: group.pages.map(link) });
  }
  return { label, items };
}
