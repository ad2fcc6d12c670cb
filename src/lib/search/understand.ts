/**
 * Query understanding: what a reader's words name. The query is normalized
 * (full-width, traditional, case, punctuation, quotes, 《》, spaces) and cut,
 * longest match first, into the names the site knows (glossary terms,
 * aliases, codes, abbreviations and English names; cities, provinces and
 * regions; the pages' own search keys), the words its documents use, years,
 * planning periods and figure or table numbers. Question and function words
 * are set aside. Every vocabulary comes from the site's data (see
 * integrations/search-index.ts); nothing here lists queries.
 */
import { compactText, normalizeText, type T2S } from './normalize.ts';

/** Target page (with anchor) and its title. */
export type Target = [url: string, title: string];
/** Normalized, compact names → the pages they stand for. */
export type KeyMap = Record<string, Target[]>;

export type PartKind = 'name' | 'word' | 'unknown' | 'year' | 'period' | 'latin';

export interface QueryPart {
  /** The part in compact normalized form, as it is searched. */
  text: string;
  kind: PartKind;
  /** How much of the query it carries (its length; less for years). */
  weight: number;
  /** For names: the pages they stand for. */
  targets?: Target[];
}

export interface FigureRef {
  /** Canonical label: 图1-1, 表4. */
  label: string;
  targets: Target[];
}

export interface Understanding {
  /** The query as typed (capped). */
  query: string;
  /** Compact normalized form of the whole query (after any correction). */
  compact: string;
  parts: QueryPart[];
  /** Question and function words set aside. */
  setAside: string[];
  figures: FigureRef[];
  /**
   * Pages one of whose names is the whole query, years included (an indicator page's
   * "2019年执行额"): that page is the answer, whatever the parts would rank.
   */
  named?: Target[];
  /** Typo correction applied: the typed stretch and the known term shown instead. */
  correction?: { from: string; to: string };
}

/**
 * Words that carry no search meaning in a question: question words, copulas,
 * particles, conjunctions and prepositions, and the words of asking for a
 * definition or a comparison (区别, 关系), which the answering text does not
 * repeat. General Chinese, not the site's vocabulary.
 */
export const STOP_WORDS = [
  '算不算', '是不是', '属不属于', '有没有', '是什么', '什么是', '为什么', '怎么样', '是多少', '有多少', '有多大', '有哪些', '哪一类', '哪一个',
  '什么', '怎么', '怎样', '如何', '哪些', '哪个', '哪里', '哪类', '哪种', '多少', '多大', '几个', '是否', '属于', '算是', '还是', '或者',
  '以及', '区别', '不同', '差别', '关系', '联系', '意思', '含义', '定义', '概念', '指的是', '介绍', '一下', '请问', '一共', '总共', '应该',
  '可以', '能否', '需要', '包括', '包含', '情况', '相关', '有关', '关于', '归到', '归为', '归入', '计入', '分到',
  '的', '了', '和', '与', '及', '或', '是', '在', '对', '从', '把', '被', '给', '向', '于', '为', '以', '之', '等', '吗', '呢', '吧', '啊',
  '呀', '么', '都', '也', '还', '就', '而', '有', '个', '几', '哪', '啥', '谁', '怎', '该', '要', '会', '能', '算', '请', '跟', '同', '家',
];

const CJK_CHAR = /[\u3400-\u9fff]/;
const LATIN_CHAR = /[a-z0-9.]/;
const YEAR = /(?<![0-9.])((?:19|20)\d{2})(?:年(?:度)?)?(?![0-9.])/g;
const PERIOD = /十[一二三四五]五/g;
/** A figure or table label in compact text: 图1 1 (图1-1), 表4, 表3 1. */
const FIGURE_IN_QUERY = /([图表])(\d{1,2})(?:[ .](\d{1,2}))?(?![\d.])/g;
/** A figure or table label at the start of a caption: 图 1-1, 表 4-1, 图 1：, 表 3. */
const FIGURE_IN_CAPTION = /^\s*([图表])\s*(\d{1,2})(?:\s*[-－–—]\s*(\d{1,2})(?!\d))?/;

export function figureLabel(kind: string, major: string, minor?: string): string {
  return `${kind}${Number(major)}${minor ? `-${Number(minor)}` : ''}`;
}

/** The label of a caption (图 4-1 …), or undefined when it has none. */
export function captionLabel(caption: string): string | undefined {
  const m = FIGURE_IN_CAPTION.exec(normalizeText(caption));
  return m ? figureLabel(m[1]!, m[2]!, m[3]) : undefined;
}

/** The labels of the figures and tables a compact query names (图1-1, 表4), as the lexicon lists them. */
export function figureLabelsIn(compact: string): string[] {
  return [...compact.matchAll(FIGURE_IN_QUERY)].map((m) => figureLabel(m[1]!, m[2]!, m[3]));
}

/** The compact form a name is looked up by. */
export function keyForm(name: string, t2s: T2S = {}): string {
  return compactText(normalizeText(name, t2s));
}

/** Latin words compared without a plural s (services → service). */
function stem(words: string): string {
  return words
    .split(' ')
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

export interface Lexicon {
  keys: KeyMap;
  /** Words of the documents, with how many sections hold them. */
  vocabulary: ReadonlyMap<string, number>;
  /** Figure and table labels → their figures. */
  figures: KeyMap;
}

/** Lookup tables built once per engine from the lexicon. */
export class Recognizer {
  private readonly stop = new Set(STOP_WORDS);
  private readonly maxLength: number;
  /** English names (two words or more) by their stemmed form. */
  private readonly english: [stemmed: string, key: string][];

  readonly lexicon: Lexicon;

  constructor(lexicon: Lexicon) {
    this.lexicon = lexicon;
    let max = 0;
    for (const key of Object.keys(lexicon.keys)) max = Math.max(max, key.length);
    for (const key of lexicon.vocabulary.keys()) max = Math.max(max, key.length);
    this.maxLength = Math.min(max, 40);
    this.english = Object.keys(lexicon.keys)
      .filter((k) => /^[a-z][a-z ]*[a-z]$/.test(k) && k.includes(' '))
      .map((k) => [stem(k), k]);
  }

  /** Kind of a dictionary entry: a site name first, then a document word, then a stop word. */
  private kindOf(text: string): 'name' | 'word' | 'stop' | undefined {
    if (this.lexicon.keys[text]) return 'name';
    if (this.stop.has(text)) return 'stop';
    if (this.lexicon.vocabulary.has(text) && /^[\u3400-\u9fff]{2,}$/.test(text)) return 'word';
    return undefined;
  }

  /** An English name that contains the typed words (customer service → customer services). */
  private englishName(words: string): string | undefined {
    if (!words.includes(' ')) return undefined;
    const wanted = ` ${stem(words)} `;
    const found = this.english.filter(([s]) => ` ${s} `.includes(wanted)).sort((a, b) => a[1].length - b[1].length);
    return found[0]?.[1];
  }

  understand(query: string, t2s: T2S = {}): Understanding {
    let compact = compactText(normalizeText(query, t2s));
    const figures: FigureRef[] = [];
    compact = compact.replace(FIGURE_IN_QUERY, (_, kind: string, major: string, minor?: string) => {
      const label = figureLabel(kind, major, minor);
      const targets = this.lexicon.figures[label] ?? (minor ? undefined : this.lexicon.figures[`${label}`]);
      if (targets) figures.push({ label, targets });
      return ' ';
    });
    const parts: QueryPart[] = [];
    const setAside: string[] = [];
    compact = compact.replace(YEAR, (_, year: string) => {
      parts.push({ text: year, kind: 'year', weight: 1 });
      return ' ';
    });
    compact = compact.replace(PERIOD, (period: string) => {
      parts.push({ text: period, kind: 'period', weight: 3 });
      return ' ';
    });
    this.segment(compact.replace(/ +/g, ' ').replace(/^[ |]+|[ |]+$/g, ''), parts, setAside);
    const whole = compactText(normalizeText(query, t2s));
    const named = this.lexicon.keys[whole];
    return { query, compact: whole, parts: mergeParts(parts), setAside, figures, ...(named ? { named } : {}) };
  }

  /** Longest-match segmentation of the rest of the query into parts. */
  private segment(text: string, parts: QueryPart[], setAside: string[]) {
    const chars = [...text];
    let unknown = '';
    const flushUnknown = () => {
      if (!unknown) return;
      if ([...unknown].length === 1) setAside.push(unknown);
      else parts.push({ text: unknown, kind: 'unknown', weight: [...unknown].length });
      unknown = '';
    };
    const isLatin = (ch: string | undefined) => ch !== undefined && LATIN_CHAR.test(ch);
    for (let i = 0; i < chars.length; ) {
      const ch = chars[i]!;
      if (ch === ' ' || ch === '|') {
        flushUnknown();
        i++;
        continue;
      }
      let match = '';
      let kind: 'name' | 'word' | 'stop' | undefined;
      for (let len = Math.min(this.maxLength, chars.length - i); len >= 1; len--) {
        const candidate = chars.slice(i, i + len).join('').trim();
        if (candidate.length !== chars.slice(i, i + len).join('').length) continue;
        // Latin names match whole words only (it, not the it of item).
        if (isLatin(candidate.at(-1)) && isLatin(chars[i + len])) continue;
        if (isLatin(candidate[0]) && isLatin(chars[i - 1])) continue;
        const k = this.kindOf(candidate);
        if (k) {
          match = candidate;
          kind = k;
          break;
        }
      }
      if (!match && isLatin(ch)) {
        // A run of Latin words: an English name, else each word by itself.
        let end = i;
        while (end < chars.length && (isLatin(chars[end]) || (chars[end] === ' ' && isLatin(chars[end + 1])))) end++;
        const run = chars.slice(i, end).join('');
        const name = this.englishName(run);
        flushUnknown();
        if (name) parts.push({ text: name, kind: 'name', weight: run.length / 2, targets: this.lexicon.keys[name] });
        else {
          // Words one by one (a known word as a name), numbers and letters as Latin words.
          for (const word of run.split(' ')) {
            const targets = this.lexicon.keys[word];
            parts.push(targets ? { text: word, kind: 'name', weight: word.length, targets } : { text: word, kind: 'latin', weight: Math.min(3, word.length) });
          }
        }
        i = end;
        continue;
      }
      if (!match) {
        unknown += ch;
        i++;
        continue;
      }
      if (kind === 'stop' && unknown && [...match].length === 1) {
        // A one-character stop word right after an unknown stretch may belong to it (量子计算 is not 量子计 + 算).
        unknown += match;
      } else if (kind === 'stop') {
        flushUnknown();
        setAside.push(match);
      } else {
        flushUnknown();
        const length = [...match].length;
        parts.push(
          kind === 'name'
            ? { text: match, kind: 'name', weight: CJK_CHAR.test(match) ? length : Math.max(2, length / 2), targets: this.lexicon.keys[match] }
            : { text: match, kind: 'word', weight: length },
        );
      }
      i += [...match].length;
    }
    flushUnknown();
  }
}

/** The same part typed twice counts once. */
function mergeParts(parts: QueryPart[]): QueryPart[] {
  const seen = new Map<string, QueryPart>();
  for (const part of parts) if (!seen.has(part.text)) seen.set(part.text, part);
  return [...seen.values()];
}

/** Share of the query's weight carried by names (glossary entries, cities, page keys). */
export function nameCoverage(u: Understanding): number {
  const total = u.parts.reduce((s, p) => s + p.weight, 0);
  const names = u.parts.filter((p) => p.kind === 'name').reduce((s, p) => s + p.weight, 0);
  return total ? names / total : 0;
}
