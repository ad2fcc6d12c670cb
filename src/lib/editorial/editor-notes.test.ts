import { describe, expect, it } from 'vitest';
import { findEditorNotes } from './editor-notes.ts';

describe('findEditorNotes', () => {
  it('finds notes with id, kind, plain text and line', () => {
    const mdx = [
      '## 一、标题 {/* #a */}',
      '',
      '<EditorNote id="en-r19-shandong" kind="error">',
      '',
      '表中山东省为 **124205**，正文第 652 行为 14205\\*。',
      '',
      '</EditorNote>',
      '',
      '<EditorNote id="en-r19-gap">原文此处缺失。</EditorNote>',
    ].join('\n');
    expect(findEditorNotes(mdx)).toEqual([
      { id: 'en-r19-shandong', kind: 'error', text: '表中山东省为 124205，正文第 652 行为 14205*。', line: 3 },
      { id: 'en-r19-gap', kind: 'remark', text: '原文此处缺失。', line: 9 },
    ]);
  });
  it('fails loudly on a note without id', () => {
    expect(() => findEditorNotes('a\n<EditorNote kind="gap">x</EditorNote>')).toThrow(/line 2: <EditorNote> needs an id/);
  });
});

describe('an editorial note holding a table', () => {
  it('reads as one paragraph: no Markdown pipes, rows apart', () => {
    const mdx = '<EditorNote id="en-t" kind="remark">\n\n下表为编者整理。\n\n| 项目 | 金额 |\n| --- | --- |\n| 服务出口 | 4634.9 |\n\n</EditorNote>';
    expect(findEditorNotes(mdx)[0]!.text).toBe('下表为编者整理。项目 金额；服务出口 4634.9');
  });
});
