// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkHeadingIds } from './src/lib/documents/remark-heading-ids.ts';
import { rehypeTermLinks } from './src/lib/linking/rehype-term-links.ts';
import { rehypeTableNumbers } from './src/lib/documents/rehype-table-numbers.ts';
import { rehypeTableScopes } from './src/lib/documents/rehype-table-scopes.ts';
import { documentLinkTargets } from './src/lib/linking/term-link-targets.ts';
import { DOCUMENT_MEANINGS } from './src/lib/linking/term-links-config.ts';
import { siteSidebar } from './src/lib/navigation/sidebar.ts';
import editorialCheck from './src/integrations/editorial-check.ts';
import textCharset from './src/integrations/text-charset.ts';
import importCheck from './src/integrations/import-check.ts';
import contentChecks from './src/integrations/content-checks.ts';
import { pagePassIntegrations } from './src/integrations/post-build.ts';
import { readAreas } from './src/lib/cities/city-fs.ts';
import sitemap from '@astrojs/sitemap';
import { readGlossaryUnlistedPaths } from './src/lib/glossary/glossary-fs.ts';
import { SITE, SITE_IS_PLACEHOLDER } from './src/site.ts';
import siteUrlWarning from './src/integrations/site-url-warning.ts';
import indicatorCheck from './src/integrations/indicator-check.ts';
import { buildStages } from './src/integrations/build-stages.ts';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
// Stage timings and memory in the build log: the first integration and the last.
const stages = buildStages();
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
        // Number columns of tables are set right-aligned in tabular figures.
        rehypeTableNumbers,
        // Header cells say what they head (WCAG H63): the documents' HTML tables leave scope out.
        rehypeTableScopes,
      ],
      remarkRehype: { footnoteLabel: '脚注', footnoteBackLabel: '返回正文' },
    }),
  },
  integrations: [
    stages.first,
    // First: bad content fails the build before a page is rendered, naming the file, line and fix.
    contentChecks(),
    // A glossary card that paraphrases the source, or a note about the site's plans, fails the build.
    editorialCheck({ root: ROOT }),
    // A hand-edited generated page, or a review file the engine cannot apply, fails the build.
    importCheck({ root: ROOT }),
    starlight({
      title: '中国服务外包知识库',
      description:
        '中国服务外包产业资料库：发展报告、统计指引、术语表、示范城市与数据图表，全部注明出处。',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      customCss: ['./src/styles/site.css'],
      components: { Search: './src/components/search/SiteSearch.astro', PageTitle: './src/components/navigation/PageTitle.astro' },
      // The site ships its own Chinese index (integrations/search-index.ts); the stock one is
      // built only by `npm run bench:search`, for comparison, and never deployed.
      pagefind: false,
      lastUpdated: false,
      credits: false,
      markdown: { processedDirs: ['./src/content/documents/'] },
      // A short fixed list; a document's pages add that document's contents (src/lib/navigation/sidebar.ts).
      sidebar: siteSidebar(orWhenInvalid(() => readAreas(ROOT), { provinces: [], regions: [], circles: [] })),
    }),
    mdx(),
    // Every indicator point checked at its source line before anything is built; disagreements listed.
    indicatorCheck({ root: ROOT }),
    sitemap({ filter: (page) => !unlisted.has(decodeURI(new URL(page).pathname)) }),
    // `astro preview` labels .txt and .csv as UTF-8.
    textCharset(),
    // The page pass: every page's Content Security Policy, links, HTML and sourced numbers (any problem
    // fails the build, naming the file, line and fix), then the site's own Chinese index in dist/search-index/.
    // In `astro build` it runs in a fresh process once Astro has exited, and still fails `astro build`
    // (src/integrations/post-build.ts).
    ...pagePassIntegrations(ROOT, SITE),
    // Last, so its warning is the build's last word: a build without SITE_URL must not be deployed.
    stages.last,
    siteUrlWarning({ site: SITE, placeholder: SITE_IS_PLACEHOLDER }),
  ],
});
