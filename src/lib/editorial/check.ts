/**
 * The editorial check the build runs (src/integrations/editorial-check.ts):
 * every glossary card shows the source's definition or says 编者释义
 * (glossary-card.ts), and every text the editors wrote (编者注 in the
 * documents, notes and bases in src/data) describes the source, not the
 * site's plans, and writes its markers of outside knowledge and inference in
 * the one form of editorial-text.ts. Each problem names the file a person
 * edits, the line and the fix.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { findEditorNotes } from './editor-notes.ts';
import { findSitePlanPhrases, readMarkers } from './text-rules.ts';
import { cardProblem } from '../glossary/card.ts';
import { asContentProblem, problemLines } from '../checks/problems.ts';
import { GLOSSARY_DIR } from '../glossary/glossary-fs.ts';
import type { GlossaryEntry } from '../glossary/schema.ts';

export interface EditorialProblem {
  /** Path from the project root, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  message: string;
  fix: string;
}

/** One piece of the editors' own text and where it is written. */
export interface EditorText {
  file: string;
  /** Line where the text starts. */
  line: number;
  text: string;
  /** What the text is, for the message: "编者注 en-zj-fig-1", "note". */
  what: string;
}

export const DOCUMENTS_DIR = 'src/content/documents';
export const DATA_DIR = 'src/data';
/** Components and routes: their Chinese text (fallback notes such as “原图未随文本保存”) is the site's words too. */
export const TEMPLATE_DIRS = ['src/components', 'src/pages'] as const;
const TEMPLATE_TEXT = 'template text';
/**
 * Keys whose string values (or lists of strings) in src/data are the editors'
 * words shown to readers. Source wording lives under other keys (text, quote).
 */
export const EDITOR_TEXT_KEYS: ReadonlySet<string> = new Set(['note', 'notes', 'basis', 'dateNote', 'publisherBasis', 'provenance']);

function files(root: string, dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const name of readdirSync(abs).sort()) {
      const path = join(abs, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (extensions.some((ext) => name.endsWith(ext))) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  try {
    walk(join(root, dir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return out;
}

const lineAt = (raw: string, offset: number) => raw.slice(0, offset).split('\n').length;

/**
 * Where a string value starts in its file: the first occurrence at or after
 * `from` of its opening characters (JSON and YAML may escape or fold the rest).
 */
function locate(raw: string, text: string, from: number): number {
  for (const length of [16, 8, 4, 2]) {
    const head = [...text].slice(0, length).join('');
    if (/["\\\n]/.test(head)) continue;
    const at = raw.indexOf(head, from);
    if (at !== -1) return at;
    const anywhere = raw.indexOf(head);
    if (anywhere !== -1) return anywhere;
  }
  return -1;
}

/** The editors' texts in one parsed data file (JSON or YAML), in file order. */
export function editorTextsOfData(file: string, raw: string, data: unknown): EditorText[] {
  const texts: EditorText[] = [];
  let cursor = 0;
  const add = (text: string, what: string) => {
    const at = locate(raw, text, cursor);
    if (at !== -1) cursor = at;
    texts.push({ file, line: at === -1 ? 1 : lineAt(raw, at), text, what });
  };
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    // An object with an editor note's id ("en-…") is a note wherever it is kept.
    const isNote = typeof object.id === 'string' && /^en-[a-z0-9-]+$/.test(object.id);
    // A definition the editors wrote, and the glossary card drawn from it.
    const definition = object.definition as { editorial?: unknown; text?: unknown } | undefined;
    for (const [key, child] of Object.entries(object)) {
      const strings = typeof child === 'string' ? [child] : Array.isArray(child) && child.every((c) => typeof c === 'string') ? (child as string[]) : [];
      const editors =
        EDITOR_TEXT_KEYS.has(key) ||
        (isNote && (key === 'text' || key === 'body')) ||
        (key === 'text' && object.editorial === true) ||
        (key === 'shortDefinition' && definition?.editorial === true);
      if (editors && strings.length) strings.forEach((s) => add(s, key));
      else walk(child);
    }
  };
  walk(data);
  return texts;
}

/** Every 编者注 of the document pages, every editors' text in src/data and the text of the site's templates. */
export function collectEditorTexts(root: string): EditorText[] {
  const texts: EditorText[] = [];
  for (const dir of TEMPLATE_DIRS) {
    for (const file of files(root, dir, ['.astro'])) texts.push({ file, line: 1, text: readFileSync(join(root, file), 'utf8'), what: TEMPLATE_TEXT });
  }
  for (const file of files(root, DOCUMENTS_DIR, ['.mdx'])) {
    for (const note of findEditorNotes(readFileSync(join(root, file), 'utf8'))) {
      texts.push({ file, line: note.line, text: note.text, what: `编者注 ${note.id}` });
    }
  }
  for (const file of files(root, DATA_DIR, ['.json', '.yaml', '.yml'])) {
    const raw = readFileSync(join(root, file), 'utf8');
    const data = file.endsWith('.json') ? JSON.parse(raw) : yaml.load(raw);
    texts.push(...editorTextsOfData(file, raw, data));
  }
  return texts;
}

export function checkEditorTexts(texts: readonly EditorText[], read: (file: string) => string | undefined = () => undefined): EditorialProblem[] {
  const problems: EditorialProblem[] = [];
  for (const text of texts) {
    // Templates show the 〔原文未载〕 label and its 依据 in separate elements (the city pages); their markers are not checked.
    const markers = text.what === TEMPLATE_TEXT ? [] : readMarkers(text.text).problems;
    const found = [...findSitePlanPhrases(text.text), ...markers].sort((a, b) => a.index - b.index);
    if (!found.length) continue;
    const raw = read(text.file);
    const document = text.file.slice(DOCUMENTS_DIR.length + 1).split('/')[0];
    const generated = text.file.startsWith(`${DOCUMENTS_DIR}/`)
      ? ` (the page is generated: change the note in src/data/documents/${document}/review.yaml, or in scripts/import/profiles/ for a document without one, and re-import)`
      : '';
    // Each problem's line: where its words are in the file, searching on from the previous one.
    let from = raw === undefined ? 0 : raw.split('\n').slice(0, text.line - 1).join('\n').length;
    for (const problem of found) {
      const at = raw === undefined ? -1 : raw.indexOf(problem.found, from);
      if (at !== -1) from = at + problem.found.length;
      problems.push({
        file: text.file,
        line: at === -1 ? text.line : lineAt(raw!, at),
        message: `${text.what}: ${problem.message}`,
        fix: `${problem.fix}${generated}`,
      });
    }
  }
  return problems;
}

/** Every glossary entry's card: quoted (shortened only with …) or 编者释义. */
export function checkGlossaryCards(root: string): EditorialProblem[] {
  const problems: EditorialProblem[] = [];
  for (const file of files(root, GLOSSARY_DIR, ['.yaml'])) {
    const raw = readFileSync(join(root, file), 'utf8');
    const entry = yaml.load(raw) as Partial<GlossaryEntry> | undefined;
    if (!entry?.definition || typeof entry.definition.text !== 'string') continue; // the schema reports it
    const problem = cardProblem({ shortDefinition: entry.shortDefinition, definition: entry.definition });
    if (!problem) continue;
    const key = /^shortDefinition:/m.exec(raw) ?? /^definition:/m.exec(raw);
    problems.push({ file, line: key ? lineAt(raw, key.index) : 1, ...problem });
  }
  return problems;
}

export function checkEditorial(root: string): EditorialProblem[] {
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  return [...checkGlossaryCards(root), ...checkEditorTexts(collectEditorTexts(root), read)];
}

export function formatProblems(problems: readonly EditorialProblem[]): string {
  return problemLines(problems.map(asContentProblem));
}
