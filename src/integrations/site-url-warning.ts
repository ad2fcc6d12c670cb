/**
 * Astro integration: at the very end of a build without SITE_URL, says loudly
 * that permalinks, the sitemap and citations carry a placeholder domain, so
 * nobody deploys such a build by mistake. Listed last in astro.config.mjs.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { handOff } from './post-build.ts';

export default function siteUrlWarning(options: { site: string; placeholder: boolean }): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        // In `astro build`, said at the end of the process that continues it (post-build.ts).
        if (handOff(fileURLToPath(dir), 'site-url', true)) return;
        if (!options.placeholder) {
          logger.info(`permalinks, sitemap and citations use ${options.site}`);
          return;
        }
        const rule = '!'.repeat(78);
        logger.warn(
          [
            rule,
            `SITE_URL is not set: permalinks, the sitemap and citations carry the placeholder ${options.site}.`,
            'This build is fine for local use and the tests; do not deploy it.',
            'Fix: build with the public address, e.g. SITE_URL=https://kb.example.gov.cn npm run build (README.md, Deployment).',
            rule,
          ].join('\n'),
        );
      },
    },
  };
}
