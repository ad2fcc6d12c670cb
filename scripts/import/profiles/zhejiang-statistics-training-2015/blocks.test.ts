import { describe, expect, it } from 'vitest';
import { segmentBlocks, splitRunIn, stripBullet } from './blocks.ts';

const lines = (texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));
const run = (texts: string[]) => segmentBlocks(lines(texts), (n) => texts[n - 1]!);

describe('segmentBlocks', () => {
  it('ends a paragraph after a line with trailing whitespace, and joins the others', () => {
    const blocks = run(['第一段第一行', '', '第一段末行。 ', '第二段。 ']);
    expect(blocks.map((b) => [b.from, b.to, b.text])).toEqual([
      [1, 3, '第一段第一行第一段末行。'],
      [4, 4, '第二段。'],
    ]);
  });
  it('opens a list item at a Wingdings bullet and drops the glyph', () => {
    const blocks = run(['\uF0D8 第一条；', '\uF0D8 第二条跨', '两行。 ']);
    expect(blocks.map((b) => [b.bullet, b.text])).toEqual([
      [true, '第一条；'],
      [true, '第二条跨两行。'],
    ]);
  });
  it('keeps a word space between two Latin words from ending the paragraph', () => {
    const blocks = run(['向 INTERNATIONAL ', 'INSPIRATIONS LTD10 多', '家。 ']);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.text).toBe('向 INTERNATIONAL INSPIRATIONS LTD10 多家。');
  });
  it('records the indent of a bullet whose glyph was lost', () => {
    expect(run(['     基于大数据的智能语音技术。 '])[0]!.indent).toBe(5);
  });
});

describe('splitRunIn', () => {
  it('splits a run-in heading at its first full stop', () => {
    expect(splitRunIn('１、参与主体。服务外包的参与主体涉及……。')).toEqual(['１、参与主体。', '服务外包的参与主体涉及……。']);
  });
  it('refuses a paragraph without a run-in heading', () => {
    expect(() => splitRunIn('没有句号')).toThrow();
  });
});

describe('stripBullet', () => {
  it('removes the bullet glyph and stray private-use glyphs', () => {
    expect(stripBullet('\uF06C 人力资源外包\uF06C')).toBe('人力资源外包');
  });
});
