/**
 * The source texts in sources/ are the originals and are never edited. A
 * manifest (src/data/provenance/source-hashes.json) records each file's SHA-256 and a
 * short hash of every line, so the build can say which line changed, even
 * when the change is on a line no page publishes. Written by
 * `npm run sources:manifest` when a new source is added.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from './problems.ts';

export const MANIFEST_FILE = 'src/data/provenance/source-hashes.json';
/** Hex digits kept per line: enough to tell a changed line, small enough for ~10,000 lines. */
const LINE_HASH = 8;

export interface SourceHash {
  sha256: string;
  lines: number;
  /** LINE_HASH hex digits per line, concatenated. */
  lineHashes: string;
}
export type SourceManifest = Record<string, SourceHash>;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export function hashSource(bytes: Buffer): SourceHash {
  const lines = bytes.toString('utf8').split('\n');
  return { sha256: sha256(bytes), lines: lines.length, lineHashes: lines.map((l) => sha256(l).slice(0, LINE_HASH)).join('') };
}

export function sourceFiles(root: string): string[] {
  return readdirSync(join(root, 'sources'))
    .filter((n) => n.endsWith('.txt'))
    .sort();
}

export function buildManifest(root: string): SourceManifest {
  return Object.fromEntries(sourceFiles(root).map((name) => [name, hashSource(readFileSync(join(root, 'sources', name)))]));
}

/** The first line (1-based) whose hash differs, comparing from the start. */
function firstChangedLine(expected: SourceHash, actual: SourceHash): number {
  const n = Math.min(expected.lines, actual.lines);
  for (let i = 0; i < n; i++) {
    const at = i * LINE_HASH;
    if (expected.lineHashes.slice(at, at + LINE_HASH) !== actual.lineHashes.slice(at, at + LINE_HASH)) return i + 1;
  }
  return n + 1;
}

const RESTORE = 'Sources are never edited: restore the original (`git checkout -- sources/`); corrections belong in a 编者注, not in the source.';

export function checkSources(root: string): ContentProblem[] {
  const path = join(root, MANIFEST_FILE);
  if (!existsSync(path)) return [{ file: MANIFEST_FILE, problem: 'the manifest of source hashes is missing', fix: 'Run `npm run sources:manifest` once and commit the file.' }];
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as SourceManifest;
  const problems: ContentProblem[] = [];
  const present = sourceFiles(root);
  for (const name of present) {
    const file = `sources/${name}`;
    const expected = manifest[name];
    if (!expected) {
      problems.push({ file, problem: 'this source is not in the manifest of source hashes', fix: 'After checking it is the original text, run `npm run sources:manifest` and commit src/data/provenance/source-hashes.json.' });
      continue;
    }
    const bytes = readFileSync(join(root, 'sources', name));
    const actual = hashSource(bytes);
    if (actual.sha256 === expected.sha256) continue;
    const text = bytes.toString('utf8');
    if (text.includes("\r\n") && hashSource(Buffer.from(text.replaceAll("\r\n", "\n"))).sha256 === expected.sha256) {
      problems.push({ file, line: 1, problem: 'the file’s line endings were changed to CRLF', fix: 'Check it out again with LF endings (`git add --renormalize . && git checkout -- sources/`); .gitattributes keeps text files LF.' });
      continue;
    }
    const line = firstChangedLine(expected, actual);
    const count = actual.lines === expected.lines ? '' : ` (it has ${actual.lines} lines, the original ${expected.lines})`;
    problems.push({ file, line, problem: `the source differs from the original from line ${line} on${count}`, fix: RESTORE });
  }
  for (const name of Object.keys(manifest)) {
    if (!present.includes(name)) problems.push({ file: `sources/${name}`, problem: 'this source is missing', fix: RESTORE });
  }
  return problems;
}
