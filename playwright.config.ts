import { chromium, defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, defaultCandidates, findChromium } from './tests/support/find-chromium.ts';

const PORT = Number(process.env.E2E_PORT ?? 4399);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

const executablePath = findChromium(
  defaultCandidates(() => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  }),
);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  webServer: {
    // Serves the production build in dist/ (npm test builds it first).
    command: `astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `${BASE_URL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
