/**
 * Reads a document's review file from disk with friendly errors: every
 * problem names the file, the line in it and what to write instead. The
 * `yaml` package is used (not js-yaml) because it keeps source positions,
 * so a schema error points at the line a person edits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import { reviewSchema, type Review } from './review-schema.ts';

export const reviewPath = (root: string, document: string) => join(root, 'src/data/documents', document, 'review.yaml');

export class ReviewFileError extends Error {}

/** Finds the YAML node at a schema issue's path, to report its line. */
function nodeAt(root: Node | null | undefined, path: readonly PropertyKey[]): Node | undefined {
  let node: unknown = root;
  let last: Node | undefined = root ?? undefined;
  for (const key of path) {
    if (isMap(node)) node = node.get(key as string, true);
    else if (isSeq(node)) node = node.get(key as number, true);
    else break;
    if (node && typeof node === 'object' && 'range' in node) last = node as Node;
    else break;
  }
  return last;
}

const locators = new WeakMap<object, (path: readonly PropertyKey[]) => number | undefined>();

/**
 * The line in its review file of a field named as the engine names it
 * ("notes[3].after (en-x)", "paragraphs.breakAfter[0]"), when the review was
 * read by parseReview; so that a message can name the line to edit.
 */
export function reviewLineOf(review: object, where: string): number | undefined {
  const path = where
    .replace(/\s*\(.*\)$/, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  return locators.get(review)?.(path);
}

/** Parses and validates review-file text; `label` is the path shown in messages. */
export function parseReview(text: string, label: string): Review {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new ReviewFileError(`${label}:${e.linePos?.[0]?.line ?? 1}: not valid YAML: ${e.message.split('\n')[0]}`);
  }
  const parsed = reviewSchema.safeParse(doc.toJS());
  if (parsed.success) {
    locators.set(parsed.data, (path) => {
      const node = nodeAt(doc.contents, path);
      return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    });
    return parsed.data;
  }
  const problems = parsed.error.issues.map((issue) => {
    const node = nodeAt(doc.contents, issue.path);
    const at = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    return `${label}:${at}: ${where}: ${issue.message}`;
  });
  throw new ReviewFileError(`${problems.join('\n')}\nFix these in ${label}; the fields are described in src/lib/import/review-schema.ts.`);
}

/** The review file of a document, or undefined when it has none yet. */
export function readReview(root: string, document: string): Review | undefined {
  const path = reviewPath(root, document);
  if (!existsSync(path)) return undefined;
  return parseReview(readFileSync(path, 'utf8'), relative(root, path));
}
