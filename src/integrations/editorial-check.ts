/**
 * Astro integration: before the build renders anything, checks the
 * editorial layer (src/lib/editorial-check.ts): every glossary card quotes
 * the source or says 编者释义, and no editors' text speaks of the site's
 * plans or writes a marker of outside knowledge without its basis. A problem
 * fails `astro build`, naming the file, the line and the fix; the dev server
 * only warns, so a half-edited file does not stop it.
 */
import type { AstroIntegration } from 'astro';
import { checkEditorial, formatProblems } from '../lib/editorial-check.ts';

export default function editorialCheck(options: { root: string }): AstroIntegration {
  return {
    name: 'editorial-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = checkEditorial(options.root);
        if (!problems.length) {
          logger.info('glossary cards and editors’ notes checked, none wrong');
          return;
        }
        const report = `${problems.length} editorial problem(s):\n${formatProblems(problems)}`;
        if (command === 'dev') logger.warn(report);
        else throw new Error(report);
      },
    },
  };
}
