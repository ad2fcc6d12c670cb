#!/usr/bin/env node
/**
 * npm run import -- <text file> [--write | --out <dir>]
 *
 * Turns a text dump into MDX pages. A document with a review file
 * (src/data/documents/<document>/review.yaml) is imported from it through the
 * one engine; a new document gets draft pages and a proposed review file
 * from the heuristics. Pages go to drafts/<document>/, or with --write into
 * src/content/documents/<document>/, or into --out <dir>.
 *
 * Re-importing regenerates the pages from the review file. A page edited by
 * hand since the last import is never overwritten: the import stops and says
 * to put the change into the review file instead.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { documentIdFor, decodeDump, ImportInputError } from '../src/lib/import/input.ts';
import { handEditedPages, MANIFEST, sha256, type Manifest } from '../src/lib/import/manifest.ts';
import { mdxFrontmatter } from '../src/lib/import/mdx.ts';
import { proposedReviewYaml } from '../src/lib/import/propose-yaml.ts';
import { checkPages } from '../src/lib/import/draft-fidelity.ts';
import { sourceMapOf } from '../src/lib/import/engine.ts';
import { parseReview, reviewPath } from '../src/lib/import/review-fs.ts';
import { importDocument } from './import/run.ts';

const root = resolve(import.meta.dirname, '..');
const readReviewAt = (path: string) => parseReview(readFileSync(path, 'utf8'), relative(root, path));
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const USAGE = 'Usage: npm run import -- <text file> [--write | --out <dir>] [--review <review.yaml>]';
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) fail(`${name} needs a value. ${USAGE}`);
  return value;
};
const outArg = option('--out');
const reviewArg = option('--review');
const optionValues = new Set([outArg, reviewArg]);
const sourceArg = args.find((a) => !a.startsWith('--') && !optionValues.has(a));
if (!sourceArg) fail(USAGE);
const write = args.includes('--write');
if (write && outArg) fail('Use either --write (into src/content/documents/) or --out <dir>, not both.');

const sourcePath = resolve(sourceArg!);
if (!existsSync(sourcePath)) fail(`${sourceArg}: no such file. Copy the dump into sources/ first.`);
if (statSync(sourcePath).isDirectory()) fail(`${sourceArg} is a directory; give the text file to import.`);
const file = basename(sourcePath);
const document = documentIdFor(file);

let text: string;
try {
  text = decodeDump(readFileSync(sourcePath), sourceArg!);
} catch (error) {
  if (error instanceof ImportInputError) fail(error.message);
  throw error;
}

const target = outArg ? resolve(outArg) : join(root, write ? 'src/content/documents' : 'drafts', document);
// The review file: --review; else the document's, in src/data/documents/<document>/; else one kept beside
// the pages (a proposal a person is editing for a document outside this site).
const besidePages = join(target, 'review.yaml');
const reviewFile = reviewArg ? resolve(reviewArg) : !existsSync(reviewPath(root, document)) && !write && existsSync(besidePages) ? besidePages : undefined;

let result: Awaited<ReturnType<typeof importDocument>>;
try {
  result = await importDocument(root, document, file, text!, reviewFile);
} catch (error) {
  fail(`Import of ${sourceArg} stopped:\n${(error as Error).message}`);
}

const next = new Map(result!.pages.map((p) => [`${p.slug}.mdx`, `${mdxFrontmatter(p.frontmatter)}\n${p.body}`]));

// Refuse to overwrite hand edits.
mkdirSync(target, { recursive: true });
const manifestPath = join(target, MANIFEST);
const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : undefined;
const existing = new Map(
  readdirSync(target)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => [name, readFileSync(join(target, name), 'utf8')] as const),
);
const edited = handEditedPages(existing, manifest, next);
if (edited.length) {
  const review = reviewFile
    ? relative(root, reviewFile)
    : result!.via === 'profile'
      ? `its import profile scripts/import/profiles/${document}.ts (this document is not migrated to a review file yet)`
      : relative(root, reviewPath(root, document));
  fail(
    `${edited.map((name) => relative(root, join(target, name))).join(', ')} ${edited.length === 1 ? 'was' : 'were'} edited by hand since the last import; ` +
      `re-importing would lose ${edited.length === 1 ? 'that edit' : 'those edits'}, so nothing was written.\n` +
      `Generated pages are not edited directly: put the change into ${review} (headings, notes, page split, …; see README “Adding a document”), ` +
      `then undo the hand edit (git checkout -- <page>) and import again.`,
  );
}
for (const name of existing.keys()) rmSync(join(target, name));
const written: Manifest = {};
for (const [name, content] of next) {
  writeFileSync(join(target, name), content);
  written[name] = sha256(content);
}
writeFileSync(manifestPath, `${JSON.stringify(written, null, 2)}\n`);

if (result!.via === 'draft') {
  const proposed = write ? reviewPath(root, document) : besidePages;
  mkdirSync(join(proposed, '..'), { recursive: true });
  writeFileSync(proposed, proposedReviewYaml(result!.proposal, file));
  console.log(`No review file for ${document}: proposed one at ${relative(root, proposed)}.`);
  console.log(`Edit it (headings and ids, pages, figures, tables, notes), move it to ${relative(root, reviewPath(root, document))} if it is not there, and import again.`);
}
if (result!.via !== 'profile') {
  // The same sentence check the site's fidelity test runs on the built pages, here on the MDX.
  const lines = text!.replace(/\n$/, '').split('\n');
  const map = result!.via === 'draft' ? sourceMapOf(result!.proposal.review) : sourceMapOf(readReviewAt(reviewFile ?? reviewPath(root, document)));
  const report = checkPages(result!.pages, map, lines);
  const problems = [...report.missing.map((s) => `missing: ${s}`), ...report.outOfOrder.map((s) => `out of order: ${s}`), ...report.duplicated.map((d) => `repeated: ${d.sentence}`)];
  console.log(
    problems.length === 0
      ? `Fidelity: all ${report.sentences} sentences of the source are on the pages once, in order.`
      : `Fidelity: ${problems.length} of ${report.sentences} sentences are not published once in order; fix the review file:\n  ${problems.slice(0, 5).map((p) => p.slice(0, 120)).join('\n  ')}`,
  );
}
const from = result!.via === 'review' ? relative(root, reviewFile ?? reviewPath(root, document)) : result!.via === 'profile' ? 'its legacy profile' : 'the draft heuristics';
console.log(`${document}: ${next.size} pages written to ${relative(root, target) || '.'} (from ${from}).`);
