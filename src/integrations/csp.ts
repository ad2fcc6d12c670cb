/**
 * Astro integration: after the build, gives every page its Content Security
 * Policy (src/lib/site/csp.ts), hashing every inline script the page holds. It is
 * the page pass's transform (page-pass.ts): every later job reads the page
 * with its policy, and the page is written with it as Astro renders it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { withPolicy } from '../lib/site/csp.ts';
import { addPageJob, sharedPagePass } from './page-pass.ts';
import { handOff } from './post-build.ts';

export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:build:start': () => {
        // Applied as each page is rendered when rendering is tapped (page-pass.ts), and again in the
        // pass, where it changes nothing then: every page the pass reads carries its policy.
        addPageJob({ transform: (html) => withPolicy(html) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // In `astro build`, the pass runs once Astro has exited (post-build.ts).
        if (handOff(fileURLToPath(dir), 'content-security-policy', true)) return;
        const { pages, ms } = await sharedPagePass(fileURLToPath(dir));
        logger.info(`${pages} pages carry a Content Security Policy with every inline script hashed; ${pages} pages read once for every check (${ms} ms)`);
      },
    },
  };
}
