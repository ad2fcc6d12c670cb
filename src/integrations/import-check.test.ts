import { describe, expect, it } from 'vitest';
import { importProblems } from './import-check.ts';

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
