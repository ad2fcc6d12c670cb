/** Reading the documents' description files outside the content layer. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocumentDescriptions } from './descriptions-fs.ts';

describe('readDocumentDescriptions', () => {
  const root = mkdtempSync(join(tmpdir(), 'document-descriptions-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'src/data/documents/notice-2021'), { recursive: true }); // its review file's folder: not a description
  const description = { title: '商务部办公厅关于做好 2021 年服务外包统计工作的通知', shortTitle: '2021 年统计工作通知', publisher: '商务部办公厅', file: 'notice-2021.txt', docType: '政策文件', year: 2021 };
  // A new document described from README's field list, which has no `id`, beside one that carries it.
  writeFileSync(join(root, 'src/data/documents/notice-2021.json'), JSON.stringify(description));
  writeFileSync(join(root, 'src/data/documents/annual-report-2021.json'), JSON.stringify({ ...description, id: 'annual-report-2021', file: 'annual-report-2021.txt' }));

  it('takes each document’s id from its file name, as the content collection does', () => {
    const read = readDocumentDescriptions(root);
    expect(read.map((d) => [d.id, d.file, d.year])).toEqual([
      ['annual-report-2021', 'annual-report-2021.txt', 2021],
      ['notice-2021', 'notice-2021.txt', 2021],
    ]);
  });

  it('reads the committed descriptions, each under the id its pages name', () => {
    const repository = join(import.meta.dirname, '../../..');
    const committed = readDocumentDescriptions(repository);
    expect(committed.map((d) => d.id)).toContain('newsletter-2019-05-20');
    for (const d of committed) expect(existsSync(join(repository, 'src/content/documents', d.id, 'index.mdx')), d.id).toBe(true);
  });
});
