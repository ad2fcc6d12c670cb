import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  asContentProblem,
  ContentCheckError,
  formatProblems,
  isProblem,
  location,
  parseDataFile,
  parseJsonFile,
  parseYamlFile,
  problemLines,
  readDataFile,
  schemaProblems,
  type LocatedData,
} from './problems.ts';

describe('the friendly error map', () => {
  it('names file and line, never ":0"', () => {
    expect(location({ file: 'a.json', line: 3 })).toBe('a.json:3');
    expect(location({ file: 'a.json', line: 0 })).toBe('a.json');
    expect(location({ file: 'a.json' })).toBe('a.json');
  });
  it('formats each problem with its fix, and counts them', () => {
    const text = formatProblems('content check “x”', [{ file: 'src/a.json', line: 2, problem: 'value is wrong', fix: 'Correct it.' }]);
    expect(text).toBe('content check “x”: 1 problem(s) in the content\n  src/a.json:2: value is wrong\n    Fix: Correct it.');
    expect(new ContentCheckError('x', []).problems).toEqual([]);
  });
  it('gives Astro no reason to add its unrelated browser-API hint', () => {
    const error = new ContentCheckError('content check “document pages”', [{ file: 'src/content/documents/a/b.mdx', problem: 'the window', fix: 'Fix it.' }]);
    expect(error.message).toContain('src/content/documents/a/b.mdx: the window');
    expect(String(error)).not.toMatch(/document|window/);
  });
  it('locates JSON values by path, and JSON syntax errors by line', () => {
    const json = parseJsonFile('a.json', '{\n  "rows": [\n    { "x": 1 },\n    { "x": "two" }\n  ]\n}\n') as LocatedData;
    expect(json.lineOf(['rows', 1, 'x'])).toBe(4);
    expect(json.lineOf(['rows', 1, 'missing'])).toBe(4);
    const broken = parseJsonFile('a.json', '{\n  "a": 1,\n  "b": 2,\n}\n');
    expect(isProblem(broken) && broken.line).toBe(4);
  });
  it('locates YAML values by path, and YAML syntax errors by line', () => {
    const yaml = parseYamlFile('a.yaml', 'slug: a\nrelated:\n  - b\n  - c\n') as LocatedData;
    expect(yaml.lineOf(['related', 1])).toBe(4);
    const broken = parseYamlFile('a.yaml', 'slug: a\nrelated: [b\ntermZh: x\n');
    expect(isProblem(broken)).toBe(true);
  });
  it('turns Zod issues into one sentence per field, with the line', () => {
    const located = parseJsonFile('a.json', '{\n  "year": "2019",\n  "kind": "bar"\n}\n') as LocatedData;
    const schema = z.object({ year: z.number(), kind: z.enum(['line', 'barY']), title: z.string() });
    const result = schema.safeParse(located.data);
    const problems = schemaProblems('a.json', located, result.error!.issues as never, 'chart dataset');
    expect(problems.map((p) => `${p.line}: ${p.problem}`)).toEqual([
      '2: `year` should be a number, but is the text "2019"',
      '3: `kind` is the text "bar", but must be one of "line", "barY"',
      '1: `title` is missing',
    ]);
    expect(problems.every((p) => p.fix.startsWith('Correct'))).toBe(true);
  });
});

describe('the one parse-and-explain path', () => {
  const schema = z.object({ slug: z.string(), year: z.number() });
  it('returns valid data with its lines', () => {
    const result = parseDataFile('src/data/x.yaml', 'slug: a\nyear: 2019\n', schema, 'thing (src/x.ts)');
    expect(Array.isArray(result)).toBe(false);
    expect(!Array.isArray(result) && result.data).toEqual({ slug: 'a', year: 2019 });
  });
  it('explains a schema problem at its line, in JSON and YAML alike', () => {
    const json = parseDataFile('src/data/x.json', '{\n  "slug": "a",\n  "year": "2019"\n}\n', schema, 'thing (src/x.ts)');
    const yaml = parseDataFile('src/data/x.yaml', 'slug: a\nyear: "2019"\n', schema, 'thing (src/x.ts)');
    expect(json).toEqual([{ file: 'src/data/x.json', line: 3, problem: '`year` should be a number, but is the text "2019"', fix: expect.stringContaining('thing (src/x.ts)') }]);
    expect(Array.isArray(yaml) && yaml.map((p) => `${p.line}: ${p.problem}`)).toEqual(['2: `year` should be a number, but is the text "2019"']);
  });
  it('throws the same messages for the loaders, with file, line and fix', () => {
    expect(() => readDataFile('src/data/x.json', '{\n  "slug": 1,\n  "year": 2019\n}\n', schema, 'thing (src/x.ts)')).toThrow(
      /^invalid thing: 1 problem\(s\) in the content\n {2}src\/data\/x\.json:2: `slug` should be text in quotes, but is number 1\n {4}Fix: /,
    );
    expect(() => readDataFile('src/data/x.json', '{\n  "slug": "a",\n}\n', schema, 'thing')).toThrow(/src\/data\/x\.json:3: the file is not valid JSON/);
  });
  it('words other checks’ problems in the same shape', () => {
    expect(problemLines([asContentProblem({ file: 'a.yaml', line: 2, message: 'wrong', fix: 'Fix it.' })])).toBe('  a.yaml:2: wrong\n    Fix: Fix it.');
  });
});
