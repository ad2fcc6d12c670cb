/**
 * The build's work after the pages are written (the page pass: every page's
 * policy, links, HTML and numbers, then the search index) runs in a fresh
 * process once Astro has exited, when the build is `astro build` run from the
 * command line (and so `npm run build`, `npm start`, a deploy).
 *
 * Why: Astro's process keeps what bundling and rendering left it (Vite's
 * native memory, the rendered modules) until it exits; at 100× the corpus that
 * was about 8 GB, and the pass and the indexers came on top of it. The pass
 * needs none of it: it reads dist/. So the integrations of the pass
 * (pagePassIntegrations) register as usual and do their rendering-time work
 * in Astro's process (each page's policy, html-validate on the idle core),
 * then, instead of running the pass in `astro:build:done`, hand over what
 * they learnt (handOff) and return. When Astro's process exits with success,
 * it is replaced (`process.execve`: same process id, same output, nothing of
 * Astro's memory kept) by post-build-main.ts, which runs those integrations'
 * `astro:build:done` hooks over dist/ exactly as Astro would have, in the same
 * order, with the same messages. A problem makes that process exit with 1, so
 * `astro build` itself still fails on bad content. Without `process.execve`
 * (Windows, Node before 22.15), with POST_BUILD_IN_PROCESS=1, and wherever
 * the hooks are called other than by Astro's command line (the tests), the
 * pass runs in Astro's process as before.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import linkCheck from './link-check.ts';
import siteChecks from './site-checks.ts';
import contentSecurityPolicy from './csp.ts';
import searchIndex from './search-index.ts';
import { demonstrationCities, glossaryBestBets, siteTerms } from '../lib/search/site-terms.ts';

/**
 * The integrations whose `astro:build:done` is the page pass, in the order
 * Astro runs them: astro.config.mjs lists these, and post-build-main.ts runs
 * the same list, so there is one list.
 */
export function pagePassIntegrations(root: string, site: string): AstroIntegration[] {
  return [
    // Every page gets its Content Security Policy, every inline script hashed; checked below with the rest.
    contentSecurityPolicy(),
    // A broken internal link fails the build, naming the page and the link.
    linkCheck({ site }),
    // Every page: valid HTML, rectangular tables, every sourced number where it is shown.
    siteChecks(),
    // The site's own Chinese index in dist/search-index/.
    searchIndex({ terms: () => siteTerms(root), bestBets: () => glossaryBestBets(root), cities: () => demonstrationCities(root) }),
  ];
}

/** The script that continues the build (post-build-main.ts). */
const MAIN = fileURLToPath(new URL('./post-build-main.ts', import.meta.url));

/** Where Astro's process leaves what the fresh process needs: the process id survives execve. */
export const handOffFile = (pid = process.pid) => join(tmpdir(), `astro-post-build-${pid}.json`);

/** Whether this process is Astro's command line running `astro build`. */
function isAstroBuildCommand(argv = process.argv): boolean {
  return /^astro(\.mjs|\.js)?$/.test(basename(argv[1] ?? '')) && argv.slice(2).includes('build');
}

/** Whether the page pass waits for a fresh process in this build (see the top of this file). */
export function passInFreshProcess(): boolean {
  return typeof process.execve === 'function' && process.env.POST_BUILD_IN_PROCESS !== '1' && isAstroBuildCommand();
}

let handover: { root: string; dist: string; parts: Record<string, unknown> } | undefined;

/**
 * In Astro's process, when the pass waits for a fresh process: records what
 * an integration hands over under `key` (JSON), and makes sure that Astro's
 * successful exit becomes the continuation. Returns false, and does nothing,
 * when the pass runs here (then the caller does its work itself).
 */
export function handOff(dist: string, key: string, value: unknown, root?: string): boolean {
  if (!passInFreshProcess()) return false;
  if (!handover) {
    handover = { root: root ?? process.cwd(), dist, parts: {} };
    process.once('exit', (code) => {
      // A failed build ends as it is; a successful one continues with the pass.
      if (code !== 0 || !handover) return;
      writeFileSync(handOffFile(), JSON.stringify(handover));
      process.execve!(process.execPath, [process.execPath, ...process.execArgv, MAIN, handover.root, handover.dist]);
    });
  }
  if (root) handover.root = root;
  handover.parts[key] = value;
  return true;
}

/** In the fresh process: what Astro's process handed over (read once, then the file is removed). */
let received: { root: string; dist: string; parts: Record<string, unknown> } | undefined;
export function receiveHandOff(): { root: string; dist: string; parts: Record<string, unknown> } | undefined {
  if (received) return received;
  try {
    received = JSON.parse(readFileSync(handOffFile(), 'utf8'));
  } catch {
    return undefined;
  }
  rmSync(handOffFile(), { force: true });
  return received;
}

/** What Astro's process handed over under `key`, in the fresh process (else undefined). */
export function handedOver<T>(key: string): T | undefined {
  return received?.parts[key] as T | undefined;
}
