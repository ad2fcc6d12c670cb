import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { documentPageSchema } from './schema.ts';

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
