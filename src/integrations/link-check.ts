/**
 * Astro integration: after the build, checks every internal link, asset and
 * anchor of every page (and meta-refresh redirects), and fails the build
 * naming, for each broken link, the MDX, YAML or JSON file it comes from and
 * its line (src/lib/checks/page-sources.ts), or the page when it comes from code.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkSiteLinks } from '../lib/built-site.ts';
import { linkLine, pageSource } from '../lib/checks/page-sources.ts';
import { ContentCheckError, type ContentProblem } from '../lib/checks/problems.ts';

/** Every broken internal link of the built site, reported on the file a person edits and its line. */
export function brokenLinkProblems(root: string, dist: string, site: string): { checked: number; problems: ContentProblem[] } {
  const { checked, problems } = checkSiteLinks(dist, site);
  return {
    checked,
    problems: problems.map((p) => {
      const file = pageSource(root, p.page);
      const line = file ? linkLine(root, file, p.link) : undefined;
      return {
        file: file ?? `the page ${p.page}`,
        line,
        problem: `the link ${p.link}${file ? ` (on ${p.page})` : ''}: ${p.problem}`,
        fix: p.problem === 'no such page' ? 'Correct the link to an existing page, or add the page.' : 'Correct the #anchor to a heading, figure or note id that exists on the target page.',
      };
    }),
  };
}

export default function linkCheck(options: { site: string }): AstroIntegration {
  let root = '';
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const { checked, problems } = brokenLinkProblems(root, fileURLToPath(dir), options.site);
        if (problems.length) throw new ContentCheckError('link check', problems);
        logger.info(`${checked} internal links checked, none broken`);
      },
    },
  };
}
