import { describe, expect, it } from 'vitest';
import { findChromium, INSTALL_HINT, SYSTEM_CHROMIUM } from './find-chromium.ts';

const files = (...paths: string[]) => (path: string) => paths.includes(path);

describe('findChromium', () => {
  it('prefers the environment variable', () => {
    const found = findChromium({
      env: { CHROMIUM_PATH: '/opt/chrome' },
      exists: files('/opt/chrome', SYSTEM_CHROMIUM),
      playwrightOwn: () => '/pw/chrome',
    });
    expect(found).toBe('/opt/chrome');
  });
  it('rejects an environment variable that points nowhere', () => {
    expect(() =>
      findChromium({ env: { CHROMIUM_PATH: '/nope' }, exists: files(SYSTEM_CHROMIUM), playwrightOwn: () => undefined }),
    ).toThrow(/CHROMIUM_PATH is set to \/nope/);
  });
  it('falls back to the system Chromium, then to Playwright’s own', () => {
    expect(findChromium({ env: {}, exists: files(SYSTEM_CHROMIUM, '/pw/chrome'), playwrightOwn: () => '/pw/chrome' })).toBe(
      SYSTEM_CHROMIUM,
    );
    expect(findChromium({ env: {}, exists: files('/pw/chrome'), playwrightOwn: () => '/pw/chrome' })).toBe('/pw/chrome');
  });
  it('explains how to install one when there is none', () => {
    expect(() => findChromium({ env: {}, exists: files(), playwrightOwn: () => '/pw/missing' })).toThrow(INSTALL_HINT);
    expect(INSTALL_HINT).toMatch(/apt-get install -y chromium/);
  });
});
