/**
 * The site's one friendly error map: every content check reports problems as
 * { file, line, problem, fix }, and this module turns them (and Zod issues,
 * JSON and YAML syntax errors) into one message that names the file a person
 * edits, the line, and the fix in one sentence. In the spirit of Starlight's
 * utils/error-map.ts: no raw Zod dumps, no ":0:0" locations, no hints about
 * the build's internals.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export interface ContentProblem {
  /** Repository path of the file a person edits, e.g. "src/data/charts/x/fig-1-1.json". */
  file: string;
  /** 1-based line in that file, when there is one. */
  line?: number | undefined;
  /** What is wrong, in one sentence. */
  problem: string;
  /** What to do about it, in one sentence. */
  fix: string;
}

/** A build stage's failure: the formatted problems, and the problems themselves for tests. */
export class ContentCheckError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(check: string, problems: readonly ContentProblem[]) {
    super(formatProblems(check, problems));
    this.name = 'ContentCheckError';
    this.problems = problems;
    // The message says it all; a stack trace of the checker would only distract.
    this.stack = this.message;
  }

  /**
   * Astro guesses hints from an error's string form ("document" or "window"
   * in it → "Browser APIs are not available on the server"); file paths such
   * as src/content/documents/ would trigger that unrelated hint.
   */
  override toString(): string {
    return `${this.name}: ${this.problems.length} problem(s) in the content`;
  }
}

/** "src/x.json:12" or "src/x.json" (never ":0"). */
export function location(problem: Pick<ContentProblem, 'file' | 'line'>): string {
  return problem.line && problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
}

const SHOWN = 40;

export function formatProblems(check: string, problems: readonly ContentProblem[]): string {
  const more = problems.length > SHOWN ? `\n  … and ${problems.length - SHOWN} more of the same kind.` : '';
  return `${check}: ${problems.length} problem(s) in the content\n${problemLines(problems.slice(0, SHOWN))}${more}`;
}

/** Each problem as two indented lines: "file:line: problem" and "Fix: …". */
export function problemLines(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `  ${location(p)}: ${p.problem}\n    Fix: ${p.fix}`).join('\n');
}

/** A check that words its problems as `message` (editorial, indicators) speaks the error map's shape. */
export function asContentProblem(p: { file: string; line?: number | undefined; message: string; fix: string }): ContentProblem {
  return { file: p.file, line: p.line, problem: p.message, fix: p.fix };
}

/** Throws a ContentCheckError when there are problems. */
export function failOn(check: string, problems: readonly ContentProblem[]): void {
  if (problems.length > 0) throw new ContentCheckError(check, problems);
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** 1-based line of the first line containing `needle`, if any. */
export function lineOf(text: string, needle: string, from = 1): number | undefined {
  const lines = text.split('\n');
  for (let i = Math.max(0, from - 1); i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  return undefined;
}

type Path = readonly PropertyKey[];

/** Parsed JSON with a way to find the line of any value in it. */
export interface LocatedData {
  data: unknown;
  lineOf(path: Path): number | undefined;
}

/** Parses JSON text; a syntax error becomes a problem naming its line. */
export function parseJsonFile(file: string, text: string): LocatedData | ContentProblem {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !tree) {
    const error = errors[0];
    return {
      file,
      line: error ? lineAt(text, error.offset) : 1,
      problem: `the file is not valid JSON (${error ? printParseErrorCode(error.error) : 'empty file'})`,
      fix: 'Correct the JSON syntax at that line (quotes, commas, brackets); an editor with JSON support shows where.',
    };
  }
  return {
    data: JSON.parse(text) as unknown,
    lineOf: (path) => {
      // The deepest part of the path that exists: a missing key is reported where its object is.
      for (let n = path.length; n >= 0; n--) {
        const node = findNodeAtLocation(tree, path.slice(0, n).map((p) => (typeof p === 'number' ? p : String(p))));
        if (node) return lineAt(text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
      }
      return undefined;
    },
  };
}

/** Parses YAML text; a syntax error becomes a problem naming its line. */
export function parseYamlFile(file: string, text: string): LocatedData | ContentProblem {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    // At the start of a line the parser has run into it from an unfinished previous line ("[a" without "]"): name that one.
    const at = counter.linePos(error.pos[0]);
    return {
      file,
      line: at.col === 1 && at.line > 1 ? at.line - 1 : at.line,
      problem: `the file is not valid YAML (${error.message.split('\n')[0]})`,
      fix: 'Correct the YAML at that line: indentation, a missing colon, or quote a value that holds ": " or starts with a special character.',
    };
  }
  return {
    data: document.toJS() as unknown,
    lineOf: (path) => {
      let node: unknown = document.contents;
      let found: YamlNode | undefined = node as YamlNode;
      for (const key of path) {
        let next: unknown;
        if (isMap(node)) {
          const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
          next = pair?.value ?? pair?.key;
        } else if (isSeq(node) && typeof key === 'number') next = node.items[key];
        if (!next) break;
        node = next;
        found = next as YamlNode;
      }
      const start = found?.range?.[0];
      return start === undefined ? undefined : counter.linePos(start).line;
    },
  };
}

export function isProblem(value: unknown): value is ContentProblem {
  return typeof value === 'object' && value !== null && 'problem' in value && 'fix' in value && 'file' in value;
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  received?: unknown;
  keys?: string[];
  values?: unknown[];
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  format?: string;
  pattern?: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

function fieldName(path: Path): string {
  if (path.length === 0) return 'the file';
  return `\`${path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replaceAll('.[', '[')}\``;
}

function actualType(data: unknown, path: Path): string {
  let value = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'a group of fields' : `${typeof value} ${String(value)}`;
}

/**
 * One readable sentence per schema issue, in place of Zod's dump: which field,
 * what it holds, what it should hold.
 */
export function schemaProblems(file: string, located: LocatedData, issues: readonly ZodIssueLike[], what: string): ContentProblem[] {
  return issues.map((issue) => {
    const path = issue.path;
    const field = fieldName(path);
    const got = actualType(located.data, path);
    let problem: string;
    switch (issue.code) {
      case 'invalid_type':
        problem =
          got === 'missing'
            ? `${field} is missing`
            : `${field} should be ${TYPE_NAMES[String(issue.expected)] ?? String(issue.expected)}, but is ${got}`;
        break;
      case 'unrecognized_keys':
        problem = `unknown field(s) ${(issue.keys ?? []).map((k) => `\`${k}\``).join(', ')} in ${field}`;
        break;
      case 'invalid_value':
      case 'invalid_enum_value':
        problem = `${field} is ${got}, but must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
        break;
      case 'too_small':
        problem = `${field} is too short or too small (${got}; at least ${String(issue.minimum)})`;
        break;
      case 'too_big':
        problem = `${field} is too long or too large (${got}; at most ${String(issue.maximum)})`;
        break;
      case 'invalid_union':
        problem = `${field} matches none of the allowed shapes (${got})`;
        break;
      default:
        problem = `${field}: ${issue.message}${got !== 'missing' ? ` (it is ${got})` : ''}`;
    }
    return { file, line: located.lineOf(path), problem, fix: `Correct ${field} as the ${what} format requires (see the schema's comments and a neighbouring file).` };
  });
}

/** A file's data, validated by its schema, with the way back to its lines. */
export interface ValidData<T> {
  data: T;
  located: LocatedData;
}

interface SchemaLike<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } };
}

/**
 * The one "parse and explain" path: JSON or YAML text (by the file's
 * extension) → syntax check → schema. Returns the valid data, or the
 * problems, each naming the file, the line and the fix. `what` names the
 * format and where its fields are documented, e.g.
 * "glossary entry (src/lib/glossary/schema.ts)".
 */
export function parseDataFile<T>(file: string, text: string, schema: SchemaLike<T>, what: string): ValidData<T> | ContentProblem[] {
  const located = /\.ya?ml$/.test(file) ? parseYamlFile(file, text) : parseJsonFile(file, text);
  if (isProblem(located)) return [located];
  const parsed = schema.safeParse(located.data);
  if (!parsed.success) return schemaProblems(file, located, parsed.error.issues as never, what);
  return { data: parsed.data, located };
}

/**
 * parseDataFile for the loaders that pages and scripts use (the content
 * checks have usually reported the same problems already, before anything
 * is rendered): invalid data throws a ContentCheckError with the same
 * messages.
 */
export function readDataFile<T>(file: string, text: string, schema: SchemaLike<T>, what: string): T {
  const result = parseDataFile(file, text, schema, what);
  if (Array.isArray(result)) throw new ContentCheckError(`invalid ${what.replace(/ \(.*\)$/, '')}`, result);
  return result.data;
}
