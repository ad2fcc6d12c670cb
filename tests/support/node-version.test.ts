import { describe, expect, it } from 'vitest';

describe('the Node that npm scripts run', () => {
  it('is the node@24 devDependency, not the system Node 20 (Astro 7 needs 22.12 or newer)', () => {
    const [major, minor] = process.versions.node.split('.').map(Number);
    console.log(`npm scripts run on Node ${process.versions.node}`);
    expect(major! > 22 || (major === 22 && minor! >= 12)).toBe(true);
    expect(major).toBe(24);
  });
});
