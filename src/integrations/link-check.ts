/**
 * Astro integration: after the build, checks every internal link, asset and
 * anchor of every page (and meta-refresh redirects), and fails the build
 * naming each page and link that does not resolve.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkSiteLinks } from '../lib/built-site.ts';

export default function linkCheck(options: { site: string }): AstroIntegration {
  return {
    name: 'link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { checked, problems } = checkSiteLinks(fileURLToPath(dir), options.site);
        if (problems.length) {
          const list = problems.slice(0, 50).map((p) => `  ${p.page}: ${p.link}: ${p.problem}`).join('\n');
          throw new Error(
            `${problems.length} broken internal link(s):\n${list}\n  Fix: correct the link in the page's source, or add the missing page or heading id.`,
          );
        }
        logger.info(`${checked} internal links checked, none broken`);
      },
    },
  };
}
