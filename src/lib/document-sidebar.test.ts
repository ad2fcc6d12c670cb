import { describe, expect, it } from 'vitest';
import { buildDocumentSidebar } from './document-sidebar.ts';

describe('buildDocumentSidebar', () => {
  it('lists the landing page first and pages by order', () => {
    const [group] = buildDocumentSidebar([
      {
        id: 'report',
        label: '报告',
        pages: [
          { slug: 'b', title: '第二节 乙', order: 2, document: 'report' },
          { slug: 'index', title: '报告', order: 0, document: 'report' },
          { slug: 'a', title: '第一节 甲', sidebarLabel: '1.1 甲', order: 1, document: 'report' },
        ],
      },
    ]);
    expect(group!.label).toBe('报告');
    expect(group!.items).toEqual([
      { label: '文档概览', link: '/reports/report/' },
      { label: '1.1 甲', link: '/reports/report/a/' },
      { label: '第二节 乙', link: '/reports/report/b/' },
    ]);
  });
});
