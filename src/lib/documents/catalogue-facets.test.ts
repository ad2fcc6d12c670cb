import { describe, expect, it } from 'vitest';
import { facetSlug, facetValuePages } from './catalogue-facets.ts';
import { matches } from './catalogue.ts';
import { paginate } from '../navigation/pagination.ts';
import { CATALOGUE_PAGE_SIZE } from './catalogue.ts';

const types = ['报告', '简报', '论文', '统计指引'];
const publishers = ['中华人民共和国商务部、中国服务外包研究中心', '杨金高科', '浙江省商务厅服贸处（培训组织方）'];
/** A synthetic catalogue of 500 documents. */
const catalogue = Array.from({ length: 500 }, (_, i) => ({ id: `doc-${i}`, type: types[i % 4]!, year: 2010 + (i % 16), publisher: publishers[i % 3]! }));

describe('catalogue facet pages', () => {
  const pages = facetValuePages(catalogue);

  it('give every value of every facet one readable address and its count', () => {
    expect(pages).toHaveLength(types.length + 16 + publishers.length);
    expect(pages.find((p) => p.value === '简报')).toEqual({ key: 'type', label: '文档类型', value: '简报', count: 125, slug: 'jian-bao', url: '/reports/by/type/jian-bao/' });
    expect(pages.find((p) => p.key === 'year' && p.value === '2019')!.url).toBe('/reports/by/year/2019/');
    expect(pages.find((p) => p.value === '杨金高科')!.url).toBe('/reports/by/publisher/yang-jin-gao-ke/');
    expect(new Set(pages.map((p) => p.url)).size).toBe(pages.length);
  });

  it('count what the filter keeps, and the paginated value lists reach each of those documents once', () => {
    for (const page of pages) {
      const kept = catalogue.filter((d) => matches(d, { [page.key]: page.value }));
      expect(kept.length, page.url).toBe(page.count);
      const listPages = paginate(kept, CATALOGUE_PAGE_SIZE, page.url);
      expect(listPages.every((p) => p.items.length <= CATALOGUE_PAGE_SIZE)).toBe(true);
      expect(listPages.flatMap((p) => p.items)).toEqual(kept);
    }
  });

  it('spell values as pinyin, keeping Latin letters and digits', () => {
    expect(facetSlug('统计指引')).toBe('tong-ji-zhi-yin');
    expect(facetSlug('ITO 报告')).toBe('ito-bao-gao');
    expect(facetSlug('张慧敏；世界经济探索（汉斯出版社）')).toBe('zhang-hui-min-shi-jie-jing-ji-tan-suo-han-si-chu-ban-she');
  });

  it('fail on two values that would share an address, naming both', () => {
    expect(() => facetValuePages([...catalogue, { type: '简 报', year: 2019, publisher: '杨金高科' }])).toThrow(/“简报” and “简 报”|“简 报” and “简报”/);
    expect(() => facetValuePages([{ type: '——', year: 2019, publisher: '杨金高科' }])).toThrow(/gives no address/);
  });
});
