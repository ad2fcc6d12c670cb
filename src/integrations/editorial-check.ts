/**
 * Astro integration: before the build renders anything, checks the
 * editorial layer (src/lib/editorial/check.ts): every glossary card quotes
 * the source or says 编者释义, and no editors' text speaks of the site's
 * plans or writes a marker of outside knowledge without its basis. A problem
 * fails `astro build`, naming the file, the line and the fix; the dev server
 * only logs it, so a half-edited file does not stop it.
 */
import type { AstroIntegration } from 'astro';
import { asContentProblem } from '../lib/checks/problems.ts';
import { contentCheckIntegration } from '../lib/checks/integration.ts';
import { checkEditorial } from '../lib/editorial/check.ts';

export default function editorialCheck(options: { root: string }): AstroIntegration {
  return contentCheckIntegration({
    name: 'editorial-check',
    root: options.root,
    run: (root) => ({ check: 'editorial check', problems: checkEditorial(root).map(asContentProblem) }),
    passed: (logger) => logger.info('glossary cards and editors’ notes checked, none wrong'),
  });
}
