import { describe, expect, it } from 'vitest';
import { createMatcher, firstMentions, type MatcherForm } from './term-matcher.ts';

const FORMS: MatcherForm[] = [
  { text: '服务外包', target: '/glossary/service-outsourcing/' },
  { text: '技术服务外包', target: '/glossary/k8/', notAfter: ['区块链', '工程'] },
  { text: '信息技术服务外包', target: '/glossary/i2/', ambiguous: true },
  { text: '信息技术服务外包', target: '/glossary/ito/', ambiguous: true },
  { text: '信息技术外包', target: '/glossary/ito/' },
  { text: 'ITO', target: '/glossary/ito/' },
  { text: 'BPO', target: '/glossary/bpo/' },
  { text: 'KPO', target: '/glossary/kpo/' },
  { text: 'LPO', target: '/glossary/k75/' },
  { text: 'IT-BPM', target: '/glossary/it-bpm/' },
  { text: 'IT 咨询服务', target: '/glossary/i24/' },
  { text: '离岸服务外包', target: '/glossary/offshore-outsourcing/' },
  { text: '执行额', target: '/glossary/executed-value/' },
  { text: '服务外包示范城市', target: '/glossary/demonstration-city/' },
  { text: '客户服务', target: '/glossary/b53/', autolink: false },
  { text: 'TC 指数', target: '/glossary/trade-competitiveness-index/' },
  { text: 'TC', target: '/glossary/trade-competitiveness-index/' },
];
const matcher = createMatcher(FORMS);
const links = (text: string) =>
  matcher
    .find(text)
    .filter((m) => m.linkable)
    .map((m) => `${m.text}→${m.target}`);

describe('createMatcher', () => {
  it('prefers the longest term and never matches inside it', () => {
    expect(links('技术服务外包和服务外包')).toEqual(['技术服务外包→/glossary/k8/', '服务外包→/glossary/service-outsourcing/']);
    expect(links('服务外包示范城市')).toEqual(['服务外包示范城市→/glossary/demonstration-city/']);
    expect(links('离岸服务外包执行额')).toEqual(['离岸服务外包→/glossary/offshore-outsourcing/', '执行额→/glossary/executed-value/']);
  });

  it('does not match a term right after a prefix it refuses', () => {
    expect(links('区块链技术服务外包执行额')).toEqual(['服务外包→/glossary/service-outsourcing/', '执行额→/glossary/executed-value/']);
    expect(links('K8 技术服务外包')).toEqual(['技术服务外包→/glossary/k8/']);
  });

  it('covers an ambiguous name without linking it or anything inside it', () => {
    const found = matcher.find('发展信息技术服务外包。');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: '信息技术服务外包', target: undefined, linkable: false });
    expect(links('发展信息技术服务外包。')).toEqual([]);
  });

  it('links an ambiguous name where the context resolves it', () => {
    const inGuide = createMatcher(FORMS, { resolve: { 信息技术服务外包: '/glossary/i2/' } });
    expect(inGuide.find('（2）I2 信息技术服务外包')[0]).toMatchObject({ target: '/glossary/i2/', linkable: true });
  });

  it('treats one text claimed by two targets as ambiguous even if no form says so', () => {
    const clash = createMatcher([
      { text: '工业设计', target: '/glossary/k81/' },
      { text: '工业设计', target: '/glossary/disputed-cases/#industrial-design' },
    ]);
    expect(clash.find('工业设计')[0]).toMatchObject({ linkable: false, target: undefined });
  });

  it('matches Latin abbreviations inside Chinese text but not inside Latin words', () => {
    expect(links('承接ITO业务')).toEqual(['ITO→/glossary/ito/']);
    expect(links('ITO、BPO和KPO')).toEqual(['ITO→/glossary/ito/', 'BPO→/glossary/bpo/', 'KPO→/glossary/kpo/']);
    expect(links('法律流程外包服务（LPO）')).toEqual(['LPO→/glossary/k75/']);
    expect(links('ITOS 系统')).toEqual([]);
    expect(links('PITO')).toEqual([]);
    expect(links('BPO2')).toEqual([]);
    expect(links('ito 与 bpo')).toEqual([]);
  });

  it('matches a hyphenated abbreviation whole, not its parts', () => {
    expect(links('印度 IT-BPM 产业')).toEqual(['IT-BPM→/glossary/it-bpm/']);
  });

  it('lets a space in a form match any whitespace or none', () => {
    expect(links('提供IT咨询服务')).toEqual(['IT咨询服务→/glossary/i24/']);
    expect(links('提供 IT  咨询服务')).toEqual(['IT  咨询服务→/glossary/i24/']);
    expect(links('TC指数为负')).toEqual(['TC指数→/glossary/trade-competitiveness-index/']);
  });

  it('does not link everyday phrases marked autolink: false', () => {
    expect(matcher.find('在保证客户服务要求的情况下')[0]).toMatchObject({ text: '客户服务', linkable: false });
  });

  it('leaves out excluded targets, such as the page’s own entry', () => {
    const onItoPage = createMatcher(FORMS, { exclude: new Set(['/glossary/ito/']) });
    expect(onItoPage.find('ITO')[0]!.linkable).toBe(false);
  });

  it('is deterministic whatever the order of the forms', () => {
    const text = '2019 年，离岸服务外包执行额中 ITO、BPO、KPO 结构比例调整；信息技术服务外包与技术服务外包。';
    const shuffled = createMatcher([...FORMS].reverse());
    expect(shuffled.find(text)).toEqual(matcher.find(text));
  });
});

describe('firstMentions', () => {
  it('links the first mention of each term per section, skipping headings and existing links', () => {
    const result = firstMentions(
      [
        { text: '一、ITO 发展情况', skip: true, section: 'a' },
        { text: 'ITO 执行额增长，ITO 占比下降。', section: 'a' },
        { text: 'BPO', skip: true, section: 'a' },
        { text: 'BPO 保持稳定，执行额也增长。', section: 'a' },
        { text: 'ITO 在另一节。', section: 'b' },
      ],
      matcher,
    );
    expect(result.map((r) => [r.segment, r.matches.map((m) => `${m.start}:${m.text}`)])).toEqual([
      [1, ['0:ITO', '4:执行额']],
      [3, ['0:BPO']],
      [4, ['0:ITO']],
    ]);
  });

  it('does not count an unlinkable mention as the first one', () => {
    const result = firstMentions([{ text: '信息技术服务外包，即信息技术外包。' }], matcher);
    expect(result[0]!.matches.map((m) => m.text)).toEqual(['信息技术外包']);
  });
});
