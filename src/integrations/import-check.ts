/**
 * Astro integration: before the build renders anything, checks that every
 * document with a review file is exactly what the import engine makes from
 * it (src/lib/import/check.ts). A hand-edited page or a broken review file
 * fails `astro build`; the dev server only warns.
 */
import type { AstroIntegration } from 'astro';
import { checkGeneratedDocuments } from '../lib/import/check.ts';

export default function importCheck(options: { root: string }): AstroIntegration {
  return {
    name: 'import-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = checkGeneratedDocuments(options.root);
        if (!problems.length) {
          logger.info('generated document pages match their review files');
          return;
        }
        const report = `${problems.length} generated page problem(s):\n${problems.join('\n')}`;
        if (command === 'dev') logger.warn(report);
        else throw new Error(report);
      },
    },
  };
}
