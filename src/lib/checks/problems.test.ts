import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { ContentCheckError, formatProblems, isProblem, location, parseJsonFile, parseYamlFile, schemaProblems, type LocatedData } from './problems.ts';

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
