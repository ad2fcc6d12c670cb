import { describe, expect, it } from 'vitest';
import { parseClassification, renderClassification } from './classification.ts';
import { blocksIn } from './source.test-helper.ts';

// Section （三） of the guide: lines 110–609 (ITO 110–288, BPO 290–437, KPO 439–609).
const nodes = parseClassification(blocksIn(110, 609));
const count = (kind: string) => nodes.filter((n) => n.kind === kind).length;

describe('the 2015 classification as the guide writes it', () => {
  it('has the 3 门类, 9 大类 and 35 中类 the text announces, and 77 典型业务', () => {
    expect(count('category')).toBe(3);
    expect(count('division')).toBe(9);
    expect(count('class')).toBe(35);
    expect(count('typical')).toBe(77);
  });
  it('gives every entry a unique lower-case ASCII id', () => {
    const ids = nodes.flatMap((n) => ('id' in n ? [n.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(?:-t\d)?$/);
    expect(ids.filter((id) => !id.includes('-'))).toEqual(expect.arrayContaining(['ito', 'bpo', 'kpo', 'i1', 'b6', 'k9', 'i11', 'b41', 'k75', 'k99']));
  });
  it('keeps the misspelt 典行业务 as the second typical business of B62', () => {
    const b62t2 = nodes.find((n) => n.kind === 'typical' && n.id === 'b62-t2');
    expect(b62t2 && 'label' in b62t2 ? b62t2.label : '').toBe('典行业务 2： 采购方案设计');
  });
  it('leaves only the three 门类 definitions as plain text', () => {
    expect(nodes.filter((n) => n.kind === 'text').map((n) => n.block.from)).toEqual([112, 292, 441]);
  });
  it('renders headings with ids and typical businesses as list items with ids', () => {
    const mdx = renderClassification(nodes).join('\n\n');
    expect(mdx).toContain('#### I11 软件研发及开发服务， {/* #i11 */}');
    expect(mdx).toContain('<li id="k75-t4">**典型业务 4：法律合规服务**，通过跟踪各国政府机构颁布的法律法规，出具履约及可疑活动报告。</li>');
  });
});
