/**
 * Checks the committed glossary data against the sources: exact counts of the
 * 2015 classification, every quotation equal to the source text at its cited
 * lines, headings and labels where the source prints them, and references
 * between entries that resolve.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGlossary, PERMALINKS_FILE } from './glossary-fs.ts';
import { createMatcher } from '../linking/term-matcher.ts';
import {
  buildRoutes,
  checkTree,
  collectTermForms,
  matcherForms,
  glossaryPermalinks,
  parsePermalinks,
  pinyinTokensNeeded,
  resolveRef,
} from './glossary.ts';
import { shortDefinitionOf } from './card.ts';
import type { SourceRef } from './schema.ts';
import { locateQuote } from '../provenance/source-quote.ts';
import { readSourceLines } from '../provenance/source-map-fs.ts';
import { normalizeForCompare } from '../provenance/source-text.ts';

const ROOT = join(import.meta.dirname, '../../..');
const { entries, rules, redirects } = readGlossary(ROOT);
const bySlug = new Map(entries.map((e) => [e.slug, e]));
const coded = entries.filter((e) => e.code);
const level = (l: string) => coded.filter((e) => e.level === l);

const sourceCache = new Map<string, string[]>();
const sourceLines = (file: string) => {
  if (!sourceCache.has(file)) sourceCache.set(file, readSourceLines(ROOT, file));
  return sourceCache.get(file)!;
};

/** Every quotation with where it is from and what may stand before it on its first line. */
interface Check {
  where: string;
  text: string;
  source: SourceRef;
  /** Exact normalized text expected before the quotation on the cited lines; undefined = anything. */
  lead?: string | RegExp;
  /** Whether text may follow the quotation on its last line. */
  trailOk?: boolean;
}

function checks(): Check[] {
  const out: Check[] = [];
  for (const e of entries) {
    const w = `${e.file}`;
    if (e.definition.source) {
      let lead: string | RegExp | undefined;
      if (e.level === '门类') lead = '';
      else if (e.level === '大类') lead = new RegExp(`^（\\d）${e.code}${escape(normalizeForCompare(e.termZh))}，$`);
      else if (e.level === '中类') {
        const printed = normalizeForCompare(e.termZh + (e.abbr ? `（${e.abbr}）` : ''));
        lead = `${e.code}${printed}，`;
      }
      out.push({ where: `${w} definition`, text: e.definition.text, source: e.definition.source, lead, trailOk: !e.code });
    }
    for (const a of e.aspects) {
      out.push({ where: `${w} aspect ${a.id}`, text: a.text, source: a.source, lead: new RegExp(`^[1-9１-９]、${a.title}。$`) });
    }
    for (const tb of e.typicalBusinesses) {
      const label = new RegExp(`^典[型行]业务${tb.number}：?${escape(normalizeForCompare(tb.name))}，$`);
      out.push({ where: `${w} ${tb.id}`, text: tb.text, source: tb.source, lead: label });
      tb.exclusions.forEach((x, i) => out.push({ where: `${w} ${tb.id} exclusion ${i + 1}`, ...x, trailOk: true }));
    }
    e.exclusions.forEach((x, i) => out.push({ where: `${w} exclusion ${i + 1}`, ...x, trailOk: true }));
    e.otherDefinitions.forEach((x, i) => out.push({ where: `${w} other definition ${i + 1}`, ...x, trailOk: true }));
    e.usage.forEach((x, i) => out.push({ where: `${w} usage ${i + 1}`, ...x, trailOk: true }));
  }
  for (const r of rules) {
    const w = `glossary-rules.yaml ${r.id}`;
    const cells = { wrong: r.wrong, correct: r.correct, reason: r.reason, case: r.case } as const;
    for (const [name, cell] of Object.entries(cells)) {
      if (!cell) continue;
      const sameLine = name === 'wrong' && cell.source.lines[0] === r.businessTypeSource.lines[1];
      out.push({
        where: `${w} ${name}`,
        text: cell.blocks.map((b) => b.text).join(''),
        source: cell.source,
        lead: sameLine ? normalizeForCompare(r.businessType) : '',
      });
    }
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the 2015 classification', () => {
  it('has 3 门类, 9 大类 and 35 中类', () => {
    expect(level('门类').map((e) => e.code)).toEqual(['BPO', 'ITO', 'KPO']);
    expect(level('大类')).toHaveLength(9);
    expect(level('中类')).toHaveLength(35);
    expect(level('大类').map((e) => e.code).sort()).toEqual(['B4', 'B5', 'B6', 'I1', 'I2', 'I3', 'K7', 'K8', 'K9']);
  });

  it('has 77 典型业务: 30 in ITO, 23 in BPO, 24 in KPO', () => {
    const count = (prefix: string) =>
      level('中类')
        .filter((e) => e.code!.startsWith(prefix))
        .reduce((n, e) => n + e.typicalBusinesses.length, 0);
    expect(count('')).toBe(77);
    expect([count('I'), count('B'), count('K')]).toEqual([30, 23, 24]);
    expect(entries.filter((e) => e.level !== '中类').every((e) => e.typicalBusinesses.length === 0)).toBe(true);
  });

  it('lists no typical business for exactly the 13 中类 that have none in the guide', () => {
    expect(
      level('中类')
        .filter((e) => e.typicalBusinesses.length === 0)
        .map((e) => e.code)
        .sort(),
    ).toEqual(['B49', 'B52', 'B59', 'B69', 'I19', 'I25', 'I29', 'I39', 'K73', 'K74', 'K79', 'K89', 'K99']);
  });

  it('numbers typical businesses from 1 and anchors them as <code>-t<n>', () => {
    for (const e of level('中类')) {
      e.typicalBusinesses.forEach((tb, i) => {
        expect(tb.number, tb.id).toBe(i + 1);
        expect(tb.id).toBe(`${e.slug}-t${i + 1}`);
      });
    }
  });

  it('keeps the typo 典行业务 as the label of B62 typical business 2', () => {
    expect(bySlug.get('b62')!.typicalBusinesses[1]!.label).toBe('典行业务');
  });

  it('forms a tree of one edition, with codes that match their parents', () => {
    expect(checkTree(entries)).toEqual([]);
    expect(new Set(coded.map((e) => e.edition))).toEqual(new Set(['2015 服务外包统计分类']));
  });

  it('has 9 disputed-case rules in table order, with unique anchors', () => {
    expect(rules.map((r) => r.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(rules.map((r) => r.id)).size).toBe(9);
  });
});

describe('every quotation', () => {
  it('of a rule business type is what its table row starts with', () => {
    for (const r of rules) {
      const [from, to] = r.businessTypeSource.lines;
      const cited = normalizeForCompare(sourceLines(r.businessTypeSource.file).slice(from - 1, to).join(''));
      expect(cited.startsWith(normalizeForCompare(r.businessType)), r.id).toBe(true);
    }
  });

  it('equals the source text at its cited lines, with only the printed heading before it', () => {
    const problems: string[] = [];
    for (const c of checks()) {
      const result = locateQuote(sourceLines(c.source.file), c.source.lines, c.text);
      const at = `${c.where} (${c.source.file} ${c.source.lines.join('–')})`;
      if (!result.ok) {
        problems.push(`${at}: ${result.problem}`);
        continue;
      }
      if (typeof c.lead === 'string' && result.lead !== c.lead) problems.push(`${at}: unexpected text before the quotation: “${result.lead}”`);
      if (c.lead instanceof RegExp && !c.lead.test(result.lead)) problems.push(`${at}: heading “${result.lead}” does not match ${c.lead}`);
      if (!c.trailOk && result.trail) problems.push(`${at}: unexpected text after the quotation: “${result.trail}”`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('of an exclusion is part of the definition it belongs to', () => {
    const problems: string[] = [];
    for (const e of entries) {
      const within = (texts: string[], host: string, where: string) => {
        for (const t of texts) if (!normalizeForCompare(host).includes(normalizeForCompare(t))) problems.push(`${where}: “${t}”`);
      };
      within(e.exclusions.map((x) => x.text), [e.definition.text, ...e.aspects.map((a) => a.text)].join(''), e.slug);
      for (const tb of e.typicalBusinesses) within(tb.exclusions.map((x) => x.text), tb.text, tb.id);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('glossary entries', () => {
  it('are named after their slug', () => {
    for (const e of entries) expect(e.file).toBe(`${e.slug}.yaml`);
  });

  it('ground every editorial definition in quoted usage', () => {
    const bare = entries.filter((e) => e.definition.editorial && e.usage.length === 0).map((e) => e.slug);
    expect(bare).toEqual([]);
  });

  it('say in the definition when it is the editors’ own', () => {
    const unsaid = entries.filter((e) => e.definition.editorial && !/编者/.test(e.definition.text)).map((e) => e.slug);
    expect(unsaid).toEqual([]);
  });

  it('write pinyin with one token per character or Latin word', () => {
    const wrong = entries
      .filter((e) => e.pinyin.split(' ').length !== pinyinTokensNeeded(e.termZh))
      .map((e) => `${e.slug}: ${e.termZh} / ${e.pinyin}`);
    expect(wrong).toEqual([]);
  });

  it('have a short definition of at most 120 characters', () => {
    for (const e of entries) expect(shortDefinitionOf(e).length, e.slug).toBeLessThanOrEqual(120);
  });

  it('refer only to entries, typical businesses and aspects that exist', () => {
    const broken = [
      ...entries.flatMap((e) => e.related.filter((ref) => !resolveRef(ref, bySlug)).map((ref) => `${e.slug} → ${ref}`)),
      ...rules.flatMap((r) => r.concerns.filter((ref) => !resolveRef(ref, bySlug)).map((ref) => `rule ${r.id} → ${ref}`)),
    ];
    expect(broken).toEqual([]);
  });

  it('include the terms the documents define or lean on', () => {
    const required = [
      'service-outsourcing', 'offshore-outsourcing', 'onshore-outsourcing', 'nearshore-outsourcing', 'contract-value',
      'executed-value', 'outsourcer', 'service-provider', 'crowdsourcing', 'cloud-outsourcing', 'large-contract-outsourcing',
      'demonstration-city', 'advanced-technology-service-enterprise', 'contract-research-organization', 'it-bpm',
      'belt-and-road', 'digitally-deliverable-services-exports', 'thousand-hundred-ten-project',
      'trade-competitiveness-index', 'international-market-share', 'revealed-comparative-advantage',
    ];
    expect(required.filter((slug) => !bySlug.has(slug))).toEqual([]);
    // LPO and PRO are names of a 中类 and a typical business.
    expect(bySlug.get('k75')!.abbr).toBe('LPO');
    expect(bySlug.get('b41')!.typicalBusinesses[0]!.aliases).toContain('PRO');
  });

  it('give the four aspects of 服务外包 their own anchors', () => {
    expect(bySlug.get('service-outsourcing')!.aspects.map((a) => `${a.id}:${a.title}`)).toEqual([
      'participants:参与主体',
      'nature:本质属性',
      'scope:业务范围',
      'contract-term:合同周期',
    ]);
  });

  it('state the formulas of the TC, IMS and RCA indices', () => {
    for (const slug of ['trade-competitiveness-index', 'international-market-share', 'revealed-comparative-advantage']) {
      expect(bySlug.get(slug)!.formula?.expression, slug).toMatch(/^(TC|IMS|RCA) = /);
    }
    expect(bySlug.get('trade-competitiveness-index')!.formula!.editorial).toBe(false);
  });
});

describe('routes and permanent links', () => {
  const routes = buildRoutes(entries, rules, redirects);

  it('have no collisions between slugs, aliases and redirects', () => {
    expect(routes.problems).toEqual([]);
  });

  it('send unambiguous aliases to their entry and ambiguous names to a disambiguation page', () => {
    const to = (segment: string) => routes.redirects.find((r) => r.segment === segment)?.to;
    expect(to('lpo')).toBe('/glossary/k75/');
    expect(to('pro')).toBe('/glossary/b41/#b41-t1');
    expect(to('信息技术外包')).toBe('/glossary/ito/');
    expect(to('劳务派遣')).toBe('/glossary/disputed-cases/#labour-dispatch');
    const ambiguous = routes.disambiguations.find((d) => d.segment === '信息技术服务外包');
    expect(ambiguous?.candidates.map((c) => c.url).sort()).toEqual(['/glossary/i2/', '/glossary/ito/']);
  });

  it('are all in the committed list src/data/glossary/urls/permalinks.txt (run npm run glossary:permalinks)', () => {
    const committed = new Set(parsePermalinks(readFileSync(join(ROOT, PERMALINKS_FILE), 'utf8')));
    const missing = glossaryPermalinks(entries, rules, routes).filter((url) => !committed.has(url));
    expect(missing, `not yet recorded:\n${missing.join('\n')}`).toEqual([]);
  });
});

describe('the term matcher on the real term list', () => {
  const forms = matcherForms(collectTermForms(entries, rules));
  const matcher = createMatcher(forms);
  const links = (text: string) =>
    matcher
      .find(text)
      .filter((m) => m.linkable)
      .map((m) => `${m.text}→${m.target}`);

  it('gives every entry at least one form', () => {
    const targets = new Set(forms.map((f) => f.target));
    expect(entries.filter((e) => !targets.has(`/glossary/${e.slug}/`)).map((e) => e.slug)).toEqual([]);
  });

  it('links clear names and leaves ambiguous or everyday ones alone', () => {
    expect(links('ITO、BPO 和 KPO 结构比例')).toEqual(['ITO→/glossary/ito/', 'BPO→/glossary/bpo/', 'KPO→/glossary/kpo/']);
    expect(links('ITO（信息技术服务外包）')).toEqual(['ITO→/glossary/ito/']);
    expect(links('离岸服务外包执行额')).toEqual([
      '离岸服务外包→/glossary/offshore-outsourcing/',
      '执行额→/glossary/executed-value/',
    ]);
    expect(links('在保证客户服务要求的情况下')).toEqual([]);
    expect(links('区块链技术服务外包执行额4.13 亿美元')).toEqual([
      '服务外包→/glossary/service-outsourcing/',
      '执行额→/glossary/executed-value/',
    ]);
    expect(links('纳入 KPO 大类中的技术服务外包类别')).toEqual(['KPO→/glossary/kpo/', '技术服务外包→/glossary/k8/']);
  });

  it('resolves 信息技术服务外包 where the guide means I2', () => {
    const inGuide = createMatcher(forms, { resolve: { 信息技术服务外包: '/glossary/i2/' } });
    const found = inGuide.find('纳入 ITO 大类中的信息技术服务外包');
    expect(found.filter((m) => m.linkable).map((m) => m.target)).toEqual(['/glossary/ito/', '/glossary/i2/']);
    expect(found.find((m) => m.text === '大类')?.linkable).toBe(false);
  });
});
