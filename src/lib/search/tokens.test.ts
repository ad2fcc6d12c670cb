import { describe, expect, it } from 'vitest';
import { charCode, indexTokens, phraseTokens, pieces, runTokens } from './tokens.ts';

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
  it('indexes a run as bigrams plus an end token', () => {
    const tokens = runTokens('服务外包');
    expect(tokens).toHaveLength(4);
    expect(tokens[0]).toBe(`zh${charCode('服')}${charCode('务')}`);
    expect(tokens[3]).toBe(`zh${charCode('包')}zzz`);
  });
  it('makes a query phrase whose tokens stand consecutively in any text that contains it', () => {
    const text = indexTokens('承接服务外包合同额').join(' ');
    expect(text).toContain(phraseTokens('服务外包').join(' '));
    expect(text).toContain(phraseTokens('外包').join(' '));
    // 大连 is not in a text that only has 大额 and 连续.
    expect(indexTokens('大额合同连续增长').join(' ')).not.toContain(phraseTokens('大连').join(' '));
  });
  it('finds a single character by token prefix, wherever it stands in a run', () => {
    const prefix = phraseTokens('包')[0]!;
    expect(indexTokens('外包').some((t) => t.startsWith(prefix))).toBe(true);
    expect(indexTokens('包装').some((t) => t.startsWith(prefix))).toBe(true);
  });
});
