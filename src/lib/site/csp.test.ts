import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineBlocks, pagePolicy, unhashedScripts, withPolicy } from './csp.ts';

const page = `<!doctype html><html><head><meta charset="utf-8"><script>window.theme = 'auto';</script><script type="module" src="/_astro/a.js"></script><script type="application/json">{"a":1}</script><style>p{color:red}</style></head><body><p style="color:blue">x</p><script type="module">import('/x.js');</script></body></html>`;
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('Content Security Policy', () => {
  it('hashes every executable inline script and style, not data or external scripts', () => {
    expect(inlineBlocks(page)).toEqual({ scripts: ["window.theme = 'auto';", "import('/x.js');"], styles: ['p{color:red}'] });
    const policy = pagePolicy(page);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash("window.theme = 'auto';")} ${hash("import('/x.js');")};`);
    expect(policy).toContain(`style-src 'self' ${hash('p{color:red}')};`);
    expect(policy).not.toMatch(/unsafe-inline[^;]*;?\s*(?:script|style-src )/);
    expect(policy).not.toContain('http');
  });
  it('puts the policy after <meta charset> and before every script, once, and leaves no inline script unhashed', () => {
    const out = withPolicy(page);
    expect(out.indexOf('http-equiv="content-security-policy"')).toBeGreaterThan(out.indexOf('<meta charset'));
    expect(out.indexOf('http-equiv="content-security-policy"')).toBeLessThan(out.indexOf('<script'));
    expect(withPolicy(out)).toBe(out);
    expect(unhashedScripts(out)).toEqual([]);
    expect(unhashedScripts(out.replace("window.theme = 'auto';", "window.theme = 'dark';"))).toEqual(["window.theme = 'dark';"]);
  });
});
