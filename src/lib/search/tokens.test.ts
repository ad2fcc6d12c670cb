import { describe, expect, it } from 'vitest';
import { charCode, GRAM, indexTokens, phraseAnchors, pieces, runTokens } from './tokens.ts';

describe('search tokens', () => {
  it('encodes each Chinese character in three base-36 digits', () => {
    expect(charCode('\u3400')).toBe('000');
    expect(charCode('\u9fff')).toHaveLength(3);
    expect(charCode('服')).not.toBe(charCode('务'));
  });
  it('splits text into Chinese runs and Latin/number words', () => {
    expect(pieces('2019 年，ITO 执行额 1580.8 亿美元（IT-BPM）')).toEqual([
      { kind: 'word', text: '2019' },
      { kind: 'cjk', text: '年' },
      { kind: 'word', text: 'ito' },
      { kind: 'cjk', text: '执行额' },
      { kind: 'word', text: '1580.8' },
      { kind: 'cjk', text: '亿美元' },
      { kind: 'word', text: 'it' },
      { kind: 'word', text: 'bpm' },
    ]);
  });
  it('indexes for each character of a run the strings of 1 … GRAM characters starting with it', () => {
    const tokens = runTokens('服务外包企');
    const code = (s: string) => `zh${[...s].map(charCode).join('')}`;
    expect(GRAM).toBe(4);
    expect(tokens).toHaveLength(5 * GRAM);
    expect(tokens.slice(0, 4)).toEqual(['服', '服务', '服务外', '服务外包'].map(code));
    expect(tokens.slice(8, 12)).toEqual(['外', '外包', '外包企', '外包企'].map(code));
    expect(tokens.slice(16)).toEqual(['企', '企', '企', '企'].map(code));
  });
  /** Whether the anchors of a phrase stand at their offsets somewhere in an indexed text, as the engine checks. */
  const holds = (text: string, phrase: string) => {
    const stream = indexTokens(text);
    const [first, ...rest] = phraseAnchors(phrase);
    return stream.some((t, at) => t === first!.token && rest.every((a) => stream[at + a.offset - first!.offset] === a.token));
  };
  it('finds a phrase, and only where the text holds it', () => {
    expect(holds('承接服务外包合同额', '服务外包')).toBe(true);
    expect(holds('承接服务外包合同额', '外包')).toBe(true);
    expect(holds('承接服务外包合同额', '额')).toBe(true);
    expect(holds('承接服务外包合同额', '承接服务外包合同额')).toBe(true);
    expect(holds('承接服务外包合同额', '务外包合同')).toBe(true);
    expect(holds('2019 年，承接离岸服务外包合同额', '2019年离岸服务外包')).toBe(false);
    expect(holds('2019 年承接离岸服务外包合同额', '2019年承接离岸服务外包')).toBe(true);
    // 大连 is not in a text that only has 大额 and 连续; 西安 is not in 陕西、安徽.
    expect(holds('大额合同连续增长', '大连')).toBe(false);
    expect(holds('陕西、安徽', '西安')).toBe(false);
    // A run in the phrase ends where the next word follows it.
    expect(holds('服务外包企业 ITO', '服务外包ito')).toBe(false);
    expect(holds('服务外包 ITO', '服务外包ito')).toBe(true);
    // A string no text holds is not found by a shorter one.
    expect(holds('离岸外包', '进岸外包')).toBe(false);
  });
  it('searches a string of up to GRAM characters with one token, a longer one with a few', () => {
    expect(phraseAnchors('服务外包')).toHaveLength(1);
    expect(phraseAnchors('知识流程外包').map((a) => a.offset)).toEqual([3, 2 * GRAM + 3]);
    expect(phraseAnchors('2019年服务外包')).toHaveLength(3);
    expect(phraseAnchors('推动服务外包加快转型升级')).toHaveLength(3);
  });
});
