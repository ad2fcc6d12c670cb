/**
 * The import CLI end to end on files in a temporary folder: any text file,
 * --out, the proposed review file, re-import after a review-file change,
 * refusal of hand edits, and the messages for bad input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateReportDump } from '../src/lib/import/report-dump.test-helper.ts';

const CLI = join(import.meta.dirname, 'import.ts');
const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: dir });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

// Each case starts a Node process; on a shared machine that takes seconds.
describe('npm run import', { timeout: 60_000 }, () => {
  const source = join(dir, 'annual-report-2021.txt');
  const out = join(dir, 'pages');
  writeFileSync(source, generateReportDump(11).text);

  it('drafts pages and a proposed review file for a new text file with --out', () => {
    const { code, out: stdout } = run(source, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('proposed one at');
    const pages = readdirSync(out).filter((n) => n.endsWith('.mdx')).sort();
    expect(pages).toEqual(['chapter-1.mdx', 'chapter-2.mdx', 'index.mdx']);
    expect(readFileSync(join(out, 'chapter-1.mdx'), 'utf8')).toMatch(/^---\ntitle: 第一章 发展概况\n/);
    expect(readFileSync(join(out, 'review.yaml'), 'utf8')).toContain('file: annual-report-2021.txt');
  });

  it('regenerates the pages after the review file changes', () => {
    const review = readFileSync(join(out, 'review.yaml'), 'utf8').replace('id: section-1\n', 'id: overview\n');
    writeFileSync(join(out, 'review.yaml'), review);
    // A review file beside the dump's pages is only a proposal; it is read from there (or named with --review).
    const { code } = run(source, '--out', out, '--review', join(out, 'review.yaml'));
    expect(code).toBe(0);
    expect(readFileSync(join(out, 'chapter-1.mdx'), 'utf8')).toContain('## 第一节 总体情况 {/* #overview */}');
  });

  it('refuses to overwrite a page edited by hand and says to use the review file', () => {
    const page = join(out, 'chapter-2.mdx');
    writeFileSync(page, `${readFileSync(page, 'utf8')}\n手工加的一段。\n`);
    const { code, err } = run(source, '--out', out, '--review', join(out, 'review.yaml'));
    expect(code).toBe(1);
    expect(err).toMatch(/chapter-2\.mdx was edited by hand since the last import/);
    expect(err).toMatch(/put the change into .*review\.yaml/);
    expect(readFileSync(page, 'utf8')).toContain('手工加的一段。');
  });

  it.each([
    ['empty.txt', new Uint8Array(), /empty\.txt is empty/],
    ['scan.pdf', new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n'), /scan\.pdf is a PDF file, not a text dump/],
    ['data.bin', new Uint8Array([1, 2, 0, 3]), /data\.bin is binary data/],
    ['gbk.txt', new Uint8Array([0xb5, 0xda, 0xd2, 0xbb, 0xd5, 0xc2]), /gbk\.txt is not UTF-8 text \(invalid byte 0xB5 at line 1\)/],
    ['unicode.txt', new Uint8Array([0xff, 0xfe, 0x2c, 0x7b, 0x00, 0x4e, 0xe0, 0x7a]), /unicode\.txt is UTF-16 text/],
    ['report.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), /report\.docx is a Word \(\.docx\) or other ZIP file/],
  ])('fails clearly on %s', (name, bytes, message) => {
    writeFileSync(join(dir, name), bytes);
    const { code, err } = run(join(dir, name), '--out', join(dir, 'never'));
    expect(code).toBe(1);
    expect(err).toMatch(message);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('says so when the file does not exist', () => {
    const { code, err } = run(join(dir, 'missing.txt'));
    expect(code).toBe(1);
    expect(err).toMatch(/missing\.txt: no such file/);
  });
});
