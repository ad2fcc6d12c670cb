/**
 * A made-up documents catalogue of any size whose years and publishers grow
 * with it, as a real one's do (an annual report every year, newsletters,
 * notices from more and more publishers): for the tests that show the
 * catalogue's pages and their number stay bounded and linear.
 */
import type { CatalogueDocument } from '../../src/lib/documents/catalogue.ts';

const TYPES = ['报告', '简报', '论文', '统计指引', '政策通知'];
const PLACES = ['江苏', '浙江', '广东', '山东', '四川', '湖北', '辽宁', '福建', '安徽', '河南', '陕西', '重庆'];
const BODIES = ['省商务厅', '服务外包协会', '贸易促进会', '大学经济学院'];

/** n documents: 5 types, a year per 20 documents (2010 onward) and a publisher per 8 documents (up to 48), spread so that many combinations occur; newest first. */
export function generatedCatalogue(n: number): CatalogueDocument[] {
  const years = Math.max(1, Math.ceil(n / 20));
  const publishers = Math.min(PLACES.length * BODIES.length, Math.max(1, Math.ceil(n / 8)));
  return Array.from({ length: n }, (_, i) => {
    const p = (i * 5) % publishers;
    const type = TYPES[(i * 7) % TYPES.length]!;
    const year = 2010 + ((i * 13) % years);
    const publisher = `${PLACES[p % PLACES.length]}${BODIES[Math.floor(p / PLACES.length)]}`;
    const id = `doc-${String(i).padStart(4, '0')}`;
    return {
      id,
      type,
      year,
      publisher,
      title: `${year} 年${publisher}服务外包${type}（第 ${i} 号）`,
      url: `/reports/${id}/`,
      date: `${year}年${(i % 12) + 1}月${(i % 28) + 1}日`,
      pageCount: 3 + (i % 12),
      summary: `${publisher}发布的${year} 年服务外包${type}：离岸与在岸执行额、信息技术外包、业务流程外包与知识流程外包的结构，示范城市的发展情况，以及下一年的政策重点。`,
    };
  }).sort((a, b) => b.year - a.year || a.id.localeCompare(b.id));
}
