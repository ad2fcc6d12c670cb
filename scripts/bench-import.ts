#!/usr/bin/env node
/**
 * npm run bench:import
 *
 * Imports each source in sources/ as a new document would be imported: under
 * a new name, with no review file and no source map, so only the engine's
 * heuristics apply. Compares the draft with the reviewed, committed pages and
 * prints heading recall / precision and the share of reviewed paragraphs the
 * draft reproduces identically; then the same for the two generated dumps of
 * draft.test.ts, against the truth their generator knows. Prints; the targets are asserted
 * by scripts/import/fresh-drafts.test.ts (the five sources) and draft.test.ts (generated dumps).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DRAFT_TARGETS, draftOutline, parseMdxPage, scoreDraft, scoreFreshDraft } from '../src/lib/import/bench.ts';
import { draftImport } from '../src/lib/import/draft.ts';
import { generateReportDump, generateTrainingPackDump } from '../src/lib/import/report-dump.test-helper.ts';

const root = resolve(import.meta.dirname, '..');
const documentsDir = join(root, 'src/content/documents');
const documents = readdirSync(documentsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const pct = (x: number) => `${Math.round(x * 100)} %`;
const rows: string[] = [];
let worst = { recall: 1, precision: 1, share: 1 };
for (const document of documents) {
  const dir = join(documentsDir, document);
  const reviewed = readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => parseMdxPage(n.replace(/\.mdx$/, ''), readFileSync(join(dir, n), 'utf8')));
  const text = readFileSync(join(root, 'sources', `${document}.txt`), 'utf8');
  const started = performance.now();
  const score = scoreFreshDraft(document, text, reviewed);
  const ms = performance.now() - started;
  worst = {
    recall: Math.min(worst.recall, score.headings.recall),
    precision: Math.min(worst.precision, score.headings.precision),
    share: Math.min(worst.share, score.paragraphs.share),
  };
  rows.push(
    `| ${document} | ${pct(score.headings.recall)} / ${pct(score.headings.precision)} (${score.headings.matched} of ${score.headings.reviewed}; ${score.headings.draft} proposed) | ${pct(score.paragraphs.share)} (${score.paragraphs.identical} of ${score.paragraphs.reviewed}) | ${ms.toFixed(0)} ms |`,
  );
}
// Two generated documents nobody tuned the heuristics on (src/lib/import/draft.test.ts), scored against
// the truth their generator knows rather than a reviewed page.
for (const [name, dump] of [
  ['(generated report)', generateReportDump()],
  ['(generated training pack)', generateTrainingPackDump()],
] as const) {
  const started = performance.now();
  const draft = draftImport('bench-generated', 'bench-generated.txt', dump.text);
  const ms = performance.now() - started;
  const truth = { headings: dump.headings.map((h) => h.text.replace(/[\s\u3000]+/g, '')), paragraphs: dump.paragraphs };
  const score = scoreDraft(truth, draftOutline(draft.pages));
  rows.push(
    `| ${name} | ${pct(score.headings.recall)} / ${pct(score.headings.precision)} (${score.headings.matched} of ${score.headings.reviewed}; ${score.headings.draft} proposed) | ${pct(score.paragraphs.share)} (${score.paragraphs.identical} of ${score.paragraphs.reviewed}) | ${ms.toFixed(0)} ms |`,
  );
}
console.log('| document | headings found (recall / precision) | paragraphs identical to the reviewed page | import time |');
console.log('|---|---|---|---|');
for (const row of rows) console.log(row);
console.log(`\nworst: recall ${pct(worst.recall)}, precision ${pct(worst.precision)}, identical paragraphs ${pct(worst.share)} (targets: ${pct(DRAFT_TARGETS.recall)}, ${pct(DRAFT_TARGETS.precision)}, ${pct(DRAFT_TARGETS.identicalParagraphs)})`);
