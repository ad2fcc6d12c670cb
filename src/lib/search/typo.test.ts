import { describe, expect, it } from 'vitest';
import { correct, Readings } from './typo.ts';

const readings = new Readings({ zai: '在再', li: '离', an: '岸按', bin: '滨宾', ping: '平', pin: '品', bao: '包抱', zhou: '州洲', xiang: '想' });
const candidates = [
  { term: '在岸外包', isName: true, count: 5 },
  { term: '离岸外包', isName: true, count: 30 },
  { term: '哈尔滨', isName: true, count: 3 },
  { term: '服务水平协议', isName: true, count: 2 },
  { term: '苏州', isName: true, count: 9 },
  { term: '外包', isName: false, count: 90 },
];
const never = () => false;

describe('correct', () => {
  it('prefers a same-sound character over a more frequent term', () => {
    expect(correct('再岸外包', candidates, readings, never)).toEqual({ from: '再岸外包', to: '在岸外包', at: 0 });
  });
  it('corrects a three-character name only by sound', () => {
    expect(correct('哈尔宾', candidates, readings, never)?.to).toBe('哈尔滨');
    expect(correct('哈尔冰', candidates, readings, never)).toBeUndefined();
  });
  it('accepts any one wrong character in a longer term, inside a longer query', () => {
    expect(correct('什么是服务水品协议', candidates, readings, never)).toEqual({ from: '服务水品协议', to: '服务水平协议', at: 3 });
  });
  it('corrects a two-character name only when it is the whole query, and by sound', () => {
    expect(correct('苏洲', candidates, readings, never)?.to).toBe('苏州');
    expect(correct('苏想', candidates, readings, never)).toBeUndefined();
    expect(correct('苏洲外包', candidates, readings, never)).toBeUndefined();
    expect(correct('外抱', candidates, readings, never)).toBeUndefined();
  });
  it('leaves known words and text two characters away alone', () => {
    expect(correct('再按外包', candidates, readings, never)).toBeUndefined();
    expect(correct('再岸外包', candidates, readings, (s) => s === '再岸外包')).toBeUndefined();
  });
});
