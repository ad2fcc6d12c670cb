import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { DOC_TYPE_INFO } from './doc-types.ts';
import { documentPageSchema, sourceDocumentSchema } from './schema.ts';

const schema = documentPageSchema(z.string());
const valid = {
  title: '第一节 总体情况',
  document: 'development-report-2019',
  order: 1,
  source: { file: 'development-report-2019.txt', lines: [1, 133] },
};
const issuePaths = (data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('document page schema', () => {
  it('accepts a complete page', () => {
    expect(issuePaths(valid)).toEqual([]);
  });
  it('names a missing field', () => {
    const { title: _title, ...rest } = valid;
    expect(issuePaths(rest)).toEqual(['title']);
  });
  it('names a wrong field', () => {
    expect(issuePaths({ ...valid, docType: '小说' })).toEqual(['docType']);
    expect(issuePaths({ ...valid, order: -1 })).toEqual(['order']);
    expect(issuePaths({ ...valid, source: { file: 'Report.TXT', lines: [1, 2] } })).toEqual(['source.file']);
    expect(issuePaths({ ...valid, source: { file: 'a.txt', lines: [9, 2] } })).toEqual(['source.lines']);
  });
});

describe('document types', () => {
  const description = {
    title: '商务部办公厅关于做好 2021 年服务外包统计工作的通知',
    shortTitle: '2021 年统计工作通知',
    docType: '政策文件',
    year: 2021,
    dateNote: '落款日期。',
    publisher: '商务部办公厅',
    publisherInferred: false,
    publisherBasis: '见落款。',
    summary: '部署 2021 年服务外包统计工作。',
    file: 'notice-2021.txt',
    provenance: '示例。',
  };
  it('takes a policy notice as a document, not only reports, newsletters and papers', () => {
    expect(sourceDocumentSchema.safeParse(description).success).toBe(true);
    expect(sourceDocumentSchema.safeParse({ ...description, docType: '小说' }).success).toBe(false);
  });
  it('cites each kind with a GB/T 7714 code and says why', () => {
    for (const [type, info] of Object.entries(DOC_TYPE_INFO)) {
      expect(info.citation, type).toMatch(/^(?:M|C|N|J|D|R|S|P|G|Z|A|DB|CP|EB|DS|CM)$/);
      expect(info.reason.startsWith(`${info.citation}:`), type).toBe(true);
    }
    expect(DOC_TYPE_INFO['论文'].citation).toBe('J');
    expect(DOC_TYPE_INFO['报告'].citation).toBe('R');
  });
});
