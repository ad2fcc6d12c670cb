import { describe, expect, it } from 'vitest';
import { blankQuoted, findSitePlanPhrases, isEllipsisExcerpt, leadExcerpt, readMarkers } from './text-rules.ts';

const found = (text: string) => findSitePlanPhrases(text).map((p) => p.found);

describe('findSitePlanPhrases', () => {
  it('finds the stale plan of en-zj-fig-1 as it was published', () => {
    const before =
      '分类树（3 个门类、9 个大类、35 个中类）的全部条目见“（三）业务术语解释及典型业务举例”各页，日后将在术语表中据正文重建。';
    expect(found(before)).toEqual(['日后', '将在术语表']);
  });

  it('finds the site announcing or postponing its own work', () => {
    expect(found('原图未随文本保存，图表将据正文数据重建。')).toEqual(['图表将']);
    expect(found('本站将在下一版补出此表。')).toEqual(['本站将', '下一版']);
    expect(found('各市数值待补充。')).toEqual(['待补充']);
    expect(found('此数有待核实。')).toEqual(['有待核实']);
    expect(found('术语表尚未收录该词。')).toEqual(['尚未收录']);
    expect(found('今后再据原文绘制。')).toEqual(['今后']);
    expect(found('本页会陆续更新。')).toEqual(['本页会']);
  });

  it('leaves the source’s own words in quotations and titles alone', () => {
    expect(found('本条正文三处都说该意见尚未出台：“商务部近期将出台”（第 223–225 行）。')).toEqual([]);
    expect(found('原文作“今后五年将重点发展”。')).toEqual([]);
    expect(found('据《关于将技术先进型服务企业所得税政策推广至全国实施的通知》。')).toEqual([]);
  });

  it('leaves 将 meaning 把, the source’s state and the site’s present actions alone', () => {
    expect(found('原文将 ITO 称为“信息技术服务外包”。')).toEqual([]);
    expect(found('按 6.62 折算，合同额约为 1999 亿美元。')).toEqual([]);
    expect(found('本站保留原文编号。')).toEqual([]);
    expect(found('本站照录这些标记。')).toEqual([]);
    expect(found('当时 2019 年上半年尚未过去。')).toEqual([]);
    expect(found('该意见尚未出台。')).toEqual([]);
    expect(found('章名为编者据本章内容所拟。')).toEqual([]);
    expect(found('2016 年以后，人民币兑日元有所贬值。')).toEqual([]);
  });

  it('finds advice on using the source’s figures, as the en-nl2019-usd-conversion note gave it', () => {
    expect(found('按 6.62 折算，合同额和执行额约为 2000 亿和 1450 亿美元，因此 1939.9 和 1406.9 亿美元两数不宜引用。')).toEqual(['不宜引用']);
    expect(found('两表口径不同，不宜混用。')).toEqual(['不宜混用']);
    expect(found('参考文献请查原刊。')).toEqual(['请查']);
    expect(findSitePlanPhrases('两数不宜引用。')[0]!.message).toMatch(/leaves the judgement to the reader/);
    expect(found('原文写作“此数据不宜引用”。')).toEqual([]);
    expect(found('参见第 206–208 行。')).toEqual([]);
  });

  it('says what to write instead', () => {
    const [problem] = findSitePlanPhrases('日后补出。');
    expect(problem!.index).toBe(0);
    expect(problem!.message).toMatch(/not the site’s plans/);
    expect(problem!.fix).toMatch(/原文未给出/);
  });
});

describe('blankQuoted', () => {
  it('blanks quotations and titles, nested ones too, and keeps offsets', () => {
    const text = '甲“乙《丙》丁”戊《己》庚';
    const blank = blankQuoted(text);
    expect(blank.length).toBe(text.length);
    expect(blank).toBe('甲“     ”戊《 》庚');
  });
});

describe('readMarkers', () => {
  it('reads both kinds with their basis, nested document numbers included', () => {
    const text =
      '首批 15 个试点地区不含北京〔原文未载，依据：国务院 2016 年的批复（国函〔2016〕40 号）〕；带动率为两者之比〔编者推断，依据：231.4 ÷ 1349.4 ≈ 17.1%〕。';
    const { markers, problems } = readMarkers(text);
    expect(problems).toEqual([]);
    expect(markers.map((m) => [m.kind, m.basis])).toEqual([
      ['原文未载', '国务院 2016 年的批复（国函〔2016〕40 号）'],
      ['编者推断', '231.4 ÷ 1349.4 ≈ 17.1%'],
    ]);
  });

  it('rejects a marker without its basis, with another wording, or left open', () => {
    const bad = ['襄阳不在其列〔原文未载〕。', '襄阳不在其列〔原文未载：名单〕。', '襄阳不在其列〔编者推断，依据：〕。', '襄阳不在其列〔原文未载，依据：商务部名单'];
    for (const text of bad) {
      const { markers, problems } = readMarkers(text);
      expect(markers, text).toEqual([]);
      expect(problems, text).toHaveLength(1);
      expect(problems[0]!.fix).toMatch(/〔原文未载，依据：/);
    }
  });
});

describe('isEllipsisExcerpt', () => {
  const quote = '服务外包可分为在岸外包和离岸外包（包括近岸外包）。前者指发包方和承包方同处于一个国度之内，后者指公司将其业务交给其余国度的企业运营。';

  it('accepts the quotation itself and parts of it with … wherever text is left out', () => {
    expect(isEllipsisExcerpt(quote, quote)).toBe(true);
    expect(isEllipsisExcerpt('服务外包可分为在岸外包和离岸外包（包括近岸外包）。…', quote)).toBe(true);
    expect(isEllipsisExcerpt('…前者指发包方和承包方同处于一个国度之内…', quote)).toBe(true);
    expect(isEllipsisExcerpt('服务外包可分为在岸外包和离岸外包（包括近岸外包）。…后者指公司将其业务交给其余国度的企业运营。', quote)).toBe(true);
  });

  it('rejects a paraphrase, a changed word, a missing … and parts out of order', () => {
    // The card the issue found: 国家 for the source's 国度.
    expect(isEllipsisExcerpt('发包方和接包方同处于一个国家之内的服务外包。', quote)).toBe(false);
    expect(isEllipsisExcerpt('…前者指发包方和承包方同处于一个国家之内…', quote)).toBe(false);
    expect(isEllipsisExcerpt('前者指发包方和承包方同处于一个国度之内…', quote)).toBe(false); // text left out before, no …
    expect(isEllipsisExcerpt('服务外包可分为在岸外包和离岸外包（包括近岸外包）。', quote)).toBe(false); // text left out after, no …
    expect(isEllipsisExcerpt('…后者指公司…前者指发包方…', quote)).toBe(false);
    expect(isEllipsisExcerpt('服务外包可分为…在岸外包和离岸外包（包括近岸外包）。…', quote)).toBe(false); // … that leaves out nothing
    expect(isEllipsisExcerpt('…', quote)).toBe(false);
    expect(isEllipsisExcerpt('服务外包……', quote)).toBe(false);
  });
});

describe('leadExcerpt', () => {
  it('takes the first sentence and marks what follows with …', () => {
    expect(leadExcerpt('第一句。第二句。')).toBe('第一句。…');
    expect(leadExcerpt('只有一句。')).toBe('只有一句。');
    expect(leadExcerpt('没有句号')).toBe('没有句号');
    expect(leadExcerpt('长'.repeat(200), 10)).toBe(`${'长'.repeat(9)}…`);
    for (const text of ['第一句。第二句。', '长'.repeat(200)]) expect(isEllipsisExcerpt(leadExcerpt(text, 10), text)).toBe(true);
  });
});
