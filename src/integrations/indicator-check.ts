/**
 * Astro integration: before the build, assembles every indicator, checks each
 * point at its cited source line (the chart provenance checker) and fails the
 * build naming the file, line and fix; then prints every disagreement between
 * documents, so that a new document's conflicting number is seen at once.
 */
import type { AstroIntegration } from 'astro';
import { asContentProblem } from '../lib/checks/problems.ts';
import { contentCheckIntegration } from '../lib/checks/integration.ts';
import { formatDisagreement } from '../lib/indicators/disagreements.ts';
import { loadIndicators } from '../lib/indicators/load.ts';

export default function indicatorCheck(options: { root: string; dir?: string }): AstroIntegration {
  let loaded: ReturnType<typeof loadIndicators> | undefined;
  return contentCheckIntegration({
    name: 'indicator-check',
    root: options.root,
    // In the dev server the pages themselves report bad indicator files (indicatorRegistry).
    commands: ['build'],
    run: (root) => {
      loaded = loadIndicators(root, options.dir);
      return { check: 'indicator check', problems: loaded.problems.map(asContentProblem) };
    },
    passed: (logger) => {
      const { indicators, disagreements, documents } = loaded!;
      const points = indicators.reduce((n, i) => n + i.points.length, 0);
      const between = disagreements.filter((d) => d.kind === 'between-documents').length;
      logger.info(`${indicators.length} indicators, ${points} points checked at their source lines; ${disagreements.length} disagreements (${between} between documents):`);
      for (const d of disagreements) logger.info(`  ${formatDisagreement(d, documents)}`);
    },
  });
}
