/**
 * Astro integration: before anything is rendered, runs every content check
 * (src/lib/checks/content.ts) and the source-hash check
 * (src/lib/checks/sources.ts). Bad content fails `astro build` itself, so
 * neither `npm start` nor a deploy can publish it; the message names the file
 * a person edits, the line and the fix. In `astro dev` the problems are
 * logged and the server keeps running, so an author can fix them live.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { CONTENT_CHECKS } from '../lib/checks/content.ts';
import { ContentCheckError, formatProblems, type ContentProblem } from '../lib/checks/problems.ts';
import { checkSources } from '../lib/checks/sources.ts';

export const CHECKS = [{ name: 'sources', run: checkSources }, ...CONTENT_CHECKS];

/** Runs the checks in order and returns the first one's problems (a later check may depend on an earlier one's files). */
export function runContentChecks(root: string, only?: readonly string[]): { name: string; problems: ContentProblem[] } | undefined {
  for (const check of CHECKS) {
    if (only && !only.includes(check.name)) continue;
    const problems = check.run(root);
    if (problems.length > 0) return { name: check.name, problems };
  }
  return undefined;
}

export default function contentChecks(): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const started = Date.now();
        const failed = runContentChecks(root);
        if (!failed) {
          logger.info(`${CHECKS.map((c) => c.name).join(', ')}: no problems (${Date.now() - started} ms)`);
          return;
        }
        if (command === 'dev') logger.error(formatProblems(`content check “${failed.name}”`, failed.problems));
        else throw new ContentCheckError(`content check “${failed.name}”`, failed.problems);
      },
    },
  };
}
