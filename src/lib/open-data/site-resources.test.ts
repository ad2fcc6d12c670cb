/** Reading the documents' descriptions for the data catalogue. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocumentInfos } from './site-resources.ts';

describe('readDocumentInfos', () => {
  const root = mkdtempSync(join(tmpdir(), 'document-infos-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'src/data/documents'), { recursive: true });
  const description = { title: '商务部办公厅关于做好 2021 年服务外包统计工作的通知', shortTitle: '2021 年统计工作通知', publisher: '商务部办公厅', file: 'notice-2021.txt', docType: '政策文件', year: 2021 };
  // A new document described from README's field list, which has no `id`, beside one that carries it.
  writeFileSync(join(root, 'src/data/documents/notice-2021.json'), JSON.stringify(description));
  writeFileSync(join(root, 'src/data/documents/annual-report-2021.json'), JSON.stringify({ ...description, id: 'annual-report-2021', file: 'annual-report-2021.txt' }));

  it('takes each document’s id from its file name, as the content collection does', () => {
    expect(readDocumentInfos(root)).toEqual([
      { id: 'annual-report-2021', title: description.title, shortTitle: description.shortTitle, publisher: '商务部办公厅', file: 'annual-report-2021.txt' },
      { id: 'notice-2021', title: description.title, shortTitle: description.shortTitle, publisher: '商务部办公厅', file: 'notice-2021.txt' },
    ]);
  });
});
