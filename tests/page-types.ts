/** One page of each page type, for the site-wide quality checks. */
export const PAGE_TYPES = {
  home: '/',
  'document landing': '/reports/development-report-2019/',
  'document page': '/reports/development-report-2019/ch1-structure/',
  'reports index': '/reports/',
  'catalogue combination': '/reports/by/type/bao-gao/year/2019/',
  errata: '/reports/errata/',
  'document errata': '/reports/errata/development-report-2019/',
  'glossary index': '/glossary/',
  'glossary entry': '/glossary/i11/',
  'city index': '/cities/',
  'city profile': '/cities/hangzhou/',
  'city mentions': '/cities/beijing/mentions/',
  'region page': '/regions/east/',
  'circle page': '/circles/yangtze-river-delta/',
  'data catalogue': '/data/',
  'document data': '/data/development-report-2019/',
  'dataset page': '/data/development-report-2019/fig-1-1/',
  'indicator index': '/indicators/',
  'indicator page': '/indicators/execution/',
  search: '/search/',
  '404': '/404.html',
} as const;

export type PageType = keyof typeof PAGE_TYPES;
