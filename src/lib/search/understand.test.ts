import { describe, expect, it } from 'vitest';
import { captionLabel, keyForm, nameCoverage, Recognizer } from './understand.ts';

const recognizer = new Recognizer({
  keys: {
    [keyForm('知识流程外包')]: [['/glossary/kpo/', 'KPO']],
    [keyForm('KPO')]: [['/glossary/kpo/', 'KPO']],
    [keyForm('I24')]: [['/glossary/i24/', 'I24']],
    [keyForm('IT 咨询服务')]: [['/glossary/i24/', 'I24']],
    [keyForm('Customer Services')]: [['/glossary/b53/', 'B53']],
    [keyForm('杭州')]: [['/cities/hangzhou/', '杭州']],
    [keyForm('执行额')]: [['/glossary/executed-value/', '执行额']],
    [keyForm('2019年执行额')]: [['/indicators/execution/', '服务外包执行额']],
  },
  vocabulary: new Map([
    ['服务外包', 500],
    ['就业', 20],
    ['贡献', 10],
  ]),
  figures: { '表4-1': [['/reports/r/ch4/#table-4-1', '表 4-1 …']], '图1': [['/reports/n/news/#fig-1', '图 1：…']] },
});

const parts = (q: string) => recognizer.understand(q).parts.map((p) => `${p.text}:${p.kind}`);

describe('Recognizer', () => {
  it('sets question and function words aside and keeps what the question names', () => {
    const u = recognizer.understand('什么是知识流程外包？');
    expect(u.parts.map((p) => p.text)).toEqual(['知识流程外包']);
    expect(u.setAside).toContain('什么是');
    expect(parts('服务外包对就业有什么贡献')).toEqual(['服务外包:word', '就业:word', '贡献:word']);
  });
  it('recognizes codes and names typed with or without spaces, in any case', () => {
    expect(parts('I24 IT咨询服务')).toEqual(['i24:name', 'it咨询服务:name']);
    expect(parts('ＫＰＯ业务')[0]).toBe('kpo:name');
    expect(parts('Customer service')).toEqual(['customer services:name']);
  });
  it('names the page whose own name is the whole query, years included, however it is spaced', () => {
    expect(recognizer.understand('2019 年 执行额').named).toEqual([['/indicators/execution/', '服务外包执行额']]);
    expect(recognizer.understand('2019年执行额是多少').named).toBeUndefined();
    expect(recognizer.understand('执行额').named).toEqual([['/glossary/executed-value/', '执行额']]);
  });
  it('does not find a Latin name inside a longer word', () => {
    expect(parts('kpoxyz')).toEqual(['kpoxyz:latin']);
  });
  it('recognizes years, planning periods, cities and figure or table numbers', () => {
    const u = recognizer.understand('“十三五” 2019年 杭州 执行额 表 4-1');
    expect(u.parts.map((p) => `${p.text}:${p.kind}`)).toEqual(['2019:year', '十三五:period', '杭州:name', '执行额:name']);
    expect(u.figures.map((f) => f.label)).toEqual(['表4-1']);
    expect(recognizer.understand('图1 中国国际服务外包').figures.map((f) => f.label)).toEqual(['图1']);
  });
  it('keeps what it does not know as an unknown part', () => {
    expect(parts('量子计算')).toEqual(['量子计算:unknown']);
  });
  it('measures how much of a query names entries', () => {
    expect(nameCoverage(recognizer.understand('KPO 就业'))).toBeCloseTo(2 / 4);
  });
});

describe('captionLabel', () => {
  it('reads the label of a caption in the forms the documents use', () => {
    expect(captionLabel('图 1-12 2009—2019 年新增服务外包企业数量')).toBe('图1-12');
    expect(captionLabel('表 3. 2009~2018 年我国 TC 指数')).toBe('表3');
    expect(captionLabel('图 1：中国国际服务外包业务规模发展情况')).toBe('图1');
    expect(captionLabel('数据来源：商务部')).toBeUndefined();
  });
});
