/**
 * The public URL the site is deployed at, from the SITE_URL environment
 * variable at build time. Canonical links, the sitemap, 复制链接 and 引用本页
 * all carry it, so a wrong value would hand readers broken permalinks: an
 * invalid value fails the build; a missing one gives a placeholder, which is
 * fine for local use and the tests and announced loudly at the end of the
 * build (src/integrations/site-url-warning.ts).
 */

/** Stands in for the real domain when SITE_URL is not set. */
export const PLACEHOLDER_SITE = 'https://service-outsourcing.example.org';

export interface SiteUrl {
  /** Origin without a trailing slash, e.g. https://kb.example.gov.cn */
  url: string;
  placeholder: boolean;
}

/** Reads SITE_URL: an http(s) origin (scheme and host, optional port, no path, query or fragment). */
export function siteUrlFrom(value: string | undefined): SiteUrl {
  const raw = value?.trim();
  if (!raw) return { url: PLACEHOLDER_SITE, placeholder: true };
  let parsed: URL | undefined;
  try {
    parsed = new URL(raw);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.pathname !== '/' || parsed.search || parsed.hash || parsed.username) {
    throw new Error(
      `SITE_URL="${raw}" is not the site's public address.\n` +
        '  Fix: set SITE_URL to the scheme and host the site is served from, without a path, e.g. SITE_URL=https://kb.example.gov.cn npm run build ' +
        '(the site is served from the root of its host; see README.md, Deployment).',
    );
  }
  return { url: parsed.origin, placeholder: false };
}
