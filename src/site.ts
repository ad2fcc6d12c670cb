/**
 * Where the site is deployed: canonical URLs, the sitemap and citations use it.
 * Set at build time with SITE_URL (README.md, Deployment); without it, a
 * placeholder that the build announces at its end.
 */
import { siteUrlFrom } from './lib/site/site-url.ts';

const { url, placeholder } = siteUrlFrom(process.env.SITE_URL);
export const SITE = url;
/** True when SITE is the placeholder: permalinks and citations do not point at the real site. */
export const SITE_IS_PLACEHOLDER = placeholder;
