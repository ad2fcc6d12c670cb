/**
 * Breadcrumbs: the pages above a page, from the home page down. With the
 * catalogue they are the way between documents, so the sidebar never has to
 * list every document. Pure function of the URL path and the names of
 * documents and cities.
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

/** Names of the pages a trail passes through; undefined for an unknown id, which is then left out. */
export interface CrumbNames {
  /** A document's short title, by id. */
  document: (id: string) => string | undefined;
  /** A city's name, by slug. */
  city: (slug: string) => string | undefined;
}

/**
 * Crumbs above the page at `path` (not the page itself). Empty on the home
 * page and on pages outside the sections (search, 404). A document's pages
 * also get the document's landing page; a page below a city's profile (its
 * mentions list) gets the profile, and that list's later pages its first page.
 */
export function breadcrumbs(path: string, names: CrumbNames): Crumb[] {
  const documentTitle = names.document;
  const [section, document, page, ...rest] = path.split('/').filter(Boolean);
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
  } else if (section === 'cities' && document && page) {
    // /cities/<slug>/mentions/ and its later pages sit under the city's profile.
    const city = names.city(document);
    if (city) {
      crumbs.push({ href: `/cities/${document}/`, label: city });
      if (page === 'mentions' && rest[0] === 'page') crumbs.push({ href: `/cities/${document}/mentions/`, label: '全部提及' });
    }
  }
  return crumbs;
}
