import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkGeneratedDocuments } from './check.ts';

const ROOT = join(import.meta.dirname, '../../..');
const DOC = 'newsletter-2019-05-20';
/** A copy of one document's source, review file and pages, to break. */
const copy = mkdtempSync(join(tmpdir(), 'import-check-'));
for (const dir of ['sources', 'src/data/documents', 'src/content/documents']) mkdirSync(join(copy, dir), { recursive: true });
cpSync(join(ROOT, 'sources', `${DOC}.txt`), join(copy, 'sources', `${DOC}.txt`));
cpSync(join(ROOT, 'src/data/documents', DOC), join(copy, 'src/data/documents', DOC), { recursive: true });
cpSync(join(ROOT, 'src/content/documents', DOC), join(copy, 'src/content/documents', DOC), { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('checkGeneratedDocuments', () => {
  it('finds nothing wrong in this repository', () => {
    expect(checkGeneratedDocuments(ROOT)).toEqual([]);
  });

  it('reports a hand-edited page with its line and says to use the review file', () => {
    const page = join(copy, 'src/content/documents', DOC, 'basics.mdx');
    const lines = readFileSync(page, 'utf8').split('\n');
    lines[12] = `${lines[12]}（手工修改）`;
    writeFileSync(page, lines.join('\n'));
    expect(checkGeneratedDocuments(copy)).toEqual([
      `src/content/documents/${DOC}/basics.mdx:13: differs from what the importer makes from src/data/documents/${DOC}/review.yaml; generated pages are not edited by hand: put the change into src/data/documents/${DOC}/review.yaml and run npm run import -- sources/${DOC}.txt --write`,
    ]);
  });
});
