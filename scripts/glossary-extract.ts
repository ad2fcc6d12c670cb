/**
 * Drafts the glossary entries of the 2015 classification (3 门类, 9 大类,
 * 35 中类 and their 典型业务) from the statistics guide, one YAML file per
 * entry in src/data/glossary/.
 *
 *   npm run glossary:extract            # writes only files that do not exist yet
 *   npm run glossary:extract -- --force # overwrites them (hand edits are lost)
 *
 * After extraction the committed YAML is the source of truth; the unit test
 * src/lib/glossary/data.test.ts checks every quotation against sources/.
 * English names, pinyin, aliases and cross-references are kept in the table
 * below so that a re-run reproduces the reviewed files.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { classificationAnchor, parseClassificationEntry, startsClassificationEntry, typicalBusinessAnchor } from '../src/lib/glossary/classification-grammar.ts';
import { readSourceLines } from '../src/lib/provenance/source-map-fs.ts';
import { quoteLines } from '../src/lib/provenance/source-quote.ts';
import { joinWrappedLines } from '../src/lib/provenance/source-text.ts';
import { EDITION_2015, type AliasInput } from '../src/lib/glossary/schema.ts';

const ROOT = join(import.meta.dirname, '..');
const FILE = 'zhejiang-statistics-training-2015.txt';
/** 业务术语解释及典型业务举例: from the ITO heading to the last 中类. */
const FIRST = 110;
const LAST = 609;

interface Meta {
  termEn: string;
  pinyin: string;
  aliases?: AliasInput[];
  related?: string[];
  notes?: string[];
  shortDefinition?: string;
}

/** Reviewed additions per code. English names follow the usual MOFCOM renderings. */
const META: Record<string, Meta> = {
  ITO: {
    termEn: 'Information Technology Outsourcing',
    pinyin: 'xin xi ji shu wai bao',
    aliases: [
      {
        text: '信息技术服务外包',
        ambiguous: true,
        note: '在《服务外包统计操作指引》中是大类 I2 的名称；在发展报告、“十三五”展望和行业简报中常作 ITO 的全称。',
      },
    ],
    related: ['bpo', 'kpo', 'i2'],
  },
  I1: { termEn: 'Software R&D Outsourcing', pinyin: 'ruan jian yan fa wai bao' },
  I11: { termEn: 'Software Research and Development Services', pinyin: 'ruan jian yan fa ji kai fa fu wu', related: ['i22'] },
  I12: { termEn: 'Software Technical Services', pinyin: 'ruan jian ji shu fu wu', related: ['i24'] },
  I19: { termEn: 'Other Software R&D Outsourcing', pinyin: 'qi ta ruan jian yan fa wai bao ye wu' },
  I2: {
    termEn: 'Information Technology Services Outsourcing',
    pinyin: 'xin xi ji shu fu wu wai bao',
    aliases: [
      {
        text: '信息技术服务外包',
        ambiguous: true,
        note: '本分类中专指大类 I2；其他文献常用它称呼整个 ITO 门类，链接前须看上下文。',
      },
    ],
    related: ['ito', 'k8'],
    notes: [
      '同名异义：“信息技术服务外包”在本分类中是大类 I2，而《中国服务外包发展报告2019》《“十三五”发展成就及“十四五”展望》和行业简报常用它指整个信息技术外包（ITO）门类。',
    ],
  },
  I21: { termEn: 'Integrated Circuit and Electronic Circuit Design', pinyin: 'ji cheng dian lu he dian zi dian lu she ji' },
  I22: { termEn: 'Testing Outsourcing Services', pinyin: 'ce shi wai bao fu wu', related: ['i11#i11-t5'] },
  I23: {
    termEn: 'E-commerce Platform Services',
    pinyin: 'dian zi shang wu ping tai fu wu',
    related: ['b52'],
  },
  I24: { termEn: 'IT Consulting Services', pinyin: 'it zi xun fu wu', aliases: ['信息技术咨询服务'], related: ['i12#i12-t1', 'k73'] },
  I25: { termEn: 'IT Solutions', pinyin: 'it jie jue fang an' },
  I29: {
    termEn: 'Other IT Services Outsourcing',
    pinyin: 'qi ta xin xi ji shu fu wu wai bao ye wu',
    notes: ['释义写作“未列明的信息技术研发外包服务”，而所属大类 I2 名为信息技术服务外包，原文如此。'],
  },
  I3: { termEn: 'Operation and Maintenance Services', pinyin: 'yun ying he wei hu fu wu', aliases: ['运维服务'] },
  I31: { termEn: 'Information System Operation and Maintenance Services', pinyin: 'xin xi xi tong yun ying he wei hu fu wu' },
  I32: {
    termEn: 'IT Infrastructure Operation and Maintenance Services',
    pinyin: 'ji chu xin xi ji shu yun ying he wei hu fu wu',
  },
  I39: { termEn: 'Other Operation and Maintenance Services', pinyin: 'qi ta yun ying he wei hu fu wu' },
  BPO: {
    termEn: 'Business Process Outsourcing',
    pinyin: 'ye wu liu cheng wai bao',
    aliases: ['商业流程外包'],
    related: ['ito', 'kpo'],
  },
  B4: { termEn: 'Internal Management Outsourcing Services', pinyin: 'nei bu guan li wai bao fu wu', related: ['b5'] },
  B41: {
    termEn: 'Human Resources Management Services',
    pinyin: 'ren li zi yuan guan li fu wu',
    related: ['hr-outsourcing'],
  },
  B42: { termEn: 'Finance and Accounting Management Services', pinyin: 'cai wu yu kuai ji guan li fu wu' },
  B49: { termEn: 'Other Internal Management Outsourcing Services', pinyin: 'qi ta nei bu guan li wai bao fu wu' },
  B5: { termEn: 'Business Operations Outsourcing Services', pinyin: 'ye wu yun ying wai bao fu wu', related: ['b4', 'b6'] },
  B51: {
    termEn: 'Data Processing Services',
    pinyin: 'shu ju chu li fu wu',
    related: ['k72'],
    notes: ['“影响文件管理”疑为“影像文件管理”之误，原文如此。'],
  },
  B52: { termEn: 'Internet Marketing and Promotion Services', pinyin: 'hu lian wang ying xiao tui guang fu wu', related: ['i23'] },
  B53: {
    termEn: 'Customer Services',
    pinyin: 'ke hu fu wu',
    aliases: [{ text: '客户服务', autolink: false, note: '日常用语，正文中多不指本中类。' }, '呼叫中心服务'],
  },
  B54: {
    termEn: 'Specialised Business Outsourcing Services',
    pinyin: 'zhuan ye ye wu wai bao fu wu',
    aliases: ['垂直行业业务外包'],
  },
  B59: { termEn: 'Other Business Operations Outsourcing Services', pinyin: 'qi ta ye wu yun ying wai bao fu wu' },
  B6: {
    termEn: 'Supply Chain Outsourcing Services',
    pinyin: 'gong ying lian wai bao fu wu',
    related: ['logistics-outsourcing'],
    notes: ['释义开头“提供为客户提供”重复了“提供”，原文如此。'],
  },
  B61: { termEn: 'Supply Chain Management Services', pinyin: 'gong ying lian guan li fu wu' },
  B62: {
    termEn: 'Procurement Outsourcing Services',
    pinyin: 'cai gou wai bao fu wu',
    notes: ['典型业务 2 在原文中标作“典行业务 2”，系笔误，计入本中类的典型业务。'],
  },
  B69: { termEn: 'Other Supply Chain Management Services', pinyin: 'qi ta gong ying lian guan li fu wu' },
  KPO: {
    termEn: 'Knowledge Process Outsourcing',
    pinyin: 'zhi shi liu cheng wai bao',
    aliases: ['知识服务外包'],
    related: ['ito', 'bpo'],
  },
  K7: { termEn: 'Business Services Outsourcing', pinyin: 'shang wu fu wu wai bao' },
  K71: {
    termEn: 'Intellectual Property Outsourcing Services',
    pinyin: 'zhi shi chan quan wai bao fu wu',
    aliases: ['知识产权外包'],
    notes: ['“集成电路布图设计等的等各类知识产权”重复了“等”，典型业务 1 中“自已的”应为“自己的”，原文如此。'],
  },
  K72: { termEn: 'Data Analytics Services', pinyin: 'shu ju fen xi fu wu', aliases: ['大数据分析'], related: ['b51'] },
  K73: { termEn: 'Management Consulting Services', pinyin: 'guan li zi xun fu wu', aliases: ['管理咨询'], related: ['i24'] },
  K74: { termEn: 'Inspection and Testing Outsourcing Services', pinyin: 'jian yan jian ce wai bao fu wu', related: ['k81#k81-t3'] },
  K75: {
    termEn: 'Legal Process Outsourcing',
    pinyin: 'fa lü liu cheng wai bao fu wu',
    aliases: ['法律流程外包'],
  },
  K79: { termEn: 'Other Business Services Outsourcing', pinyin: 'qi ta shang wu fu wu wai bao' },
  K8: {
    termEn: 'Technical Services Outsourcing',
    pinyin: 'ji shu fu wu wai bao',
    aliases: [
      {
        text: '技术服务外包',
        notAfter: ['信息', '区块链', '工程', '软件'],
        note: '发展报告中的“区块链技术服务外包”“工程技术服务外包”“软件技术服务外包”是另外的统计项，不是本大类。',
      },
    ],
    related: ['i2'],
    notes: [
      '释义以逗号“，”结尾，原文如此。',
      '“技术服务外包”是“信息技术服务外包”（I2）的一部分字面，查找时注意区分。',
    ],
  },
  K81: { termEn: 'Industrial Design Outsourcing', pinyin: 'gong ye she ji wai bao', aliases: ['工业设计服务'] },
  K82: { termEn: 'Engineering Technology Outsourcing', pinyin: 'gong cheng ji shu wai bao', aliases: ['工程设计外包'] },
  K89: { termEn: 'Other Technical Services Outsourcing', pinyin: 'qi ta ji shu fu wu wai bao' },
  K9: { termEn: 'R&D Services Outsourcing', pinyin: 'yan fa fu wu wai bao' },
  K91: {
    termEn: 'Pharmaceutical and Biotechnology R&D Outsourcing',
    pinyin: 'yi yao he sheng wu ji shu yan fa wai bao',
    aliases: ['医药研发外包'],
    related: ['contract-research-organization'],
  },
  K92: {
    termEn: 'Animation and Online Game Design and Development Outsourcing',
    pinyin: 'dong man ji wang you she ji yan fa wai bao',
    aliases: ['动漫外包'],
  },
  K99: { termEn: 'Other R&D Services Outsourcing', pinyin: 'qi ta yan fa fu wu wai bao' },
};

/** Extra aliases of typical businesses, by anchor. */
const TB_ALIASES: Record<string, AliasInput[]> = {
  'b41-t1': ['PRO', '招聘流程外包', { text: 'RPO', note: '英文通行缩写为 RPO，原文写作 PRO。' }],
};

interface Paragraph {
  from: number;
  to: number;
  text: string;
}

/** Paragraphs of the guide: a trailing space or a structural start ends one. */
function paragraphs(lines: string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: { from: number; to: number; lines: string[] } | undefined;
  const flush = () => {
    if (current) out.push({ from: current.from, to: current.to, text: joinWrappedLines(current.lines) });
    current = undefined;
  };
  for (let n = FIRST; n <= LAST; n++) {
    const raw = lines[n - 1]!;
    if (!raw.trim()) continue;
    if (startsClassificationEntry(raw)) flush();
    if (!current) current = { from: n, to: n, lines: [] };
    current.lines.push(raw);
    current.to = n;
    if (/\s$/.test(raw)) flush();
  }
  flush();
  return out;
}

const EXCLUSION = /不包括|除外|不计入|不含/;

/** Clauses that exclude something: from the clause with the keyword to the end of its sentence. */
function exclusions(text: string): string[] {
  const out: string[] = [];
  const paren = /（[^（）]*(?:不含|除外)[^（）]*）/g;
  for (const match of text.matchAll(paren)) out.push(match[0]);
  const sentences = text.replace(paren, (m) => '\u0000'.repeat(m.length)).match(/[^。]+。?/g) ?? [];
  let offset = 0;
  for (const sentence of sentences) {
    const clauses = sentence.split(/(?<=，)/);
    const first = clauses.findIndex((c) => EXCLUSION.test(c));
    if (first !== -1) {
      const start = offset + clauses.slice(0, first).join('').length;
      out.push(text.slice(start, offset + sentence.length).replace(/^其中，/, ''));
    }
    offset += sentence.length;
  }
  return out;
}

const lines = readSourceLines(ROOT, FILE);
const force = process.argv.includes('--force');
const entries: Record<string, unknown>[] = [];
let parents: { 门类?: string; 大类?: string } = {};
let pending: Record<string, unknown> | undefined;
let current: Record<string, unknown> | undefined;

const source = (from: number, to: number) => ({ file: FILE, lines: [from, to] });
const excl = (texts: string[], p: Paragraph) =>
  texts.map((text) => ({ text, source: { file: FILE, lines: quoteLines(lines, [p.from, p.to], text)! } }));

function entry(code: string, level: string, termAsPrinted: string, parent: string | undefined): Record<string, unknown> {
  const meta = META[code];
  if (!meta) throw new Error(`no META for ${code}`);
  const abbr = /（([A-Z]+)）$/.exec(termAsPrinted)?.[1] ?? (level === '门类' ? code : undefined);
  const termZh = termAsPrinted.replace(/（[A-Z]+）$/, '');
  return {
    slug: classificationAnchor(code),
    code,
    level,
    ...(parent ? { parent } : {}),
    edition: EDITION_2015,
    termZh,
    termEn: meta.termEn,
    ...(abbr ? { abbr } : {}),
    pinyin: meta.pinyin,
    aliases: meta.aliases ?? [],
  };
}

for (const p of paragraphs(lines)) {
  const e = parseClassificationEntry(p.text);
  if (e?.level === '门类') {
    pending = entry(e.code, '门类', e.name, undefined);
    parents = { 门类: classificationAnchor(e.code) };
  } else if (pending) {
    current = { ...pending, definition: { text: p.text, source: source(p.from, p.to), editorial: false } };
    (current as { exclusions?: unknown }).exclusions = excl(exclusions(p.text), p);
    entries.push(current);
    pending = undefined;
  } else if (e?.level === '大类') {
    current = entry(e.code, '大类', e.name, parents.门类);
    parents.大类 = classificationAnchor(e.code);
    current.definition = { text: e.definition, source: source(p.from, p.to), editorial: false };
    current.exclusions = excl(exclusions(e.definition), p);
    entries.push(current);
  } else if (e?.level === '中类') {
    current = entry(e.code, '中类', e.name, parents.大类);
    current.definition = { text: e.definition, source: source(p.from, p.to), editorial: false };
    current.exclusions = excl(exclusions(e.definition), p);
    current.typicalBusinesses = [];
    entries.push(current);
  } else if (e?.level === '典型业务') {
    const list = current!.typicalBusinesses as Record<string, unknown>[];
    const id = typicalBusinessAnchor(current!.code as string, e.number);
    list.push({
      id,
      number: e.number,
      name: e.name,
      text: e.text,
      source: source(p.from, p.to),
      ...(e.label !== '典型业务' ? { label: e.label } : {}),
      exclusions: excl(exclusions(e.text), p),
      aliases: TB_ALIASES[id] ?? [],
    });
  } else {
    throw new Error(`line ${p.from}: unrecognised paragraph “${p.text.slice(0, 30)}…”`);
  }
}

/** Drops empty lists, so that the files show only what is there. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, prune(v)]),
    );
  }
  return value;
}

/** Block-style YAML with line ranges kept on one line: `lines: [124, 134]`. */
function toYaml(value: unknown): string {
  return yaml
    .dump(prune(value), { lineWidth: -1, noRefs: true })
    .replace(/^(\s*)lines:\n\s*- (\d+)\n\s*- (\d+)$/gm, '$1lines: [$2, $3]');
}

const dir = join(ROOT, 'src/data/glossary');
mkdirSync(dir, { recursive: true });
let written = 0;
for (const e of entries) {
  const meta = META[e.code as string]!;
  const out = {
    ...e,
    ...(meta.shortDefinition ? { shortDefinition: meta.shortDefinition } : {}),
    notes: meta.notes ?? [],
    related: meta.related ?? [],
  };
  const path = join(dir, `${e.slug}.yaml`);
  if (existsSync(path) && !force) continue;
  writeFileSync(path, toYaml(out));
  written++;
}
const count = (level: string) => entries.filter((e) => e.level === level).length;
const tb = entries.reduce((sum, e) => sum + ((e.typicalBusinesses as unknown[] | undefined)?.length ?? 0), 0);
console.log(
  `门类 ${count('门类')}, 大类 ${count('大类')}, 中类 ${count('中类')}, 典型业务 ${tb}; wrote ${written} file(s) to src/data/glossary/`,
);
