import { describe, expect, it } from 'vitest';
import { createMentionMatcher, firstMentions, mentionMatcherFrom } from './city-mentions.ts';
import { createMatcher } from './term-matcher.ts';

const matcher = createMentionMatcher([
  { key: 'nanjing', names: ['南京'] },
  { key: 'jinan', names: ['济南'] },
  { key: 'chengdu', names: ['成都'] },
  { key: 'dalian', names: ['大连'] },
  { key: 'xian', names: ['西安'] },
  { key: 'daqing', names: ['大庆'] },
  { key: 'changsha', names: ['长沙'] },
  { key: 'wulumuqi', names: ['乌鲁木齐'] },
  { key: 'hefei', names: ['合肥'] },
]);
const keys = (text: string) => matcher.find(text).map((m) => m.key);

describe('city mentions', () => {
  it('finds names with their offsets, in text order', () => {
    expect(matcher.find('南京市、成都和乌鲁木齐市')).toEqual([
      { key: 'nanjing', name: '南京', start: 0, end: 2 },
      { key: 'chengdu', name: '成都', start: 4, end: 6 },
      { key: 'wulumuqi', name: '乌鲁木齐', start: 7, end: 11 },
    ]);
  });

  it('counts names extended by 市 or a company name as mentions', () => {
    expect(keys('南京市承接服务外包执行额居示范城市首位')).toEqual(['nanjing']);
    expect(keys('一汽在北京、南京设立研发中心；西安装备制造')).toEqual(['nanjing', 'xian']);
  });

  it('skips names inside longer words', () => {
    expect(keys('逐步形成都市圈，完成都要有规划')).toEqual([]);
    expect(keys('扩大连续增长')).toEqual([]);
    expect(keys('保障东西安全')).toEqual([]);
    expect(keys('举行盛大庆典')).toEqual([]);
    expect(keys('复合肥料出口')).toEqual([]);
  });

  it('blocks a name only with its own words', () => {
    // 经济南 blocks 济南, not 南京 that follows it.
    expect(keys('发展经济南京市')).toEqual(['nanjing']);
    expect(keys('区域经济南北差距')).toEqual([]);
  });

  it('does not block a city name followed by an ordinary word', () => {
    expect(keys('长沙发展服务外包')).toEqual(['changsha']);
    expect(keys('成都市和大连市')).toEqual(['chengdu', 'dalian']);
  });

  it('prefers the longer of two overlapping names', () => {
    const m = createMentionMatcher([
      { key: 'a', names: ['大庆'] },
      { key: 'b', names: ['大庆市'] },
    ]);
    expect(m.find('大庆市').map((x) => x.key)).toEqual(['b']);
  });

  it('keeps the first mention of each city', () => {
    expect(firstMentions(matcher.find('南京、成都、南京、成都')).map((m) => m.start)).toEqual([0, 3]);
  });
});

describe('on top of the site term matcher', () => {
  const terms = createMatcher([
    { text: '南京', target: '/cities/nanjing/' },
    { text: '西安', target: '/cities/xian/' },
    { text: '东西安全', target: '/not-a-city/', autolink: false },
    { text: '服务外包', target: '/glossary/service-outsourcing/' },
  ]);
  const adapted = mentionMatcherFrom(terms);
  it('keeps city targets as mentions and drops other terms', () => {
    expect(adapted.find('南京市服务外包')).toEqual([{ key: 'nanjing', name: '南京', start: 0, end: 2 }]);
  });
  it('lets a longer non-city form cover a city name', () => {
    expect(adapted.find('保障东西安全，西安市')).toEqual([{ key: 'xian', name: '西安', start: 7, end: 9 }]);
  });
});
