import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAnchor } from '../import/anchors.ts';
import { readReview } from '../import/review-fs.ts';
import { classificationAnchor, parseClassificationEntry, startsClassificationEntry, typicalBusinessAnchor } from './classification-grammar.ts';
import { readSourceLines } from '../provenance/source-map-fs.ts';

describe('parseClassificationEntry', () => {
  it('reads the four levels as the guide prints them', () => {
    expect(parseClassificationEntry('1、信息技术外包（ITO）。')).toEqual({ level: '门类', code: 'ITO', name: '信息技术外包（ITO）' });
    expect(parseClassificationEntry('（1）I1 软件研发外包，指软件外包和定制化的应用开发服务')).toEqual({
      level: '大类',
      code: 'I1',
      name: '软件研发外包',
      definition: '指软件外包和定制化的应用开发服务',
    });
    expect(parseClassificationEntry('K75 法律流程外包服务（LPO），指凭借经验')).toMatchObject({ level: '中类', code: 'K75', name: '法律流程外包服务（LPO）' });
    expect(parseClassificationEntry('典型业务 1： 知识产权资产管理，指将知识产权')).toEqual({ level: '典型业务', label: '典型业务', number: 1, name: '知识产权资产管理', text: '指将知识产权' });
  });

  it('keeps the misprinted 典行业务 label as printed', () => {
    expect(parseClassificationEntry('典行业务 2： 采购方案设计，为客户选择')).toMatchObject({ level: '典型业务', label: '典行业务', number: 2 });
  });

  it('leaves other text alone', () => {
    expect(parseClassificationEntry('机构将内部信息规划，数据中心、网络管理')).toBeUndefined();
    expect(parseClassificationEntry('（一）修订原则。')).toBeUndefined();
    expect(startsClassificationEntry('   I11 软件研发及开发服务，')).toBe(true);
    expect(startsClassificationEntry('指软件外包和定制化的应用开发服务，包括 I11')).toBe(false);
  });

  it('anchors entries by their code in lower case and typical businesses by 中类 and number', () => {
    expect(classificationAnchor('KPO')).toBe('kpo');
    expect(classificationAnchor('B41')).toBe('b41');
    expect(typicalBusinessAnchor('B62', 2)).toBe('b62-t2');
  });
});

/**
 * The guide's pages are built from its review file, where every heading and
 * typical business is data. The glossary links to their anchors, so the
 * review file must anchor each entry exactly where this grammar says.
 */
describe('the guide’s review file and the grammar agree', () => {
  const root = join(import.meta.dirname, '../../..');
  const review = readReview(root, 'zhejiang-statistics-training-2015')!;
  const lines = readSourceLines(root, review.file);
  const entryAt = (anchor: string | number) => {
    const n = resolveAnchor(anchor, lines, 'review.yaml');
    return { n, entry: parseClassificationEntry(lines[n - 1]!.trim()) };
  };
  const headings = review.headings.map((h) => ({ ...h, ...entryAt(h.at) })).filter((h) => h.entry && h.entry.level !== '典型业务');
  const items = (review.labelledItems ?? []).flatMap((list) => list.items).map((item) => ({ ...item, ...entryAt(item.at) }));

  it('has the 3 门类, 9 大类 and 35 中类 the guide announces, and 77 typical businesses', () => {
    const count = (level: string) => headings.filter((h) => h.entry!.level === level).length;
    expect([count('门类'), count('大类'), count('中类'), items.length]).toEqual([3, 9, 35, 77]);
  });

  it('anchors each 门类 at h2, 大类 at h3 and 中类 at h4 by its code', () => {
    const problems = headings
      .filter((h) => h.id !== classificationAnchor((h.entry as { code: string }).code) || h.level !== { 门类: 2, 大类: 3, 中类: 4 }[h.entry!.level as '门类'])
      .map((h) => `line ${h.n}: ${h.id} at level ${h.level}`);
    expect(problems).toEqual([]);
  });

  it('anchors each typical business by the 中类 above it and its number', () => {
    const classes = headings.filter((h) => h.entry!.level === '中类');
    const problems = items.flatMap((item) => {
      if (item.entry?.level !== '典型业务') return [`line ${item.n}: not a typical business`];
      const parent = classes.filter((c) => c.n < item.n).at(-1)!;
      const expected = typicalBusinessAnchor((parent.entry as { code: string }).code, item.entry.number);
      return item.id === expected ? [] : [`line ${item.n}: ${item.id}, expected ${expected}`];
    });
    expect(problems).toEqual([]);
  });
});
