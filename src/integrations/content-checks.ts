/**
 * Astro integration: before anything is rendered, runs every content check
 * (src/lib/checks/content.ts) and the source-hash check
 * (src/lib/checks/sources.ts). Bad content fails `astro build` itself, so
 * neither `npm start` nor a deploy can publish it; the message names the file
 * a person edits, the line and the fix (src/lib/checks/integration.ts).
 */
import type { AstroIntegration } from 'astro';
import { CONTENT_CHECKS } from '../lib/checks/content.ts';
import type { ContentProblem } from '../lib/checks/problems.ts';
import { contentCheckIntegration } from '../lib/checks/integration.ts';
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
  let started = 0;
  return contentCheckIntegration({
    name: 'content-checks',
    run: (root) => {
      started = Date.now();
      const failed = runContentChecks(root);
      return failed && { check: `content check “${failed.name}”`, problems: failed.problems };
    },
    passed: (logger) => logger.info(`${CHECKS.map((c) => c.name).join(', ')}: no problems (${Date.now() - started} ms)`),
  });
}
