/**
 * The relayout's logic, pure: which files move where (from the layout data in
 * scripts/relayout-layout.json) and how each text file's references to them are rewritten.
 * No I/O; scripts/relayout.ts reads the tree, calls these and applies the result.
 *
 * Written by hand because no library rewrites every kind of reference this
 * repository has (import specifiers, import.meta.glob patterns, paths handed
 * to join(import.meta.dirname, …), repository paths in error messages, tests
 * and prose) with the knowledge of which files moved. Tools such as
 * ts-morph only follow TypeScript imports.
 */
import { posix } from 'node:path';

export interface FileRule { from: string; to: string; why: string }
export interface PatternRule { match: string; to: string; why: string }
export interface Layout {
  files: FileRule[];
  folders: FileRule[];
  patterns: PatternRule[];
  mustBeEmpty: string[];
}

export interface Plan {
  /** old path → new path, for the files that move in this run. */
  moves: Map<string, string>;
  /** Why each move happens (the rule's reason). */
  reasons: Map<string, string>;
  /** Files left directly in a folder that must be empty: they need a rule. */
  unplaced: string[];
  /** Moves that cannot be made (the target is taken). */
  conflicts: string[];
}

const stem = (name: string) => name.replace(/\.[^.]+$/, '');

/**
 * Where a path goes under the layout's rules, whether or not it exists:
 * an explicit file (or one of its companions: x.test.ts beside x.ts), a
 * folder, or a pattern. undefined when no rule places it.
 */
export function ruleTarget(layout: Layout, path: string): { to: string; why: string } | undefined {
  for (const rule of layout.files) {
    if (rule.from === path) return { to: rule.to, why: rule.why };
    // Companions: dir/name.test.ts, dir/name.test-helper.ts … follow dir/name.ts.
    const fromDir = posix.dirname(rule.from);
    const fromStem = stem(posix.basename(rule.from));
    if (posix.dirname(path) === fromDir && posix.basename(path).startsWith(`${fromStem}.`) && /\.(ts|astro|mjs|js)$/.test(rule.from)) {
      const rest = posix.basename(path).slice(fromStem.length);
      if (layout.files.some((r) => r.from === path)) continue;
      const toStem = stem(posix.basename(rule.to));
      return { to: posix.join(posix.dirname(rule.to), toStem + rest), why: `${rule.why} (companion of ${rule.from})` };
    }
  }
  for (const rule of layout.folders) {
    if (path === rule.from) return { to: rule.to, why: rule.why };
    if (path.startsWith(`${rule.from}/`)) return { to: rule.to + path.slice(rule.from.length), why: rule.why };
  }
  for (const rule of layout.patterns) {
    const m = new RegExp(rule.match).exec(path);
    if (m) return { to: path.replace(new RegExp(rule.match), rule.to), why: rule.why };
  }
  return undefined;
}

/** The moves for a tree holding `files` (repository paths). Already-moved files simply match no rule. */
export function planMoves(layout: Layout, files: readonly string[]): Plan {
  const present = new Set(files);
  const moves = new Map<string, string>();
  const reasons = new Map<string, string>();
  const conflicts: string[] = [];
  const conflicted = new Set<string>();
  for (const file of files) {
    const target = ruleTarget(layout, file);
    if (!target || target.to === file) continue;
    if (present.has(target.to)) {
      conflicts.push(`${file} → ${target.to}: the target already exists (${target.why})`);
      conflicted.add(file);
      continue;
    }
    moves.set(file, target.to);
    reasons.set(file, target.why);
  }
  const taken = new Map<string, string>();
  for (const [from, to] of moves) {
    const other = taken.get(to);
    if (other) conflicts.push(`${from} and ${other} would both become ${to}`);
    taken.set(to, from);
  }
  const unplaced = files.filter((f) => !moves.has(f) && !conflicted.has(f) && layout.mustBeEmpty.includes(posix.dirname(f)));
  return { moves, reasons, unplaced, conflicts };
}

/** The tree before and after, as the rewriter needs it. */
export class Trees {
  readonly before: Set<string>;
  readonly after: Set<string>;
  readonly beforeDirs: Set<string>;
  readonly afterDirs: Set<string>;
  readonly moves: Map<string, string>;
  readonly layout: Layout;
  constructor(layout: Layout, files: readonly string[], moves: Map<string, string>) {
    this.layout = layout;
    this.moves = moves;
    this.before = new Set(files);
    this.after = new Set(files.map((f) => moves.get(f) ?? f));
    this.beforeDirs = dirsOf(this.before);
    this.afterDirs = dirsOf(this.after);
  }
  isAfter(p: string): boolean {
    return this.after.has(p) || this.afterDirs.has(p);
  }
  /**
   * Where a path that existed before this run (or that a stale reference
   * names: a file another branch still calls by its old name) is now.
   * undefined when it is neither in the tree nor placed by a rule.
   */
  target(p: string): string | undefined {
    const moved = this.moves.get(p);
    if (moved) return moved;
    if (this.before.has(p)) return p;
    if (this.beforeDirs.has(p)) {
      // A folder: it stays unless a folder rule moved it as a whole.
      if (this.afterDirs.has(p)) return p;
      const rule = ruleTarget(this.layout, p);
      if (rule && this.isAfter(rule.to)) return rule.to;
      return undefined;
    }
    // Not in the tree before: a stale reference (re-run on a merged tree).
    const rule = ruleTarget(this.layout, p);
    if (rule && this.isAfter(rule.to)) return rule.to;
    return undefined;
  }
  existedBefore(p: string): boolean {
    return this.before.has(p) || this.beforeDirs.has(p) || p === '';
  }
}

function dirsOf(files: Set<string>): Set<string> {
  const dirs = new Set<string>(['']);
  for (const f of files) {
    let d = posix.dirname(f);
    while (d !== '.' && !dirs.has(d)) {
      dirs.add(d);
      d = posix.dirname(d);
    }
  }
  return dirs;
}

export interface Rewrite { file: string; line: number; from: string; to: string }
export interface Unresolved { file: string; line: number; specifier: string; why: string }

/** Characters that end the fixed part of a path: template holes, globs, placeholders, queries. */
const DYNAMIC = /\$\{|\*|\{|<|\?|#/;

/** Splits a path into its fixed part (a file or folder path) and the rest (kept as written). */
function splitStatic(path: string): { fixed: string; rest: string; exact: boolean } {
  const m = DYNAMIC.exec(path);
  if (!m) return { fixed: path.replace(/\/$/, ''), rest: path.endsWith('/') ? '/' : '', exact: true };
  const head = path.slice(0, m.index);
  const slash = head.lastIndexOf('/');
  return { fixed: slash === -1 ? '' : head.slice(0, slash), rest: path.slice(slash === -1 ? 0 : slash), exact: false };
}

const EXTENSIONS = ['', '.ts', '.js', '.mjs', '.astro', '/index.ts'];

function relativeSpecifier(fromDir: string, target: string, rest: string, dotted: boolean): string {
  let rel = posix.relative(fromDir, target);
  if (rel === '') rel = '.';
  if (!rel.startsWith('.') && (dotted || rel !== '')) rel = `./${rel}`;
  if (rel === './.') rel = '.';
  return rel + rest;
}

/** Lines whose relative strings are paths on disk (not URL paths in tests and link checks). */
const PATH_CONTEXT = /\bimport\b|\bexport\b|\bfrom\s*['"]|import\.meta|\bglob\s*\(|\brequire\s*\(|\bsrc\s*=|new URL\(/;

/**
 * Rewrites one text file's references to moved files.
 * - relative strings ('./x', '../x', '..') in quotes: resolved from the
 *   file's old folder, mapped, and written relative to its new folder;
 * - repository paths (src/…, scripts/…, tests/…) anywhere in the text
 *   (error messages, comments, prose, configs): mapped when the old path no
 *   longer exists.
 */
export function rewriteText(
  trees: Trees,
  oldPath: string,
  newPath: string,
  text: string,
): { text: string; rewrites: Rewrite[]; unresolved: Unresolved[] } {
  const rewrites: Rewrite[] = [];
  const unresolved: Unresolved[] = [];
  const oldDir = posix.dirname(oldPath) === '.' ? '' : posix.dirname(oldPath);
  const newDir = posix.dirname(newPath) === '.' ? '' : posix.dirname(newPath);
  const isCode = /\.(ts|mts|mjs|js|astro|mdx)$/.test(oldPath);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const record = (from: string, to: string) => rewrites.push({ file: newPath, line: i + 1, from, to });

    if (isCode) {
      line = line.replace(/(['"`])(\.\.?(?:\/[^'"`\s]*)?)\1/g, (whole, quote: string, spec: string) => {
        if (spec === '.' || spec === './') return whole;
        const { fixed, rest, exact } = splitStatic(spec);
        const inContext = PATH_CONTEXT.test(line);
        const resolveFrom = (base: string) => {
          const joined = posix.normalize(posix.join(base, fixed));
          if (joined.startsWith('..')) return undefined;
          const p = joined === '.' ? '' : joined;
          if (exact) {
            for (const ext of EXTENSIONS) {
              const candidate = ext === '' ? p : p + ext;
              if (trees.before.has(candidate) || (ext === '' && trees.existedBefore(candidate)) || (!trees.existedBefore(candidate) && trees.target(candidate))) {
                return { p: candidate, ext };
              }
            }
            return undefined;
          }
          return trees.existedBefore(p) || trees.target(p) ? { p, ext: '' } : undefined;
        };
        let found = resolveFrom(oldDir);
        let rooted = false;
        if (!found && spec.startsWith('./')) {
          found = resolveFrom('');
          rooted = found !== undefined;
        }
        if (!found) {
          if (/^\s*(import|export)\b.*\bfrom\s*['"]|^\s*import\s*['"]/.test(line) && /\.(ts|mjs|js|astro|json|css)$/.test(spec)) {
            unresolved.push({ file: oldPath, line: i + 1, specifier: spec, why: 'an import that names no file in the tree before the move' });
          }
          return whole;
        }
        const isFile = trees.before.has(found.p) || (!trees.existedBefore(found.p) && trees.after.has(trees.target(found.p) ?? ''));
        const target = trees.target(found.p);
        // A folder path ('..', '../') only counts where the line is about files, or
        // when it is built on (a template or glob) or its folder moved: a URL path in a
        // link-check test resolves to an unmoved folder and is left alone.
        if (!isFile && exact && !inContext && target === found.p) return whole;
        if (target === undefined) {
          unresolved.push({ file: oldPath, line: i + 1, specifier: spec, why: `${found.p} has no place in the new layout` });
          return whole;
        }
        const unchangedPlace = target === found.p && (rooted || oldDir === newDir);
        if (unchangedPlace) return whole;
        const newTarget = found.ext && found.ext !== '' ? target.slice(0, target.length - found.ext.length) : target;
        const spec2 = rooted
          ? relativeSpecifier('', newTarget, rest, true)
          : relativeSpecifier(newDir, newTarget, rest, spec.startsWith('./') || spec.startsWith('../'));
        if (spec2 === spec) return whole;
        record(spec, spec2);
        return quote + spec2 + quote;
      });
    }

    // Repository paths: src/…, scripts/…, tests/… not preceded by a path character.
    line = line.replace(/(?<![\w./@-])((?:src|scripts|tests)\/[A-Za-z0-9_\-./[\]@]*)/g, (whole: string) => {
      let path = whole;
      let trail = '';
      while (/[.\]]$/.test(path) && !trees.before.has(path) && !trees.after.has(path)) {
        trail = path.slice(-1) + trail;
        path = path.slice(0, -1);
      }
      const { fixed, rest } = splitStatic(path);
      if (trees.isAfter(fixed) && !trees.moves.has(fixed)) return whole;
      const target = trees.target(fixed);
      if (target === undefined || target === fixed) return whole;
      const to = target + rest + trail;
      record(whole, to);
      return to;
    });
    // The same paths inside regular expressions, written with escaped slashes and dots
    // (/src\/data\/city-areas\/regions\.json: …/ in a test).
    line = line.replace(/(?<![\w.@-])(?:src|scripts|tests)(?:\\\/(?:[A-Za-z0-9_@-]|\\[.-])+)+/g, (whole: string, at: number) => {
      const path = whole.replace(/\\([./-])/g, '$1');
      const next = line.slice(at + whole.length);
      if (trees.isAfter(path) && !trees.moves.has(path)) return whole;
      const target = trees.target(path);
      if (target !== undefined && target !== path) {
        const to = target.replace(/[./]/g, (c) => `\\${c}`);
        record(whole, to);
        return to;
      }
      // A pattern built on part of an old name (src\/data\/city-\S+) cannot be renamed.
      const partial = /^\\[SsdwDW.[(]/.test(next) && [...trees.moves.keys()].some((old) => old.startsWith(path) && !old.slice(path.length).startsWith('/'));
      if (partial) unresolved.push({ file: oldPath, line: i + 1, specifier: whole + next.slice(0, 8), why: 'a regular expression matches old file names by part of a name; write it for the new layout by hand' });
      return whole;
    });
    lines[i] = line;
  }
  return { text: lines.join('\n'), rewrites, unresolved };
}
