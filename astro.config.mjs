// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkHeadingIds } from './src/lib/remark-heading-ids.ts';
import { rehypeTermLinks } from './src/lib/rehype-term-links.ts';
import { rehypeTableScopes } from './src/lib/rehype-table-scopes.ts';
import { documentLinkTargets } from './src/lib/term-link-targets.ts';
import { DOCUMENT_MEANINGS } from './src/lib/term-links-config.ts';
import { readDocumentSidebar } from './src/lib/document-sidebar.ts';
import searchIndex from './src/integrations/search-index.ts';
import linkCheck from './src/integrations/link-check.ts';
import contentChecks from './src/integrations/content-checks.ts';
import siteChecks from './src/integrations/site-checks.ts';
import contentSecurityPolicy from './src/integrations/csp.ts';
import { DEMONSTRATION_CITIES, glossaryBestBets, siteTerms } from './src/lib/search/site-terms.ts';
import sitemap from '@astrojs/sitemap';
import { readGlossaryUnlistedPaths } from './src/lib/glossary-fs.ts';
import { SITE } from './src/site.ts';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
// Glossary alias redirects and disambiguation pages are not pages to list. Invalid glossary data is
// reported by the content checks (file, line and fix), so it must not stop the config from loading.
const unlisted = orWhenInvalid(() => readGlossaryUnlistedPaths(ROOT), /** @type {Set<string>} */ (new Set()));

/**
 * Config-time reads of content: on invalid content the content checks report it, so the config still loads.
 * @template T
 * @param {() => T} read
 * @param {T} fallback
 * @returns {T}
 */
function orWhenInvalid(read, fallback) {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export default defineConfig({
  site: SITE,
  trailingSlash: 'always',
  // remark plugins need the unified processor; Astro 7 defaults to Sätteri.
  markdown: {
    processor: unified({
      // Typographic quote and dash replacement would silently change source text.
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkHeadingIds],
      // Document pages: the first mention of each glossary term and each city per section links to its page.
      rehypePlugins: [
        [rehypeTermLinks, { load: () => documentLinkTargets(ROOT), meanings: DOCUMENT_MEANINGS, under: '/src/content/documents/' }],
        // Header cells say what they head (WCAG H63): the documents' HTML tables leave scope out.
        rehypeTableScopes,
      ],
      remarkRehype: { footnoteLabel: '脚注', footnoteBackLabel: '返回正文' },
    }),
  },
  integrations: [
    // First: bad content fails the build before a page is rendered, naming the file, line and fix.
    contentChecks(),
    starlight({
      title: '中国服务外包知识库',
      description:
        '中国服务外包产业资料库：发展报告、统计指引、术语表、示范城市与数据图表，全部注明出处。',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      customCss: ['./src/styles/site.css'],
      components: { Search: './src/components/SiteSearch.astro' },
      lastUpdated: false,
      credits: false,
      markdown: { processedDirs: ['./src/content/documents/'] },
      sidebar: [
        { label: '首页', link: '/' },
        {
          label: '报告与资料',
          items: [
            { label: '全部文档', link: '/reports/' },
            ...orWhenInvalid(() => readDocumentSidebar(fileURLToPath(new URL('.', import.meta.url))), []),
            { label: '勘误与编者注', link: '/reports/errata/' },
          ],
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
            {
              label: '四大区域',
              collapsed: true,
              items: [
                { label: '东部地区', link: '/regions/east/' },
                { label: '中部地区', link: '/regions/central/' },
                { label: '西部地区', link: '/regions/west/' },
                { label: '东北地区', link: '/regions/northeast/' },
              ],
            },
            {
              label: '经济圈',
              collapsed: true,
              items: [
                { label: '长江经济带', link: '/circles/yangtze-economic-belt/' },
                { label: '京津冀', link: '/circles/jing-jin-ji/' },
                { label: '长三角', link: '/circles/yangtze-river-delta/' },
                { label: '粤港澳大湾区', link: '/circles/greater-bay-area/' },
                { label: '长江中游城市群', link: '/circles/middle-yangtze/' },
              ],
            },
          ],
        },
        { label: '数据与图表', items: [{ label: '数据目录', link: '/data/' }] },
        { label: '搜索', items: [{ label: '全文搜索', link: '/search/' }] },
      ],
    }),
    mdx(),
    sitemap({ filter: (page) => !unlisted.has(decodeURI(new URL(page).pathname)) }),
    // After Starlight's stock Pagefind index: the site's own Chinese index in dist/search-index/.
    // A broken internal link fails the build, naming the page and the link.
    // Every page gets its Content Security Policy, every inline script hashed; checked below with the rest.
    contentSecurityPolicy(),
    linkCheck({ site: SITE }),
    // Every page: valid HTML, rectangular tables, every sourced number where it is shown.
    siteChecks(),
    searchIndex({ terms: () => siteTerms(ROOT), bestBets: () => glossaryBestBets(ROOT), cities: () => DEMONSTRATION_CITIES }),
  ],
});
