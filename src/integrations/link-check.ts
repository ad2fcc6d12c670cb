/**
 * Astro integration: after the build, checks every internal link, asset and
 * anchor of every page (and meta-refresh redirects), and fails the build
 * naming, for each broken link, the MDX, YAML or JSON file it comes from and
 * its line (src/lib/checks/page-sources.ts), or the page when it comes from code.
 * It runs as a job of the build's one page pass (page-pass.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { builtPages, siteLinkChecker } from '../lib/checks/built-site.ts';
import type { LinkProblem } from '../lib/checks/link-check.ts';
import { linkLine, pageSource } from '../lib/checks/page-sources.ts';
import { ContentCheckError, type ContentProblem } from '../lib/checks/problems.ts';
import { addPageJob, sharedPagePass } from './page-pass.ts';
import { handOff } from './post-build.ts';

/** Broken links reported on the file a person edits and its line. */
function onSourceFiles(root: string, problems: LinkProblem[]): ContentProblem[] {
  return problems.map((p) => {
    const file = pageSource(root, p.page);
    const line = file ? linkLine(root, file, p.link) : undefined;
    return {
      file: file ?? `the page ${p.page}`,
      line,
      problem: `the link ${p.link}${file ? ` (on ${p.page})` : ''}: ${p.problem}`,
      fix: p.problem === 'no such page' ? 'Correct the link to an existing page, or add the page.' : 'Correct the #anchor to a heading, figure or note id that exists on the target page.',
    };
  });
}

/** Every broken internal link of the built site, reported on the file a person edits and its line. */
export function brokenLinkProblems(root: string, dist: string, site: string): { checked: number; problems: ContentProblem[] } {
  const checker = siteLinkChecker(dist, site);
  for (const page of builtPages(dist)) checker.page(page);
  const { checked, problems } = checker.result();
  return { checked, problems: onSourceFiles(root, problems) };
}

export default function linkCheck(options: { site: string }): AstroIntegration {
  let root = '';
  let checker: ReturnType<typeof siteLinkChecker> | undefined;
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        checker = undefined;
        addPageJob({
          start: (dist) => {
            checker = siteLinkChecker(dist, options.site);
          },
          page: (page) => checker!.page(page),
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // In `astro build`, the pass runs once Astro has exited (post-build.ts).
        if (handOff(dist, 'link-check', true, root)) return;
        await sharedPagePass(dist);
        if (!checker) {
          // Not in a shared pass (no build:start): check alone.
          checker = siteLinkChecker(dist, options.site);
          for (const page of builtPages(dist)) checker.page(page);
        }
        const { checked, problems } = checker.result();
        if (problems.length) throw new ContentCheckError('link check', onSourceFiles(root, problems));
        logger.info(`${checked} internal links checked, none broken`);
      },
    },
  };
}
