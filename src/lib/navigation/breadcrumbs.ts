/**
 * Breadcrumbs: the pages above a page, from the home page down. With the
 * catalogue they are the way between documents, so the sidebar never has to
 * list every document. Pure function of the URL path.
 */
import { documentUrl } from '../documents/routes.ts';

export interface Crumb {
  href: string;
  label: string;
}

const HOME: Crumb = { href: '/', label: '首页' };

/** The overview page of each top-level section, by the path's first segment. */
const SECTION_HOME: Record<string, Crumb> = {
  reports: { href: '/reports/', label: '报告与资料' },
  glossary: { href: '/glossary/', label: '术语表' },
  cities: { href: '/cities/', label: '示范城市' },
  // Regions and economic circles have no overview of their own: the cities overview lists them.
  regions: { href: '/cities/', label: '示范城市' },
  circles: { href: '/cities/', label: '示范城市' },
  data: { href: '/data/', label: '数据目录' },
  indicators: { href: '/indicators/', label: '统计指标' },
};

/**
 * Crumbs above the page at `path` (not the page itself). Empty on the home
 * page and on pages outside the sections (search, 404). A document's pages
 * also get the document's landing page, titled by `documentTitle`.
 */
export function breadcrumbs(path: string, documentTitle: (document: string) => string | undefined): Crumb[] {
  const [section, document, page] = path.split('/').filter(Boolean);
  const home = section === undefined ? undefined : SECTION_HOME[section];
  if (!home) return [];
  if (path === home.href) return [HOME];
  const crumbs = [HOME, home];
  if (section === 'reports' && document === 'errata' && page) {
    // A document's errata page sits under the errata overview.
    crumbs.push({ href: '/reports/errata/', label: '勘误与编者注' });
  } else if (section === 'reports' && document && page) {
    const title = documentTitle(document);
    if (title) crumbs.push({ href: documentUrl(document), label: title });
  } else if (section === 'data' && document && page) {
    // A dataset's page sits under its document's data page.
    const title = documentTitle(document);
    if (title) crumbs.push({ href: `/data/${document}/`, label: title });
  }
  return crumbs;
}
