/**
 * Writes a proposed review file as YAML a person edits: the decisions the
 * heuristics made, with comments saying what to check, the furniture they
 * dropped with the reason, and the flattened tables they could not rebuild
 * (to be rebuilt by hand; the draft keeps their text as paragraphs).
 */
import { stringify } from 'yaml';
import type { Proposal } from './heuristics.ts';

/** For each one-direction spacing: where the dump spaces, and a break it joins without a space. */
const ONE_DIRECTION = {
  'after-chinese': { spaced: 'after a Chinese character before a number or Latin word', joined: '“25” / “个” → “25个”' },
  'before-chinese': { spaced: 'after a number or Latin word before a Chinese character', joined: '“有” / “25” → “有25”' },
} as const;

export function proposedReviewYaml(proposal: Proposal, file: string): string {
  const header = [
    `# Proposed review file for ${file}, written by the importer's heuristics.`,
    '# Check and correct it, then import again: every decision about the published pages',
    '# lives here, never in code. Places are quoted phrases from one source line, or line',
    '# numbers. The fields are described in src/lib/import/review-schema.ts.',
    '#',
    '# To check: landing.title (the document title), page slugs and heading ids (stable',
    '# ASCII; they become URLs), heading levels, paragraphs.shortBelow / indentedAtMost',
    '# (display columns), furniture (every dropped line and why), figures, and tables',
    '# (rebuilt from lines split at spaces: check every cell against the PDF).',
  ];
  const spacing = proposal.review.paragraphs.spaceBetweenScripts;
  if (spacing === true) {
    header.push(
      '#',
      '# paragraphs.spaceBetweenScripts is true: this dump sets numbers and Latin words off from Chinese',
      '# with spaces inside its lines and kept no space at any line end, so a line break between',
      '# Chinese and a number is joined with a space (“有” / “25 个” → “有 25 个”). Set it to false to',
      '# join such breaks without one.',
    );
  } else if (spacing) {
    const { spaced, joined } = ONE_DIRECTION[spacing];
    header.push(
      '#',
      `# paragraphs.spaceBetweenScripts is '${spacing}': inside its lines this dump always sets a space`,
      `# ${spaced}, but only sometimes the other`,
      '# way round, and it kept no space at any line end. So a line break in the first place is',
      `# joined with a space, and one in the other without (${joined}).`,
      '# Set it to true to space both, or false to space neither.',
    );
  }
  if (proposal.tables.length) {
    header.push('#', '# Flattened tables not rebuilt (their text is kept as paragraphs in the draft; rebuild them):');
    for (const t of proposal.tables) header.push(`#   lines ${t.from}-${t.to}: ${t.caption}`);
  }
  return `${header.join('\n')}\n${stringify(proposal.review, { lineWidth: 0 })}`;
}
