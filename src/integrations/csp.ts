/**
 * Astro integration: after the build, gives every page its Content Security
 * Policy (src/lib/site/csp.ts), hashing every inline script the page holds. It is
 * the page pass's transform (page-pass.ts): every later job reads the page
 * with its policy.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { withPolicy } from '../lib/site/csp.ts';
import { addPageJob, sharedPagePass } from './page-pass.ts';

export default function contentSecurityPolicy(): AstroIntegration {
  let pages = 0;
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:build:start': () => {
        pages = 0;
        addPageJob({
          transform: (html) => {
            pages++;
            return withPolicy(html);
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages: all, ms } = await sharedPagePass(fileURLToPath(dir));
        logger.info(`${pages} pages carry a Content Security Policy with every inline script hashed; ${all} pages read once for every check (${ms} ms)`);
      },
    },
  };
}
