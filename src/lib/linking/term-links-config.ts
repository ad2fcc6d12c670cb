/**
 * Which glossary entry an ambiguous name means in each document, where the
 * meaning is clear from the document (issue: 信息技术服务外包 is I2 in the
 * statistics guide but the whole of ITO in the reports).
 */
export const DOCUMENT_MEANINGS: Readonly<Record<string, Readonly<Record<string, string | null>>>> = {
  'zhejiang-statistics-training-2015': { 信息技术服务外包: '/glossary/i2/' },
  'development-report-2019': { 信息技术服务外包: '/glossary/ito/' },
  'five-year-review-and-outlook': { 信息技术服务外包: '/glossary/ito/' },
  'newsletter-2019-05-20': { 信息技术服务外包: '/glossary/ito/' },
};
