/**
 * The shape every content-check integration shares (content, editorial,
 * import, indicator): run a check before anything is rendered; in `astro
 * build` problems fail the build with the one error map
 * (src/lib/checks/problems.ts); in `astro dev` they are logged and the
 * server keeps running, so an author can fix them live.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { ContentCheckError, formatProblems, type ContentProblem } from './problems.ts';

export interface CheckOptions {
  /** The integration's name, e.g. "editorial-check". */
  name: string;
  /** Runs the check on the project at `root`; `check` names it in the message (e.g. "editorial check"). */
  run: (root: string) => { check: string; problems: readonly ContentProblem[] } | undefined;
  /** Logged when nothing is wrong; may log more (the indicator check lists disagreements). */
  passed: (logger: AstroIntegrationLogger) => void;
  /** The commands it runs in (default: build and dev). */
  commands?: readonly ('build' | 'dev')[];
  /** The project root; default: Astro's config.root. */
  root?: string;
}

export function contentCheckIntegration(options: CheckOptions): AstroIntegration {
  const commands = options.commands ?? ['build', 'dev'];
  return {
    name: options.name,
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (!(commands as readonly string[]).includes(command)) return;
        const failed = options.run(options.root ?? fileURLToPath(config.root));
        if (!failed || failed.problems.length === 0) {
          options.passed(logger);
          return;
        }
        if (command === 'dev') logger.error(formatProblems(failed.check, failed.problems));
        else throw new ContentCheckError(failed.check, failed.problems);
      },
    },
  };
}
