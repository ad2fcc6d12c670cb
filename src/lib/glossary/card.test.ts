import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardCitation, cardLine, cardProblem, glossaryCard, typicalBusinessCard } from './card.ts';
import { readGlossary } from './glossary-fs.ts';
import { isEllipsisExcerpt } from '../editorial/text-rules.ts';

const source = { file: 'newsletter-2019-05-20.txt', lines: [800, 805] as [number, number] };
const definition = {
  text: '服务外包可分为在岸外包和离岸外包（包括近岸外包）。前者指发包方和承包方同处于一个国度之内，后者指公司将其业务交给其余国度的企业运营。',
  source,
  editorial: false,
};

describe('glossaryCard', () => {
  it('quotes a sourced definition and keeps its source', () => {
    const card = glossaryCard({ definition, shortDefinition: '服务外包可分为在岸外包和离岸外包（包括近岸外包）。前者指发包方和承包方同处于一个国度之内…' });
    expect(card).toEqual({ kind: 'source', text: '服务外包可分为在岸外包和离岸外包（包括近岸外包）。前者指发包方和承包方同处于一个国度之内…', source });
    expect(cardLine(card)).toBe(card.text);
  });

  it('without a shortDefinition shows the first sentence with …', () => {
    expect(glossaryCard({ definition }).text).toBe('服务外包可分为在岸外包和离岸外包（包括近岸外包）。…');
  });

  it('labels the editors’ own definition 编者释义, as the entry page does', () => {
    const card = glossaryCard({ definition: { text: '统计期内新签订的合同金额。五份文献都没有定义。', editorial: true } });
    expect(card).toEqual({ kind: 'editorial', text: '统计期内新签订的合同金额。…', label: '编者释义' });
    expect(cardLine(card)).toBe('编者释义：统计期内新签订的合同金额。…');
  });

  it('cites in the compact form, naming the guide inside the training pack', () => {
    const titles = new Map([
      ['newsletter-2019-05-20.txt', '服务外包行业简报（2019年5月20日）'],
      ['zhejiang-statistics-training-2015.txt', '2015 年浙江省服务外包统计培训资料'],
    ]);
    expect(cardCitation(source, titles)).toBe('《服务外包行业简报（2019年5月20日）》第 800–805 行');
    expect(cardCitation({ file: 'zhejiang-statistics-training-2015.txt', lines: [32, 32] }, titles)).toBe('《服务外包统计操作指引》第 32 行');
  });

  it('quotes a typical business’s explanation', () => {
    const tb = { text: '为客户提供招聘服务。包括筛选。', source: { file: 'zhejiang-statistics-training-2015.txt', lines: [200, 201] as [number, number] } };
    expect(typicalBusinessCard(tb)).toEqual({ kind: 'source', text: '为客户提供招聘服务。…', source: tb.source });
  });
});

describe('cardProblem', () => {
  it('rejects the paraphrase the issue found on 在岸外包, and says how to quote', () => {
    const problem = cardProblem({ definition, shortDefinition: '发包方和接包方同处于一个国家之内的服务外包。' });
    expect(problem?.message).toMatch(/not the quoted definition/);
    expect(problem?.fix).toContain('服务外包可分为在岸外包和离岸外包（包括近岸外包）。…');
    expect(problem?.fix).toMatch(/definition\.editorial: true/);
  });

  it('rejects a card longer than a card holds', () => {
    expect(cardProblem({ definition: { ...definition, text: '长'.repeat(300) }, shortDefinition: '长'.repeat(200) })?.message).toMatch(/200 characters/);
  });

  it('accepts quotations shortened with … and the editors’ own text', () => {
    expect(cardProblem({ definition })).toBeUndefined();
    expect(cardProblem({ definition, shortDefinition: '…前者指发包方和承包方同处于一个国度之内…' })).toBeUndefined();
    expect(cardProblem({ definition: { text: '编者的释义。', editorial: true }, shortDefinition: '编者的话。' })).toBeUndefined();
  });
});

describe('the committed glossary', () => {
  const { entries } = readGlossary(join(import.meta.dirname, '../../..'));

  it('quotes the source on every card of a sourced entry and labels every other one 编者释义', () => {
    const kinds = { source: 0, editorial: 0 };
    for (const entry of entries) {
      const card = glossaryCard(entry);
      kinds[card.kind] += 1;
      expect(cardProblem(entry), entry.file).toBeUndefined();
      if (card.kind === 'source') expect(isEllipsisExcerpt(card.text, entry.definition.text), entry.file).toBe(true);
      else expect(entry.definition.editorial, entry.file).toBe(true);
    }
    expect(kinds.editorial).toBe(entries.filter((e) => e.definition.editorial).length);
    expect(kinds.editorial).toBeGreaterThan(0);
    expect(kinds.source).toBe(entries.filter((e) => !e.definition.editorial).length);
  });

  it('shows the newsletter’s words on the card of 在岸外包 (国度, not 国家)', () => {
    const onshore = entries.find((e) => e.slug === 'onshore-outsourcing')!;
    expect(glossaryCard(onshore).text).toContain('同处于一个国度之内');
  });
});
