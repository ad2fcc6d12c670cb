/**
 * Compares two built sites and prints what a reader would see differently:
 *
 *   npm run compare:dist -- <distA> <distB>
 *
 * Pages (HTML, with hashed asset names and CSP hashes normalised), downloads
 * (CSV/JSON, byte for byte), the search index, assets and other files, each
 * as same / different / only in A / only in B. Exits 1 when anything differs.
 * Used to show that a refactoring (npm run relayout) changes nothing a user
 * sees (issue #13, item 4).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareDists, formatReport } from './lib/dist-compare.ts';
import { ruleTarget, type Layout } from './lib/relayout-plan.ts';

const args = process.argv.slice(2);
const layoutAt = args.indexOf('--layout');
const layoutFile = layoutAt === -1 ? undefined : args[layoutAt + 1];
const [a, b] = args.filter((arg, i) => !arg.startsWith('--') && (layoutAt === -1 || i !== layoutAt + 1));
// --layout scripts/relayout-layout.json: page A's repository paths are renamed by the
// relayout's rules first, so a build from before the relayout compares with one after it.
const layout = layoutFile ? (JSON.parse(readFileSync(layoutFile, 'utf8')) as Layout) : undefined;
const renamePath = layout
  ? (path: string) => {
      const m = /\$\{|\*|\{|<|\?|#/.exec(path);
      const fixed = (m ? path.slice(0, m.index) : path).replace(/[/.]+$/, '');
      const target = ruleTarget(layout, fixed);
      return target ? target.to + path.slice(fixed.length) : path;
    }
  : undefined;
if (!a || !b || !existsSync(a) || !existsSync(b)) {
  console.error('Usage: npm run compare:dist -- <distA> <distB> [--layout scripts/relayout-layout.json]   (two built sites, e.g. a copy of dist/ before a change and dist/ after it)');
  process.exit(2);
}
const { lines, identical } = formatReport(compareDists(resolve(a), resolve(b), renamePath));
console.log(`compare-dist: A = ${a}, B = ${b}${layoutFile ? `, A's repository paths renamed by ${layoutFile}` : ''}`);
for (const line of lines) console.log(line);
console.log(identical ? 'compare-dist: no differences' : 'compare-dist: the sites differ (see above)');
process.exit(identical ? 0 : 1);
