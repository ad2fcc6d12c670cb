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
