/**
 * What the document linker matches and what its cards say: the glossary's
 * term forms (unambiguous ones linked; ambiguous ones only where a document
 * resolves them), read once per build from src/data.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_BLOCKERS } from './city-mentions.ts';
import { readAreas, readCities } from '../cities/city-fs.ts';
import { readDataFile } from '../checks/problems.ts';
import { sourceDocumentSchema } from '../documents/schema.ts';
import { readGlossary } from '../glossary/glossary-fs.ts';
import { collectTermForms, entryLabel, entryPath, matcherForms } from '../glossary/glossary.ts';
import { CARD_MAX, cardCitation, glossaryCard, typicalBusinessCard, type GlossaryCard } from '../glossary/card.ts';
import { leadExcerpt } from '../editorial/text-rules.ts';
import type { LinkTarget } from './rehype-term-links.ts';
import type { MatcherForm } from './term-matcher.ts';

export function glossaryLinkTargets(root: string): { forms: MatcherForm[]; targets: Map<string, LinkTarget> } {
  const { entries, rules } = readGlossary(root);
  // The same mapping the glossary's tests check (matcherForms), not a copy of it.
  const forms = matcherForms(collectTermForms(entries, rules));
  const targets = new Map<string, LinkTarget>();
  const titles = sourceTitles(root);
  // A quoted card names its source and links the quotation on the entry page; an editorial one carries 编者释义.
  const card = (c: GlossaryCard, quoteUrl: string) =>
    c.kind === 'editorial' ? { text: c.text, label: c.label } : { text: c.text, cite: cardCitation(c.source, titles), citeUrl: quoteUrl };
  for (const entry of entries) {
    const path = entryPath(entry.slug);
    targets.set(path, { title: entryLabel(entry), ...card(glossaryCard(entry), `${path}#definition`), kind: 'term' });
    for (const tb of entry.typicalBusinesses) {
      const url = entryPath(entry.slug, tb.id);
      targets.set(url, { title: `${entryLabel(entry)} · 典型业务：${tb.name}`, ...card(typicalBusinessCard(tb), url), kind: 'term' });
    }
  }
  for (const form of collectTermForms([], rules)) {
    const rule = rules.find((r) => form.target.url.endsWith(`#${r.id}`));
    if (rule) {
      // The guide's 正确处理方式 for the case, quoted; its reasons are on the rules page.
      // The cell's first paragraph or item, with … where more follows.
      const [first, ...more] = rule.correct.blocks.map((b) => b.text);
      const lead = leadExcerpt(first!, CARD_MAX);
      const text = more.length && !lead.endsWith('…') ? `${lead}…` : lead;
      targets.set(form.target.url, {
        title: `${form.target.label} · 正确处理方式`,
        ...card({ kind: 'source', text, source: rule.correct.source }, form.target.url),
        kind: 'term',
      });
    }
  }
  return { forms, targets };
}

/** Document titles by source file name, from src/data/documents/*.json (through their schema). */
function sourceTitles(root: string): Map<string, string> {
  const dir = 'src/data/documents';
  const titles = new Map<string, string>();
  for (const name of readdirSync(join(root, dir)).filter((f) => f.endsWith('.json'))) {
    const file = `${dir}/${name}`;
    const doc = readDataFile(file, readFileSync(join(root, file), 'utf8'), sourceDocumentSchema, 'document description (src/lib/documents/schema.ts)');
    titles.set(doc.file, doc.title);
  }
  return titles;
}

/**
 * The demonstration cities for the document linker: each city's names link to
 * its profile; the words a name hides in (形成都市, 经济南) are matched as
 * unlinkable forms, so the longest match keeps them whole and unlinked.
 */
export function cityLinkTargets(root: string): { forms: MatcherForm[]; targets: Map<string, LinkTarget> } {
  const regionNames = new Map(readAreas(root).regions.map((r) => [r.slug, r.name]));
  const forms: MatcherForm[] = [];
  const targets = new Map<string, LinkTarget>();
  for (const { slug, city } of readCities(root)) {
    const target = `/cities/${slug}/`;
    for (const text of new Set([city.name, ...city.matchNames])) forms.push({ text, target });
    for (const blocker of DEFAULT_BLOCKERS[city.name] ?? []) forms.push({ text: blocker, target, autolink: false });
    targets.set(target, {
      title: `${city.officialName}（服务外包示范城市）`,
      text: `${regionNames.get(city.region) ?? city.region}的服务外包示范城市。城市页汇集原文中关于${city.name}的数据、排名与全部提及段落。`,
      kind: 'city',
    });
  }
  return { forms, targets };
}

/** Glossary terms and demonstration cities together, for the document linker. */
export function documentLinkTargets(root: string): { forms: MatcherForm[]; targets: Map<string, LinkTarget> } {
  const glossary = glossaryLinkTargets(root);
  const cities = cityLinkTargets(root);
  return { forms: [...glossary.forms, ...cities.forms], targets: new Map([...glossary.targets, ...cities.targets]) };
}
