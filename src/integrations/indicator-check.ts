/**
 * Astro integration: before the build, assembles every indicator, checks each
 * point at its cited source line (the chart provenance checker) and fails the
 * build naming the file, line and fix; then prints every disagreement between
 * documents, so that a new document's conflicting number is seen at once.
 */
import type { AstroIntegration } from 'astro';
import { formatDisagreement } from '../lib/indicators/disagreements.ts';
import { formatProblems, loadIndicators } from '../lib/indicators/load.ts';

export default function indicatorCheck(options: { root: string; dir?: string }): AstroIntegration {
  return {
    name: 'indicator-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { indicators, disagreements, documents, problems } = loadIndicators(options.root, options.dir);
        if (problems.length) {
          throw new Error(`${problems.length} indicator problem(s):\n${formatProblems(problems)}`);
        }
        const points = indicators.reduce((n, i) => n + i.points.length, 0);
        const between = disagreements.filter((d) => d.kind === 'between-documents').length;
        logger.info(`${indicators.length} indicators, ${points} points checked at their source lines; ${disagreements.length} disagreements (${between} between documents):`);
        for (const d of disagreements) logger.info(`  ${formatDisagreement(d, documents)}`);
      },
    },
  };
}
