/**
 * Astro integration: after the build, gives every page its Content Security
 * Policy (src/lib/csp.ts), hashing every inline script the page holds.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../lib/built-site.ts';
import { withPolicy } from '../lib/csp.ts';

export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = htmlFiles(fileURLToPath(dir));
        for (const file of files) writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
        logger.info(`${files.length} pages carry a Content Security Policy with every inline script hashed`);
      },
    },
  };
}
