#!/usr/bin/env node
/**
 * npm run import -- <source file> [--write] [--out <dir>]
 *
 * Turns a source text dump into draft MDX pages with the shared cleaning
 * rules and the document's source map (src/data/source-maps/<document>.json)
 * and profile (scripts/import/profiles/<document>.ts). A new dump without them
 * gets a proposed source map and the generic profile.
 *
 * Drafts go to drafts/<document>/ unless --write puts them into
 * src/content/documents/<document>/. After review, the committed MDX is the
 * source of truth: re-importing overwrites hand edits, so use --write only
 * for a document whose profile carries all its review decisions.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { genericProfile, proposeSourceMap } from '../src/lib/import/generic.ts';
import { mdxFrontmatter } from '../src/lib/import/mdx.ts';
import type { DocumentProfile } from '../src/lib/import/profile.ts';
import { applySourceMap, type SourceMap } from '../src/lib/source-map.ts';
import { readSourceMap } from '../src/lib/source-map-fs.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const sourceArg = args.find((a) => !a.startsWith('--'));
if (!sourceArg) {
  console.error('Usage: npm run import -- sources/<file>.txt [--write] [--out <dir>]');
  process.exit(2);
}
const sourcePath = resolve(sourceArg);
if (!existsSync(sourcePath)) {
  console.error(`${sourceArg}: no such file. Copy the dump into sources/ first.`);
  process.exit(2);
}
const file = basename(sourcePath);
const document = file.replace(/\.txt$/, '');
const lines = readFileSync(sourcePath, 'utf8').replace(/\n$/, '').split('\n');

const existingMap = readSourceMap(root, document);
const map: SourceMap = existingMap ?? proposeSourceMap(file, lines);
if (!existingMap) console.log(`No source map for ${document}; proposing one with ${map.drop.length} dropped lines.`);

const profilePath = join(root, 'scripts/import/profiles', `${document}.ts`);
const profile: DocumentProfile = existsSync(profilePath)
  ? ((await import(pathToFileURL(profilePath).href)) as { default: DocumentProfile }).default
  : genericProfile;

const mapped = applySourceMap(map, lines);
const pages = profile.pages({ document, file, lines, map, mapped });

const write = args.includes('--write');
const outIndex = args.indexOf('--out');
const target = outIndex !== -1 ? resolve(args[outIndex + 1]!) : join(root, write ? 'src/content/documents' : 'drafts', document);
if (existsSync(target)) {
  for (const name of readdirSync(target)) if (name.endsWith('.mdx')) rmSync(join(target, name));
}
mkdirSync(target, { recursive: true });
for (const page of pages) {
  writeFileSync(join(target, `${page.slug}.mdx`), `${mdxFrontmatter(page.frontmatter)}\n${page.body}`);
}
if (!existingMap) {
  const draftMap = join(target, `${document}.source-map.json`);
  writeFileSync(draftMap, `${JSON.stringify(map, null, 2)}\n`);
  console.log(`Proposed source map: ${draftMap} (review, then move to src/data/source-maps/)`);
}
console.log(`${document}: ${pages.length} pages written to ${target} (profile: ${profile.document})`);
