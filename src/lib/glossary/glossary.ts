/**
 * The glossary's pure logic: URLs, names and aliases, the redirect and
 * disambiguation routes they produce, the classification tree, the pinyin
 * index and the list of permanent links. No I/O: pages pass in collection
 * data, tests and scripts pass in data read by glossary-fs.ts.
 */
import type { AliasInput, GlossaryEntry, GlossaryRedirects, GlossaryRule } from './schema.ts';
import type { MatcherForm } from '../linking/term-matcher.ts';

export const GLOSSARY_PATH = '/glossary/';
export const GLOSSARY_JSON_PATH = '/glossary.json';
/** Page of the disputed-case rules; no entry or alias may take this slug. */
export const RULES_SLUG = 'disputed-cases';
export const RULES_PATH = `${GLOSSARY_PATH}${RULES_SLUG}/`;
const RESERVED_SLUGS = new Set([RULES_SLUG]);

/** What the pages need of an entry (the collection adds nothing else). */
export type Entry = GlossaryEntry;
export type Rule = GlossaryRule;

export function entryPath(slug: string, anchor?: string): string {
  return `${GLOSSARY_PATH}${slug}/${anchor ? `#${anchor}` : ''}`;
}
export function rulePath(id: string): string {
  return `${RULES_PATH}#${id}`;
}

/** "B41 人力资源管理服务", "信息技术外包（ITO）", "K75 法律流程外包服务（LPO）", "贸易竞争力指数（TC）". */
export function entryLabel(entry: Pick<Entry, 'code' | 'level' | 'termZh' | 'abbr'>): string {
  const code = entry.code && entry.level !== '门类' ? `${entry.code} ` : '';
  return `${code}${entry.termZh}${entry.abbr ? `（${entry.abbr}）` : ''}`;
}

/** First sentence of a text, for short definitions. */
export function firstSentence(text: string, max = 120): string {
  const match = /^[^。！？]*[。！？]/.exec(text);
  const sentence = match ? match[0] : text;
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1)}…`;
}


// ---------------------------------------------------------------------------
// Names, aliases and what they point to

export interface Alias {
  text: string;
  ambiguous: boolean;
  autolink: boolean;
  notAfter: string[];
  note?: string;
}

export function normalizeAlias(input: AliasInput): Alias {
  if (typeof input === 'string') return { text: input, ambiguous: false, autolink: true, notAfter: [] };
  return {
    text: input.text,
    ambiguous: input.ambiguous ?? false,
    autolink: input.autolink ?? true,
    notAfter: input.notAfter ?? [],
    ...(input.note ? { note: input.note } : {}),
  };
}

export interface TermTarget {
  /** Site path, with #anchor for typical businesses, aspects and rules. */
  url: string;
  /** Human label, e.g. "B41 人力资源管理服务 · 招聘流程外包（PRO）". */
  label: string;
  /** Entry slug the target lives on ("disputed-cases" for rules). */
  slug: string;
}

/** One surface form of a term and what it stands for. */
export interface TermForm extends Alias {
  target: TermTarget;
}

/** The names an entry is known by: its Chinese term and abbreviation, then its aliases (an alias overrides the flags of the same text). */
export function entryAliases(entry: Pick<Entry, 'termZh' | 'abbr' | 'aliases'>): Alias[] {
  const byText = new Map<string, Alias>();
  for (const text of [entry.termZh, entry.abbr]) {
    if (text) byText.set(text, { text, ambiguous: false, autolink: true, notAfter: [] });
  }
  for (const alias of entry.aliases.map(normalizeAlias)) byText.set(alias.text, alias);
  return [...byText.values()];
}

/**
 * Every name of every entry, typical business and rule, with its target.
 * This is the data hook for the auto-linker (term-matcher.ts) and for the
 * 出现在 backlinks: search the documents for each form, skip ambiguous ones.
 */
export function collectTermForms(entries: readonly Entry[], rules: readonly Rule[]): TermForm[] {
  const forms: TermForm[] = [];
  for (const entry of entries) {
    const target = { url: entryPath(entry.slug), label: entryLabel(entry), slug: entry.slug };
    for (const alias of entryAliases(entry)) forms.push({ ...alias, target });
    for (const tb of entry.typicalBusinesses) {
      const tbTarget = { url: entryPath(entry.slug, tb.id), label: `${entryLabel(entry)} · ${tb.name}`, slug: entry.slug };
      for (const alias of tb.aliases.map(normalizeAlias)) forms.push({ ...alias, target: tbTarget });
    }
  }
  for (const rule of rules) {
    const target = { url: rulePath(rule.id), label: `易争议业务判定：${rule.businessType}`, slug: RULES_SLUG };
    for (const alias of rule.aliases.map(normalizeAlias)) forms.push({ ...alias, target });
  }
  return forms;
}

/**
 * The path segment an alias gets under /glossary/, if it can have one: ASCII
 * names lower-cased ("LPO" → "lpo", "IT-BPM" → "it-bpm"), Chinese names as
 * they are ("信息技术外包"). Names with spaces, punctuation or mixed scripts
 * get none (they are still searchable on the index page).
 */
export function aliasSegment(text: string): string | undefined {
  if (/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/.test(text)) return text.toLowerCase();
  if (/^[\u3400-\u4dbf\u4e00-\u9fff]+$/.test(text)) return text;
  return undefined;
}

export interface RedirectRoute {
  kind: 'redirect';
  /** Path segment under /glossary/. */
  segment: string;
  to: string;
  label: string;
  /** Why the path exists: "alias" (another name) or "moved" (renamed or merged entry). */
  reason: 'alias' | 'moved';
  /** The alias text, for an alias redirect. */
  text?: string;
}

export interface DisambiguationRoute {
  kind: 'disambiguation';
  segment: string;
  text: string;
  candidates: { url: string; label: string; note?: string }[];
}

export interface GlossaryRoutes {
  redirects: RedirectRoute[];
  disambiguations: DisambiguationRoute[];
  /** Old anchors that moved: "/glossary/i11/#old" → new URL. Shown as placeholders on the old page. */
  movedAnchors: { path: string; anchor: string; to: string }[];
  problems: string[];
}

/**
 * Routes besides the entry pages: one redirect per unambiguous alias that can
 * be a path, one disambiguation page per name that is ambiguous or claimed by
 * different targets, and the redirects of renamed or merged entries.
 */
export function buildRoutes(entries: readonly Entry[], rules: readonly Rule[], moved: GlossaryRedirects = {}): GlossaryRoutes {
  const problems: string[] = [];
  const slugs = new Set(entries.map((e) => e.slug));
  for (const slug of slugs) if (RESERVED_SLUGS.has(slug)) problems.push(`entry slug "${slug}" is reserved`);
  const bySegment = new Map<string, TermForm[]>();
  for (const form of collectTermForms(entries, rules)) {
    const segment = aliasSegment(form.text);
    if (!segment) continue;
    if (segment === form.target.slug && form.target.url === entryPath(form.target.slug)) continue; // the entry's own URL
    if (slugs.has(segment) || RESERVED_SLUGS.has(segment)) {
      if (!form.ambiguous) problems.push(`alias "${form.text}" of ${form.target.url} collides with the page /glossary/${segment}/`);
      continue;
    }
    bySegment.set(segment, [...(bySegment.get(segment) ?? []), form]);
  }
  const redirects: RedirectRoute[] = [];
  const disambiguations: DisambiguationRoute[] = [];
  for (const [segment, forms] of [...bySegment].sort(([a], [b]) => a.localeCompare(b))) {
    const targets = new Map(forms.map((f) => [f.target.url, f]));
    if (targets.size === 1 && !forms.some((f) => f.ambiguous)) {
      const form = forms[0]!;
      redirects.push({ kind: 'redirect', segment, to: form.target.url, label: form.target.label, reason: 'alias', text: form.text });
    } else {
      disambiguations.push({
        kind: 'disambiguation',
        segment,
        text: forms[0]!.text,
        candidates: [...targets.values()].map((f) => {
          const note = forms.find((g) => g.target.url === f.target.url && g.note)?.note;
          return { url: f.target.url, label: f.target.label, ...(note ? { note } : {}) };
        }),
      });
    }
  }
  const movedAnchors: GlossaryRoutes['movedAnchors'] = [];
  const taken = new Set([...slugs, ...RESERVED_SLUGS, ...bySegment.keys()]);
  for (const [from, to] of Object.entries(moved).sort(([a], [b]) => a.localeCompare(b))) {
    const match = /^\/glossary\/([^/#]+)\/(?:#(.+))?$/.exec(from)!;
    const segment = decodeURIComponent(match[1]!);
    const anchor = match[2];
    if (anchor) {
      if (!slugs.has(segment)) problems.push(`moved anchor ${from}: the page /glossary/${segment}/ no longer exists; redirect the page instead`);
      movedAnchors.push({ path: entryPath(segment), anchor, to });
      continue;
    }
    if (taken.has(segment)) {
      problems.push(`redirect ${from} → ${to}: /glossary/${segment}/ is in use by an entry or alias`);
      continue;
    }
    taken.add(segment);
    redirects.push({ kind: 'redirect', segment, to, label: to, reason: 'moved' });
  }
  return { redirects, disambiguations, movedAnchors, problems };
}

/** The forms in the shape the term matcher takes (src/lib/linking/term-matcher.ts). */
export function matcherForms(forms: readonly TermForm[]): MatcherForm[] {
  return forms.map((f) => ({
    text: f.text,
    target: f.target.url,
    ambiguous: f.ambiguous,
    autolink: f.autolink,
    ...(f.notAfter.length ? { notAfter: f.notAfter } : {}),
  }));
}

// ---------------------------------------------------------------------------
// References between entries

/** Resolves "b41" or "b41#b41-t1" (typical business or aspect) to a URL and label. */
export function resolveRef(ref: string, bySlug: ReadonlyMap<string, Entry>): TermTarget | undefined {
  const [slug, anchor] = ref.split('#') as [string, string | undefined];
  const entry = bySlug.get(slug);
  if (!entry) return undefined;
  if (!anchor) return { url: entryPath(slug), label: entryLabel(entry), slug };
  const tb = entry.typicalBusinesses.find((t) => t.id === anchor);
  if (tb) return { url: entryPath(slug, anchor), label: `${entryLabel(entry)} · ${tb.name}`, slug };
  const aspect = entry.aspects.find((a) => a.id === anchor);
  if (aspect) return { url: entryPath(slug, anchor), label: `${entryLabel(entry)} · ${aspect.title}`, slug };
  return undefined;
}

/** The rules that concern an entry (directly or through one of its typical businesses). */
export function rulesFor(slug: string, rules: readonly Rule[]): Rule[] {
  return rules.filter((r) => r.concerns.some((ref) => ref === slug || ref.startsWith(`${slug}#`)));
}

// ---------------------------------------------------------------------------
// The classification tree and the A–Z index

const LEVEL_RANK: Record<string, number> = { 门类: 0, 大类: 1, 中类: 2 };
const CATEGORY_ORDER = ['ITO', 'BPO', 'KPO'];

/** ITO < BPO < KPO; then I1 < I11 < I19 < I2 … by number. */
export function compareCodes(a: string, b: string): number {
  const ca = CATEGORY_ORDER.indexOf(a);
  const cb = CATEGORY_ORDER.indexOf(b);
  if (ca !== -1 || cb !== -1) return (ca === -1 ? 99 : ca) - (cb === -1 ? 99 : cb);
  const na = a.slice(1);
  const nb = b.slice(1);
  return na.localeCompare(nb, 'en') || a.localeCompare(b);
}

export interface TreeNode {
  entry: Entry;
  children: TreeNode[];
}

/** 门类 → 大类 → 中类, in code order. Entries without a code are left out. */
export function classificationTree(entries: readonly Entry[]): TreeNode[] {
  const coded = entries.filter((e) => e.code);
  const nodes = new Map(coded.map((e) => [e.slug, { entry: e, children: [] as TreeNode[] }]));
  const roots: TreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.entry.parent ? nodes.get(node.entry.parent) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: TreeNode[]) => {
    list.sort((a, b) => compareCodes(a.entry.code!, b.entry.code!));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** Problems with the tree: levels, parents and codes that do not fit together. */
export function checkTree(entries: readonly Entry[]): string[] {
  const problems: string[] = [];
  const bySlug = new Map(entries.map((e) => [e.slug, e]));
  for (const e of entries.filter((x) => x.code)) {
    if (e.slug !== e.code!.toLowerCase()) problems.push(`${e.slug}: slug must be the lower-case code ${e.code!.toLowerCase()}`);
    const rank = LEVEL_RANK[e.level]!;
    if (rank === 0) {
      if (e.parent) problems.push(`${e.slug}: a 门类 has no parent`);
      continue;
    }
    const parent = e.parent ? bySlug.get(e.parent) : undefined;
    if (!parent) {
      problems.push(`${e.slug}: parent "${e.parent}" not found`);
      continue;
    }
    if (LEVEL_RANK[parent.level] !== rank - 1) problems.push(`${e.slug}: parent ${parent.slug} is a ${parent.level}`);
    const expected = rank === 1 ? parent.code!.charAt(0) : parent.code!;
    if (!e.code!.startsWith(expected)) problems.push(`${e.slug}: code ${e.code} does not start with ${expected}`);
    if (e.edition !== parent.edition) problems.push(`${e.slug}: edition differs from its parent's`);
  }
  return problems;
}

/** Sort key of a pinyin string: ü after u, as in dictionaries. */
export function pinyinKey(pinyin: string): string {
  return pinyin.toLowerCase().replaceAll('ü', 'u~').replaceAll(' ', '');
}

/** Counts Han characters plus Latin words: the number of pinyin tokens a term needs. */
export function pinyinTokensNeeded(termZh: string): number {
  const han = termZh.match(/[\u3400-\u4dbf\u4e00-\u9fff]/g)?.length ?? 0;
  const latin = termZh.match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return han + latin;
}

export interface IndexItem {
  /** Sort key: pinyin for Chinese names, the lower-cased word for Latin ones. */
  key: string;
  /** A–Z group. */
  letter: string;
  label: string;
  /** Second line: English name, or "见 …" for an abbreviation. */
  detail?: string;
  url: string;
  /** Text the filter box searches: names, abbreviation, aliases, pinyin with and without spaces. */
  search: string;
}

/**
 * The alphabetical index: every entry under the initial of its pinyin, and
 * every abbreviation under its own initial, pointing to its entry.
 */
export function alphabeticalIndex(entries: readonly Entry[]): IndexItem[] {
  const items: IndexItem[] = [];
  for (const e of entries) {
    const url = entryPath(e.slug);
    const names = entryAliases(e).map((a) => a.text);
    const search = [...names, e.termEn ?? '', e.code ?? '', e.pinyin, e.pinyin.replaceAll(' ', '')].join(' ').toLowerCase();
    const key = pinyinKey(e.pinyin);
    items.push({
      key,
      letter: key.charAt(0).toUpperCase(),
      label: entryLabel(e),
      ...(e.termEn ? { detail: e.termEn } : {}),
      url,
      search,
    });
    if (e.abbr) {
      const abbrKey = e.abbr.toLowerCase();
      items.push({ key: abbrKey, letter: abbrKey.charAt(0).toUpperCase(), label: e.abbr, detail: `见 ${entryLabel(e)}`, url, search });
    }
  }
  return items.sort((a, b) => a.key.localeCompare(b.key, 'en') || a.label.localeCompare(b.label, 'zh'));
}

// ---------------------------------------------------------------------------
// Permanent links

/**
 * Every URL and anchor the glossary publishes: index, JSON, entry pages,
 * typical-business and aspect anchors, the rules page and its anchors, alias
 * redirects, disambiguation pages, and the old URLs of moved entries.
 */
export function glossaryPermalinks(entries: readonly Entry[], rules: readonly Rule[], routes: GlossaryRoutes): string[] {
  const out = new Set<string>([GLOSSARY_PATH, GLOSSARY_JSON_PATH, RULES_PATH]);
  for (const rule of rules) out.add(rulePath(rule.id));
  for (const e of entries) {
    out.add(entryPath(e.slug));
    for (const tb of e.typicalBusinesses) out.add(entryPath(e.slug, tb.id));
    for (const aspect of e.aspects) out.add(entryPath(e.slug, aspect.id));
  }
  for (const r of routes.redirects) out.add(entryPath(r.segment));
  for (const d of routes.disambiguations) out.add(entryPath(d.segment));
  for (const m of routes.movedAnchors) out.add(`${m.path}#${m.anchor}`);
  return [...out].sort();
}

/** Merges new permalinks into the committed list: keeps every old line and its order, appends the new ones. */
export function mergePermalinks(existing: readonly string[], current: readonly string[]): string[] {
  const seen = new Set(existing);
  return [...existing, ...current.filter((url) => !seen.has(url))];
}

/** Parses the committed list: one URL per line; blank lines and # comments ignored. */
export function parsePermalinks(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** The title of the part of a source file a line belongs to, where a file holds several texts. */
export function sourcePartTitle(file: string, line: number): string | undefined {
  if (file === 'zhejiang-statistics-training-2015.txt' && line >= 17 && line <= 1114) return '服务外包统计操作指引';
  return undefined;
}

/** Groups a table cell's blocks for rendering: runs of bullet items become one list. */
export function groupBlocks(
  blocks: readonly { kind: 'p' | 'li'; text: string }[],
): ({ kind: 'p'; text: string } | { kind: 'ul'; items: string[] })[] {
  const out: ({ kind: 'p'; text: string } | { kind: 'ul'; items: string[] })[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (block.kind === 'p') out.push({ kind: 'p', text: block.text });
    else if (last?.kind === 'ul') last.items.push(block.text);
    else out.push({ kind: 'ul', items: [block.text] });
  }
  return out;
}
