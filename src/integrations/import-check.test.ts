import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentCheckError } from '../lib/checks/problems.ts';
import importCheck, { importProblems } from './import-check.ts';

describe('the import check in the error map’s shape', () => {
  it('splits a page problem into file, line, problem and fix', () => {
    expect(
      importProblems(
        'src/content/documents/doc/a.mdx:12: differs from what the importer makes from src/data/documents/doc/review.yaml; generated pages are not edited by hand: put the change into src/data/documents/doc/review.yaml and run npm run import -- sources/doc.txt --write',
      ),
    ).toEqual([
      {
        file: 'src/content/documents/doc/a.mdx',
        line: 12,
        problem: 'differs from what the importer makes from src/data/documents/doc/review.yaml',
        fix: 'Generated pages are not edited by hand: put the change into src/data/documents/doc/review.yaml and run npm run import -- sources/doc.txt --write.',
      },
    ]);
  });
  it('gives each problem of a broken review file its line and the file’s fix', () => {
    const problems = importProblems('src/data/documents/doc/review.yaml:3: pages[0].slug: required\nsrc/data/documents/doc/review.yaml:9: notes[1].kind: unknown\nFix these in src/data/documents/doc/review.yaml; the fields are described in src/lib/import/review-schema.ts.');
    expect(problems.map((p) => [p.line, p.problem])).toEqual([
      [3, 'pages[0].slug: required'],
      [9, 'notes[1].kind: unknown'],
    ]);
    expect(problems[0]!.fix).toMatch(/^Fix these in src\/data\/documents\/doc\/review\.yaml/);
  });
});

/**
 * The integration itself, as `astro build` and `astro dev` call it, on a copy of one document whose
 * generated page was edited by hand: the build must stop with a message naming the page, its line and
 * the review file to edit instead; the dev server only logs it.
 */
describe('import check in astro build', () => {
  const ROOT = join(import.meta.dirname, '../..');
  const DOC = 'five-year-review-and-outlook';
  const copy = mkdtempSync(join(tmpdir(), 'import-check-build-'));
  for (const dir of ['sources', 'src/data/documents', 'src/content/documents']) mkdirSync(join(copy, dir), { recursive: true });
  cpSync(join(ROOT, 'sources', `${DOC}.txt`), join(copy, 'sources', `${DOC}.txt`));
  cpSync(join(ROOT, 'src/data/documents', DOC), join(copy, 'src/data/documents', DOC), { recursive: true });
  cpSync(join(ROOT, 'src/content/documents', DOC), join(copy, 'src/content/documents', DOC), { recursive: true });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  const setup = (command: 'build' | 'dev') => {
    const logged: string[] = [];
    const logger = { info: (m: string) => logged.push(`info ${m}`), error: (m: string) => logged.push(`error ${m}`), warn: () => {}, debug: () => {} };
    const hook = importCheck({ root: copy }).hooks['astro:config:setup'] as unknown as (o: unknown) => void;
    let thrown: unknown;
    try {
      hook({ command, logger, config: { root: new URL(`file://${copy}/`) } });
    } catch (error) {
      thrown = error;
    }
    return { thrown, logged };
  };

  it('passes the committed pages', () => {
    const { thrown, logged } = setup('build');
    expect(thrown).toBeUndefined();
    expect(logged).toEqual(['info generated document pages match their review files']);
  });

  it('fails the build on a hand-edited page, naming the page, the line and the review file to edit', () => {
    const page = join(copy, 'src/content/documents', DOC, 'targets.mdx');
    const original = readFileSync(page, 'utf8');
    const lines = original.split('\n');
    const at = lines.findIndex((l) => l.includes('离岸执行额首次突破'));
    expect(at).toBeGreaterThan(0);
    lines[at] = lines[at]!.replace('离岸执行额首次突破', '离岸执行额首次大幅突破');
    writeFileSync(page, lines.join('\n'));
    try {
      const { thrown } = setup('build');
      expect(thrown).toBeInstanceOf(ContentCheckError);
      const message = (thrown as Error).message;
      expect(message).toContain(`src/content/documents/${DOC}/targets.mdx:${at + 1}: differs from what the importer makes from src/data/documents/${DOC}/review.yaml`);
      expect(message).toContain(`Fix: Generated pages are not edited by hand: put the change into src/data/documents/${DOC}/review.yaml and run npm run import -- sources/${DOC}.txt --write.`);
      // The dev server keeps running and shows the same message.
      const dev = setup('dev');
      expect(dev.thrown).toBeUndefined();
      expect(dev.logged.join('\n')).toContain(`targets.mdx:${at + 1}: differs from what the importer makes from src/data/documents/${DOC}/review.yaml`);
    } finally {
      writeFileSync(page, original);
    }
  });
});
