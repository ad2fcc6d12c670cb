/**
 * What the document linker matches and what its cards say: the glossary's
 * term forms (unambiguous ones linked; ambiguous ones only where a document
 * resolves them), read once per build from src/data.
 */
import { readGlossary } from './glossary-fs.ts';
import { collectTermForms, entryLabel, entryPath, firstSentence, shortDefinitionOf } from './glossary.ts';
import type { LinkTarget } from './rehype-term-links.ts';
import type { MatcherForm } from './term-matcher.ts';

export function glossaryLinkTargets(root: string): { forms: MatcherForm[]; targets: Map<string, LinkTarget> } {
  const { entries, rules } = readGlossary(root);
  const forms: MatcherForm[] = collectTermForms(entries, rules).map((form) => ({
    text: form.text,
    target: form.target.url,
    ambiguous: form.ambiguous,
    autolink: form.autolink,
    notAfter: form.notAfter,
  }));
  const targets = new Map<string, LinkTarget>();
  for (const entry of entries) {
    targets.set(entryPath(entry.slug), { title: entryLabel(entry), text: shortDefinitionOf(entry), kind: 'term' });
    for (const tb of entry.typicalBusinesses) {
      targets.set(entryPath(entry.slug, tb.id), { title: `${entryLabel(entry)} · 典型业务：${tb.name}`, text: firstSentence(tb.text), kind: 'term' });
    }
  }
  for (const form of collectTermForms([], rules)) {
    const rule = rules.find((r) => form.target.url.endsWith(`#${r.id}`));
    if (rule) {
      targets.set(form.target.url, {
        title: form.target.label,
        text: `《服务外包统计操作指引》对“${rule.businessType}”是否计入服务外包的判定：正确处理方式与理由见词条。`,
        kind: 'term',
      });
    }
  }
  return { forms, targets };
}
