import { existsSync } from 'node:fs';

/** Flags this workplace needs: no sandbox as root, and no calls home from a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
export const ENV_VARIABLE = 'CHROMIUM_PATH';

export interface ChromiumCandidates {
  env: NodeJS.ProcessEnv;
  exists: (path: string) => boolean;
  /** Path of Playwright's own downloaded browser, if Playwright knows one. */
  playwrightOwn: () => string | undefined;
}

export const INSTALL_HINT = [
  'No Chromium found for the browser tests. Do one of:',
  `  - set ${ENV_VARIABLE}=/path/to/chromium`,
  '  - on Debian/Ubuntu: apt-get install -y chromium   (gives /usr/bin/chromium)',
  '  - npx playwright install chromium   (where downloads are allowed)',
].join('\n');

/**
 * Finds a Chromium binary: the CHROMIUM_PATH variable, else the system
 * /usr/bin/chromium, else Playwright's own download. Throws with install
 * instructions when there is none.
 */
export function findChromium(candidates: ChromiumCandidates): string {
  const fromEnv = candidates.env[ENV_VARIABLE];
  if (fromEnv) {
    if (!candidates.exists(fromEnv)) {
      throw new Error(`${ENV_VARIABLE} is set to ${fromEnv}, but no file is there.\n${INSTALL_HINT}`);
    }
    return fromEnv;
  }
  if (candidates.exists(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  const own = candidates.playwrightOwn();
  if (own && candidates.exists(own)) return own;
  throw new Error(INSTALL_HINT);
}

export function defaultCandidates(playwrightOwn: () => string | undefined): ChromiumCandidates {
  return { env: process.env, exists: existsSync, playwrightOwn };
}
