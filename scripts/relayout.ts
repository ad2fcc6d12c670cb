/**
 * Moves the repository's files into the layout of scripts/relayout-layout.json
 * and rewrites every reference to them: import specifiers, import.meta.glob
 * patterns, paths joined to import.meta.dirname, and repository paths in
 * code, error messages, tests, configs and the README.
 *
 *   npm run relayout              plan, move (git mv) and rewrite
 *   npm run relayout -- --dry-run print the plan, change nothing
 *
 * Re-runnable: a file already in its place matches no rule, so a second run
 * moves nothing; files added later in an old place are placed by the
 * layout's patterns, and references a merged branch still makes to an old
 * path are rewritten. It stops before changing anything when a file has no
 * place (a new file directly in src/lib/, say) or a target is taken, and
 * after rewriting when a reference cannot be resolved.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { planMoves, rewriteText, Trees, type Layout, type Rewrite, type Unresolved } from './lib/relayout-plan.ts';

const ROOT = resolve(import.meta.dirname, '..');
const dryRun = process.argv.includes('--dry-run');
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });

const layout = JSON.parse(readFileSync(join(import.meta.dirname, 'relayout-layout.json'), 'utf8')) as Layout;
const files = git('ls-files', '-z').split('\0').filter((f) => f !== '');
const plan = planMoves(layout, files);

if (plan.conflicts.length > 0 || plan.unplaced.length > 0) {
  for (const c of plan.conflicts) console.error(`relayout: cannot move ${c}`);
  for (const f of plan.unplaced) {
    console.error(`relayout: ${f} has no place in the new layout. Fix: add an entry for it to scripts/relayout-layout.json ("files": from, to, why) and run again.`);
  }
  console.error('relayout: nothing was changed.');
  process.exit(1);
}

const trees = new Trees(layout, files, plan.moves);
const reverse = new Map([...plan.moves].map(([from, to]) => [to, from]));

// Text files whose references are rewritten: code, configs, data, docs. The
// sources and the lockfile hold no paths of ours; huge data files are skipped.
const TEXT = /\.(ts|mts|mjs|js|astro|mdx|md|json|yaml|yml|css|txt|conf)$|(^|\/)\.ci\/run$/;
// The relayout's own files hold old paths on purpose (the rules, the tests).
const SKIP = /^(sources\/|package-lock\.json$|node_modules\/|src\/data\/charts\/|scripts\/relayout|scripts\/compare-dist|scripts\/lib\/(relayout-plan|dist-compare))/;

const rewrites: Rewrite[] = [];
const unresolved: Unresolved[] = [];
const changed = new Map<string, string>();
for (const newPath of trees.after) {
  const oldPath = reverse.get(newPath) ?? newPath;
  if (!TEXT.test(newPath) || SKIP.test(oldPath)) continue;
  const abs = join(ROOT, oldPath);
  if (statSync(abs).size > 2_000_000) continue;
  const text = readFileSync(abs, 'utf8');
  const result = rewriteText(trees, oldPath, newPath, text);
  rewrites.push(...result.rewrites);
  unresolved.push(...result.unresolved);
  if (result.text !== text) changed.set(oldPath, result.text);
}

if (unresolved.length > 0) {
  for (const u of unresolved) console.error(`relayout: ${u.file}:${u.line}: cannot resolve "${u.specifier}": ${u.why}`);
  console.error(`relayout: ${unresolved.length} reference(s) cannot be resolved; nothing was changed. Fix the reference (or add a rule to scripts/relayout-layout.json) and run again.`);
  process.exit(1);
}

for (const [from, to] of plan.moves) console.log(`move  ${from} → ${to}   (${plan.reasons.get(from)})`);
const perFile = new Map<string, number>();
for (const r of rewrites) perFile.set(r.file, (perFile.get(r.file) ?? 0) + 1);
for (const r of rewrites) console.log(`edit  ${r.file}:${r.line}: ${r.from} → ${r.to}`);
console.log(`relayout: ${plan.moves.size} file(s) moved, ${rewrites.length} reference(s) rewritten in ${perFile.size} file(s)${dryRun ? ' (dry run: nothing changed)' : ''}.`);
if (dryRun) process.exit(0);

// Write the new text first (at the old paths), then move with git, so the
// index records each move as a rename of the edited file.
for (const [oldPath, text] of changed) writeFileSync(join(ROOT, oldPath), text);
for (const [from, to] of plan.moves) {
  mkdirSync(dirname(join(ROOT, to)), { recursive: true });
  git('mv', from, to);
}
git('add', '-A', '--', ...new Set([...changed.keys()].map((f) => plan.moves.get(f) ?? f)));
// git mv leaves emptied folders behind on disk; remove them so the old names are gone.
for (const from of plan.moves.keys()) {
  for (let dir = dirname(from); dir !== '.'; dir = dirname(dir)) {
    const abs = join(ROOT, dir);
    if (!existsSync(abs) || readdirSync(abs).length > 0) break;
    rmdirSync(abs);
  }
}
