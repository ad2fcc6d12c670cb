import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import editorialCheck from './editorial-check.ts';

const root = mkdtempSync(join(tmpdir(), 'editorial-integration-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'src/content/documents/doc'), { recursive: true });
mkdirSync(join(root, 'src/data/glossary'), { recursive: true });
writeFileSync(
  join(root, 'src/content/documents/doc/page.mdx'),
  '正文。\n\n<EditorNote id="en-doc-plan" kind="gap">\n\n此图日后重建。\n\n</EditorNote>\n',
);

type Logger = { info: (m: string) => void; warn: (m: string) => void; error: (m: string) => void };
type Setup = (options: { command: string; logger: Logger }) => void;
function run(command: string) {
  const messages: string[] = [];
  const setup = editorialCheck({ root }).hooks['astro:config:setup'] as unknown as Setup;
  const logger = { info: (m: string) => messages.push(`info ${m}`), warn: (m: string) => messages.push(`warn ${m}`), error: (m: string) => messages.push(`error ${m}`) };
  return { call: () => setup({ command, logger }), messages };
}

describe('the editorial-check integration', () => {
  it('fails `astro build` naming the file, the line and the fix', () => {
    const { call } = run('build');
    expect(call).toThrow(/^editorial check: 1 problem\(s\) in the content\n {2}src\/content\/documents\/doc\/page\.mdx:5: 编者注 en-doc-plan: “日后”[^\n]*\n {4}Fix: /);
  });

  it('only logs the problems in the dev server', () => {
    const { call, messages } = run('dev');
    expect(call).not.toThrow();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^error editorial check: 1 problem\(s\)[^\n]*\n {2}src\/content\/documents\/doc\/page\.mdx:5: /);
  });

  it('passes a clean tree', () => {
    const clean = mkdtempSync(join(tmpdir(), 'editorial-clean-'));
    try {
      mkdirSync(join(clean, 'src/content/documents'), { recursive: true });
      mkdirSync(join(clean, 'src/data/glossary'), { recursive: true });
      const messages: string[] = [];
      const setup = editorialCheck({ root: clean }).hooks['astro:config:setup'] as unknown as Setup;
      setup({ command: 'build', logger: { info: (m) => messages.push(m), warn: (m) => messages.push(m), error: (m) => messages.push(m) } });
      expect(messages).toEqual(['glossary cards and editors’ notes checked, none wrong']);
    } finally {
      rmSync(clean, { recursive: true, force: true });
    }
  });
});
