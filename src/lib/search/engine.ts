/**
 * The search engine as the browser runs it, shared by the header search and
 * the /search/ page. A query is understood (understand.ts), then retrieved in
 * grades: sections holding the exact phrase, then sections holding every
 * recognised part, then those holding most of them, ranked by how much of the
 * query they cover; when nothing is found a single close term is tried
 * (typo.ts). Entries the query names (glossary terms, cities and regions,
 * figures and tables) come first as answer cards.
 */
import { excerpt, type Excerpt } from './excerpt.ts';
import { capQuery, compactText, normalizeText, type T2S } from './normalize.ts';
import { bucketOf, decodeShards, shardFolder } from './shards.ts';
import { GRAM, phraseAnchors } from './tokens.ts';
import { correct, Readings, type Candidate, type PinyinTable } from './typo.ts';
import type { FigureBucket } from './figure-buckets.ts';
import { figureLabelsIn, nameCoverage, Recognizer, STOP_WORDS, type KeyMap, type QueryPart, type Target, type Understanding } from './understand.ts';
import { suggest, type VocabularyEntry } from './vocabulary.ts';

export type { KeyMap } from './understand.ts';

export interface SectionHit {
  url: string;
  section: string;
  excerpt: Excerpt;
}

export interface PageResult {
  url: string;
  title: string;
  doc: string;
  excerpt: Excerpt;
  sections: SectionHit[];
  /** Filter values of the page's matching sections. */
  filters: Record<string, string[]>;
}

/** What an answer card shows: the entry's name, code, definition or key facts, and its link. */
export interface Card {
  url: string;
  title: string;
  /** 术语, 城市, 地区, 图, 表 … */
  kind: string;
  code?: string;
  text: string;
  /** For figures and tables: the document and page that hold them. */
  doc?: string;
}

export type Filters = Record<string, string[]>;

export type Grade = 'exact' | 'all' | 'most' | 'some' | 'none';

export interface SearchOutcome {
  query: string;
  understanding: Understanding | undefined;
  grade: Grade;
  cards: Card[];
  results: PageResult[];
  /** Filter values with the number of listed pages that have them. */
  facets: Record<string, Record<string, number>>;
  suggestions: string[];
  /** The close term whose results are shown instead of the typed words. */
  correction?: { from: string; to: string };
  /** Strings to highlight in excerpts and on the opened page. */
  highlight: string[];
}

interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the record. */
  words?: number[];
  /** The record's fragment: its meta, and its filter values as Pagefind stores them. */
  data: () => Promise<{ url: string; meta: Record<string, string>; filters?: Record<string, string[]> }>;
}

type SectionData = Awaited<ReturnType<PagefindResult['data']>>;

interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** How many matching sections are read to fill a results page. */
const RECORD_BUDGET = 24;
const PAGE_LIMIT = 10;
/** Entry pages (glossary, cities, regions) kept on the first page of results if they matched. */
const ENTRY_SLOTS = 3;
const MAX_CARDS = 2;
/** Positions over which closeness halves a section's score (about 15 characters: a character takes GRAM). */
const PROXIMITY_SCALE = 15 * GRAM;
/** Share of sections above which a term is too common to be what a query asks about. */
const GENERIC_SHARE = 0.1;
/** Queries this long that are found as typed are pasted text, not names: no cards. */
const PASTED_LENGTH = 12;

const isPlace = (url: string) => /^\/(cities|regions|circles)\//.test(url);
const pageOf = (url: string) => url.split('#')[0]!;

export interface EngineData {
  t2s: T2S;
  vocabulary: VocabularyEntry[];
  keys: KeyMap;
  figures: KeyMap;
  cards: Record<string, Card>;
  /** How many sections the index holds. */
  sections: number;
  /** Pagefind ids of the sections of pages that restate the documents (place profiles, indicator pages). */
  aside: string[];
  /** Loads the reading table for typo correction on first need. */
  pinyin: () => Promise<PinyinTable>;
  /** How many Pagefind shards the index has (shards.ts); one when not given. */
  shards?: number;
  /** How many routing buckets there are, and how to load one (with more than one shard). */
  routeBuckets?: number;
  route?: (bucket: number) => Promise<Record<string, string>>;
  /** How many figure buckets there are, and how to load one (figure-buckets.ts); without them, `figures` lists all. */
  figureBuckets?: number;
  figureBucket?: (bucket: number) => Promise<FigureBucket>;
}

/** One Pagefind index of a sharded search index, loaded on first use. */
export type ShardLoader = () => Promise<PagefindApi>;

/** What a query's searches found so far: the whole phrase, and each part. */
interface Found {
  exact: PagefindResult[];
  byPart: PagefindResult[][];
}

interface Scored {
  result: PagefindResult;
  grade: number;
  /** A place profile or indicator page for a query that names no place: after the documents of its grade. */
  aside: boolean;
  coverage: number;
  score: number;
}

export class SearchEngine {
  private readonly recognizer: Recognizer;
  private readonly counts: Map<string, number>;
  private readings: Promise<Readings> | undefined;
  /** Known from the lexicon, so no search (and no index chunk) is spent on telling these pages apart. */
  private readonly asideIds: Set<string>;
  /** Token searches of the current query, shared by its phrases (a query's parts often share anchors). */
  private tokenSearches = new Map<string, Promise<PagefindResponse>>();

  private readonly shardLoaders: ShardLoader[];
  private readonly shardApis = new Map<number, Promise<PagefindApi>>();
  private readonly routeBuckets = new Map<number, Promise<Record<string, string>>>();
  private readonly data: EngineData;
  private readonly fragments = new WeakMap<PagefindResult, Promise<SectionData>>();
  private readonly figures: KeyMap;
  private readonly cards: Record<string, Card>;
  private readonly figureBucketLoads = new Map<number, Promise<void>>();

  /** The index: one Pagefind instance, or the loaders of its shards in the order of shards.ts. */
  constructor(pagefind: PagefindApi | readonly ShardLoader[], data: EngineData) {
    this.shardLoaders = Array.isArray(pagefind) ? [...pagefind] : [async () => pagefind as PagefindApi];
    this.data = data;
    this.counts = new Map(data.vocabulary.map((v) => [v.term, v.count]));
    this.asideIds = new Set(data.aside);
    // The figure table grows as the figure buckets a query needs are loaded (the recognizer reads it as it stands).
    this.figures = { ...data.figures };
    this.cards = { ...data.cards };
    this.recognizer = new Recognizer({ keys: data.keys, vocabulary: this.counts, figures: this.figures });
  }

  understand(query: string): Understanding {
    return this.recognizer.understand(capQuery(query), this.data.t2s);
  }

  async search(raw: string, filters: Filters = {}): Promise<SearchOutcome> {
    const query = capQuery(raw);
    this.tokenSearches = new Map();
    const empty: SearchOutcome = { query, understanding: undefined, grade: 'none', cards: [], results: [], facets: {}, suggestions: [], highlight: [] };
    if (!compactText(normalizeText(query, this.data.t2s))) return empty;
    await this.loadFigures(query);
    let understanding = this.recognizer.understand(query, this.data.t2s);
    let outcome = await this.retrieve(understanding, filters);
    let correction: SearchOutcome['correction'];
    // Words the site does not know, or stray characters, suggest a typo when the query is not found as typed.
    const suspicious = [
      ...understanding.parts.filter((p) => p.kind === 'unknown').flatMap((p) => [...p.text]),
      ...understanding.setAside.filter((w) => [...w].length === 1 && !STOP_WORDS.includes(w)),
    ];
    const noParts = understanding.parts.length === 0;
    if (outcome.grade !== 'exact' && (suspicious.length || noParts || outcome.grade === 'none') && !understanding.figures.length) {
      const fix = await this.correction(understanding, suspicious);
      if (fix) {
        const corrected = this.recognizer.understand(understanding.compact.replace(fix.from, fix.to), this.data.t2s);
        const retry = await this.retrieve(corrected, filters);
        if (retry.results.length || retry.cards.length) {
          understanding = { ...corrected, correction: { from: fix.from, to: fix.to } };
          outcome = retry;
          correction = { from: fix.from, to: fix.to };
        }
      }
    }
    const highlight = understanding.parts.filter((p) => p.kind !== 'year').map((p) => p.text);
    const suggestions =
      outcome.results.length || outcome.cards.length ? [] : suggest(normalizeText(query, this.data.t2s), this.data.vocabulary);
    return { query, understanding, ...outcome, suggestions, correction, highlight };
  }

  /** Loads the figure buckets of the labels the query names (图1-1 …), once each. */
  private async loadFigures(query: string) {
    const count = this.data.figureBuckets;
    if (!count || !this.data.figureBucket) return;
    const labels = figureLabelsIn(compactText(normalizeText(query, this.data.t2s)));
    await Promise.all(
      labels.map((label) => {
        const b = bucketOf(label, count);
        let load = this.figureBucketLoads.get(b);
        if (!load) {
          load = this.data.figureBucket!(b).then((bucket) => {
            Object.assign(this.figures, bucket.figures);
            Object.assign(this.cards, bucket.cards);
          });
          this.figureBucketLoads.set(b, load);
        }
        return load;
      }),
    );
  }

  private async correction(u: Understanding, suspicious: readonly string[]) {
    this.readings ??= this.data.pinyin().then((table) => new Readings(table));
    const readings = await this.readings;
    const candidates: Candidate[] = [
      ...Object.keys(this.data.keys)
        .filter((k) => /^[\u3400-\u9fff]{2,}$/.test(k))
        .map((term) => ({ term, isName: true, count: this.counts.get(term) ?? 0 })),
      ...this.data.vocabulary.filter((v) => /^[\u3400-\u9fff]{3,}$/.test(v.term) && !this.data.keys[v.term]).map((v) => ({ term: v.term, isName: false, count: v.count })),
    ];
    const isKnown = (s: string) => !!this.data.keys[s] || this.counts.has(s);
    const fix = correct(u.compact, candidates, readings, isKnown);
    // The corrected stretch must cover something not understood, unless nothing was.
    if (fix && u.parts.length && ![...fix.from].some((c) => suspicious.includes(c))) return undefined;
    return fix;
  }

  /** Cards for the entries a query names. */
  private cardsFor(u: Understanding, pastedFound: boolean): Card[] {
    const cards: Card[] = [];
    const add = (target: Target) => {
      if (cards.length >= MAX_CARDS || cards.some((c) => c.url === target[0])) return;
      cards.push(this.cards[target[0]] ?? { url: target[0], title: target[1], kind: '', text: '' });
    };
    // A page whose own name is the whole query answers it, even with a year in it.
    for (const target of u.named ?? []) add(target);
    if (pastedFound) return cards;
    for (const figure of u.figures) {
      // Several documents number their figures alike: the one whose caption or document shares the query's words first.
      const words = u.parts.map((p) => p.text);
      const ranked = [...figure.targets].sort((a, b) => this.overlap(b, words) - this.overlap(a, words));
      for (const target of ranked.slice(0, 1)) add(target);
    }
    const names = u.parts
      .map((part, order) => ({ part, order, place: isPlace(part.targets?.[0]?.[0] ?? '') }))
      .filter(({ part }) => part.kind === 'name')
      .sort((a, b) => Number(b.place) - Number(a.place) || b.part.weight - a.part.weight || a.order - b.order);
    // A year asks for a number, which the documents hold: terms get no card then, places still do.
    const aboutTerms = nameCoverage(u) >= 0.5 && !u.parts.some((p) => p.kind === 'year') && !u.figures.length;
    // A term most sections use (服务外包, 执行额) is the topic of everything, not the answer, unless it is all the query says.
    const generic = (part: QueryPart) => (this.counts.get(part.text) ?? 0) > this.data.sections * GENERIC_SHARE && u.parts.length > 1;
    for (const { part, place } of names) {
      const target = part.targets?.[0];
      if (target && (place || (aboutTerms && !generic(part)))) add(target);
    }
    return cards;
  }

  private overlap(target: Target, words: readonly string[]): number {
    const card = this.cards[target[0]];
    const text = compactText(normalizeText(`${target[1]} ${card?.title ?? ''} ${card?.doc ?? ''}`, this.data.t2s));
    return words.filter((w) => text.includes(w)).reduce((s, w) => s + w.length, 0);
  }

  /**
   * Sections holding the text as a phrase: each anchor token (tokens.ts) is one Pagefind search, and a
   * section matches where every anchor stands at its offset from the first. Its positions are the
   * phrase's starts; its score the anchors' mean.
   */
  private async searchPart(text: string, filters: Filters, shard: number): Promise<PagefindResponse> {
    const anchors = phraseAnchors(text);
    if (!anchors.length) return { results: [], filters: {} };
    const [first, ...rest] = await Promise.all(anchors.map((a) => this.searchToken(a.token, filters, shard)));
    if (!rest.length) return first!;
    const others = rest.map((r) => new Map(r.results.map((x) => [x.id, x])));
    const results: PagefindResult[] = [];
    for (const head of first!.results) {
      const tails = others.map((m) => m.get(head.id));
      if (tails.some((t) => !t)) continue;
      const at = tails.map((t) => new Set(t!.words ?? []));
      const words = (head.words ?? []).filter((p) => at.every((set, k) => set.has(p + anchors[k + 1]!.offset - anchors[0]!.offset)));
      if (!words.length) continue;
      const score = [head, ...tails].reduce((sum, r) => sum + r!.score, 0) / anchors.length;
      results.push({ id: head.id, score, words, data: head.data });
    }
    return { results, filters: {} };
  }

  /**
   * The sections holding one token, with all its positions, once per query. Pagefind reports every
   * position only for an unquoted word, which it matches as a prefix (longer strings that start with
   * it: their positions lie within the string's own GRAM positions) and, where no word has that prefix,
   * widens to a shorter one; quoted, it matches the exact word but reports one position. Every string
   * of up to GRAM characters of the text is a word of the index (tokens.ts), so the sections of the
   * quoted search are exactly those that hold the string, and the unquoted one gives their positions.
   */
  private searchToken(token: string, filters: Filters, shard: number): Promise<PagefindResponse> {
    const pagefindFilters = Object.fromEntries(
      Object.entries(filters)
        .filter(([, values]) => values.length)
        .map(([key, values]) => [key, { any: values }]),
    );
    const key = `${shard} ${token} ${JSON.stringify(pagefindFilters)}`;
    let response = this.tokenSearches.get(key);
    if (!response) {
      response = this.shard(shard).then((pagefind) => Promise.all([
        pagefind.search(`"${token}"`, { filters: pagefindFilters }),
        pagefind.search(token, { filters: pagefindFilters }),
      ])).then(([exact, all]) => {
        const holding = new Set(exact.results.map((r) => r.id));
        return { ...all, results: all.results.filter((r) => holding.has(r.id)) };
      });
      this.tokenSearches.set(key, response);
    }
    return response;
  }

  /** Shard k's Pagefind, loaded once. */
  private shard(k: number): Promise<PagefindApi> {
    let api = this.shardApis.get(k);
    if (!api) {
      api = this.shardLoaders[k]!();
      this.shardApis.set(k, api);
    }
    return api;
  }

  /**
   * For each text, the shards that may hold it: those holding every one of its anchor words, from the
   * routing buckets of those words (one small file per word, loaded once). With one shard, that shard.
   */
  private async routes(texts: readonly string[]): Promise<Set<number>[]> {
    const count = this.data.shards ?? 1;
    if (count === 1 || !this.data.route || !this.data.routeBuckets) return texts.map((t) => new Set(t && phraseAnchors(t).length ? [0] : []));
    const buckets = this.data.routeBuckets;
    const load = (b: number) => {
      let bucket = this.routeBuckets.get(b);
      if (!bucket) {
        bucket = this.data.route!(b);
        this.routeBuckets.set(b, bucket);
      }
      return bucket;
    };
    return Promise.all(
      texts.map(async (text) => {
        const anchors = text ? phraseAnchors(text) : [];
        if (!anchors.length) return new Set<number>();
        const lists = await Promise.all(anchors.map(async ({ token }) => decodeShards((await load(bucketOf(token, buckets)))[token] ?? '')));
        return new Set(lists.reduce((held, list) => held.filter((k) => list.includes(k))));
      }),
    );
  }

  /**
   * Retrieves across shards progressively. Shards are read in their order (shards.ts: reference pages,
   * then the documents newest first), only those the routing table says may hold the phrase or a part,
   * and reading stops once the sections found fill the first page of results at a grade no later shard
   * can better. The sections of the shards read are ranked together, as in one index (grade, coverage,
   * then Pagefind's score, which each shard computes with its own term statistics: close enough
   * between shards of a few thousand sections). The trade-off: within one grade, a section of a shard
   * not read, however high its score, does not displace the sections that already fill the page, so a
   * common term lists the reference pages and the newest documents first; across grades the ranking is
   * exact, because a shard that may hold a better grade is always read. The cost of a query is then
   * bounded by the shards needed to fill one page, not by the corpus. With one shard this is the search
   * of before.
   */
  private async retrieve(u: Understanding, filters: Filters): Promise<Pick<SearchOutcome, 'grade' | 'cards' | 'results' | 'facets'>> {
    const parts = u.parts;
    const hasNames = parts.some((p) => p.kind === 'name') || u.figures.length > 0;
    // A query that names no place is not about one: place profiles and indicator pages, which repeat the
    // documents' numbers by year, come after the documents (an indicator the query names is its card).
    const namesPlace = parts.some((p) => p.kind === 'name' && p.targets?.some((t) => isPlace(t[0])));
    const aside = (id: string) => !namesPlace && this.asideIds.has(id);
    const [phraseShards, ...partShards] = await this.routes([u.compact, ...parts.map((p) => p.text)]);
    const bound = (k: number) => this.bestPossible(u, k, phraseShards!, partShards);
    // Shards that could give a result, and those holding a word the site may not know (whether it is absent decides the outcome).
    const unknownShards = (k: number) => parts.some((p, i) => p.kind === 'unknown' && partShards[i]!.has(k));
    const shards = Array.from({ length: this.data.shards ?? 1 }, (_, k) => k).filter((k) => bound(k).grade < Infinity || unknownShards(k));
    const found: Found = { exact: [], byPart: parts.map(() => []) };
    let ranking = this.rank(u, found, aside);
    for (let queue = shards; queue.length; ) {
      const k = queue[0]!;
      const [exact, ...byPart] = await Promise.all([
        phraseShards!.has(k) ? this.searchPart(u.compact, filters, k) : undefined,
        ...parts.map((p, i) => (partShards[i]!.has(k) ? this.searchPart(p.text, filters, k) : undefined)),
      ]);
      found.exact.push(...(exact?.results ?? []));
      byPart.forEach((response, i) => found.byPart[i]!.push(...(response?.results ?? [])));
      ranking = this.rank(u, found, aside);
      const { ranked } = ranking;
      // A later shard is read while it could still add to the first page of results: the sections found that none of
      // its sections could outrank (by grade, coverage, and documents before the pages that restate them) do not fill
      // that page yet (fills reads them, as pages() would), or it may hold an unknown word not found so far (whether
      // that word is absent decides the outcome). What is found only grows, so a shard passed over is never needed later.
      const next: number[] = [];
      const full = new Map<string, Promise<boolean>>();
      for (const r of queue.slice(1)) {
        const pending = parts.some((p, i) => p.kind === 'unknown' && !found.byPart[i]!.length && partShards[i]!.has(r));
        const best = bound(r);
        const safe = (s: Scored) => s.grade < best.grade || (s.grade === best.grade && (s.coverage > best.coverage || (s.coverage === best.coverage && !s.aside)));
        const key = `${best.grade} ${best.coverage}`;
        if (!full.has(key)) full.set(key, this.fills(ranked.filter(safe)));
        if (pending || !(await full.get(key))) next.push(r);
      }
      queue = next;
    }
    // A word found nowhere, with nothing known beside it, names something the site does not have.
    const absent = parts.some((p, i) => p.kind === 'unknown' && !found.byPart[i]!.length);
    if (absent && !hasNames && !found.exact.length) return { grade: 'none', cards: [], results: [], facets: {} };
    const { ranked, scored, bestGrade } = ranking;
    const grade: Grade = scored.size === 0 ? 'none' : (['exact', 'all', 'most', 'some'] as const)[bestGrade]!;
    // A long phrase found as typed is pasted text, not a name, unless names make up nearly all of it.
    const pastedFound = bestGrade === 0 && [...u.compact.replace(/[ |]/g, '')].length >= PASTED_LENGTH && nameCoverage(u) < 0.8;
    // Filters narrow the documents; cards name entries outside them.
    const filtered = Object.values(filters).some((v) => v.length);
    const cards = filtered ? [] : this.cardsFor(u, pastedFound);
    const results = await this.pages(ranked, u, cards);
    return { grade, cards, results, facets: facetsOf(results) };
  }

  /**
   * The best grade (as ranked: 0 exact … 3 some; Infinity for none) and coverage that a section of
   * shard k could have, from the routing table alone.
   */
  private bestPossible(u: Understanding, k: number, phraseShards: Set<number>, partShards: Set<number>[]): { grade: number; coverage: number } {
    if (phraseShards.has(k)) return { grade: 0, coverage: 1 };
    const parts = u.parts;
    const held = parts.filter((_, i) => partShards[i]!.has(k));
    if (!held.length) return { grade: Infinity, coverage: 0 };
    if (held.length === parts.length) return { grade: 1, coverage: 1 };
    const coverage = held.reduce((s, p) => s + p.weight, 0) / parts.reduce((s, p) => s + p.weight, 0);
    if (coverage >= 0.5 && held.length >= 2 && held.length * 2 > parts.length) return { grade: 2, coverage };
    return { grade: held.some((p) => p.kind === 'name') ? 3 : Infinity, coverage };
  }

  /** Grades and orders the sections found so far. */
  private rank(u: Understanding, found: Found, aside: (id: string) => boolean) {
    const parts = u.parts;
    const scored = new Map<string, Scored>();
    // A profile or digest that restates the phrase ranks with the documents holding all its parts, not above them:
    // the documents are the source of what those pages repeat.
    for (const r of found.exact) scored.set(r.id, { result: r, grade: aside(r.id) ? 1 : 0, aside: aside(r.id), coverage: 1, score: r.score * 10 });
    const total = parts.reduce((s, p) => s + p.weight, 0);
    const matched = new Map<string, { parts: QueryPart[]; score: number; result: PagefindResult; positions: number[][] }>();
    found.byPart.forEach((results, i) => {
      for (const r of results) {
        const m = matched.get(r.id) ?? { parts: [], score: 0, result: r, positions: [] };
        m.parts.push(parts[i]!);
        m.score += r.score * parts[i]!.weight;
        m.positions.push(r.words ?? []);
        matched.set(r.id, m);
      }
    });
    for (const [id, m] of matched) {
      const coverage = m.parts.reduce((s, p) => s + p.weight, 0) / total;
      const count = m.parts.length;
      let grade: number;
      if (count === parts.length) grade = 1;
      else if (coverage >= 0.5 && count >= 2 && count * 2 > parts.length) grade = 2;
      else if (m.parts.some((p) => p.kind === 'name')) grade = 3;
      else continue;
      // Sections where the parts stand close together answer the query better than ones that scatter them.
      const score = m.score / (1 + minimalSpan(m.positions) / PROXIMITY_SCALE);
      const previous = scored.get(id);
      if (previous) previous.score += score;
      else scored.set(id, { result: m.result, grade, aside: aside(id), coverage, score });
    }
    const bestGrade = Math.min(...[...scored.values()].map((s) => s.grade));
    // The weakest grade only when nothing better exists.
    const ranked = [...scored.values()]
      .filter((s) => s.grade < 3 || bestGrade === 3)
      .sort((a, b) => a.grade - b.grade || b.coverage - a.coverage || Number(a.aside) - Number(b.aside) || b.score - a.score);
    return { scored, ranked, bestGrade };
  }

  /** A section's fragment, read once per engine (Pagefind fetches it on the first call). */
  private read(result: PagefindResult): Promise<SectionData> {
    let data = this.fragments.get(result);
    if (!data) {
      data = result.data();
      this.fragments.set(result, data);
    }
    return data;
  }

  /**
   * Whether these ranked sections fill the first page of results: PAGE_LIMIT pages, or RECORD_BUDGET
   * sections read, in the order and batches pages() reads them.
   */
  private async fills(ranked: readonly Scored[]): Promise<boolean> {
    const pages = new Set<string>();
    let read = 0;
    while (read < Math.min(RECORD_BUDGET, ranked.length) && pages.size < PAGE_LIMIT) {
      const batch = ranked.slice(read, Math.min(RECORD_BUDGET, read + PAGE_LIMIT - pages.size));
      for (const data of await Promise.all(batch.map((s) => this.read(s.result)))) pages.add(pageOf(data.url));
      read += batch.length;
    }
    return pages.size >= PAGE_LIMIT || read >= RECORD_BUDGET;
  }

  /** Reads the best sections and groups them by page, entries kept on the first page. */
  private async pages(ranked: Scored[], u: Understanding, cards: Card[]): Promise<PageResult[]> {
    // Sections are read until the first page of results is full. Each read is a fragment to fetch, so each
    // round reads only as many sections as pages are still missing (sections of one page share it); the
    // pages of the cards are not listed again, so they do not count towards a full page.
    const cardPages = new Set(cards.map((c) => pageOf(c.url)));
    const top: Scored[] = [];
    const data: SectionData[] = [];
    let pagesSoFar = 0;
    while (top.length < Math.min(RECORD_BUDGET, ranked.length) && pagesSoFar < PAGE_LIMIT) {
      const batch = ranked.slice(top.length, Math.min(RECORD_BUDGET, top.length + PAGE_LIMIT - pagesSoFar));
      top.push(...batch);
      data.push(...(await Promise.all(batch.map((s) => this.read(s.result)))));
      pagesSoFar = new Set(data.map((d) => pageOf(d.url)).filter((p) => !cardPages.has(p))).size;
    }
    // Among sections holding the exact phrase, the documents that publish it come before the pages that quote it.
    const loaded = data
      .map((d, i) => ({ d, i, first: top[i]!.grade === 0 && !!d.meta.doc }))
      .sort((a, b) => top[a.i]!.grade - top[b.i]!.grade || Number(b.first) - Number(a.first) || a.i - b.i)
      .map(({ d }) => d);
    const highlight = u.parts.filter((p) => p.kind !== 'year').map((p) => p.text);
    const pages = new Map<string, PageResult & { rank: number; entry: boolean }>();
    loaded.forEach(({ url, meta, filters: sectionFilters = {} }, rank) => {
      const pageUrl = pageOf(url);
      if (cardPages.has(pageUrl)) return;
      const snippet = excerpt(meta.text || meta.title || '', highlight, 90, this.data.t2s);
      let page = pages.get(pageUrl);
      if (!page) {
        page = { url, title: meta.title ?? pageUrl, doc: meta.doc ?? '', excerpt: snippet, sections: [], filters: {}, rank, entry: !meta.doc };
        pages.set(pageUrl, page);
      } else if (meta.section && page.sections.length < 3 && !page.sections.some((s) => s.url === url) && page.url !== url) {
        page.sections.push({ url, section: meta.section, excerpt: snippet });
      }
      for (const [key, values] of Object.entries(sectionFilters)) {
        const list = (page.filters[key] ??= []);
        for (const v of values) if (!list.includes(v)) list.push(v);
      }
    });
    const all = [...pages.values()];
    const first = all.slice(0, PAGE_LIMIT);
    // Entries and profiles that matched are never crowded out by document sections.
    const entries = all.slice(PAGE_LIMIT).filter((p) => p.entry);
    const shown = first.filter((p) => p.entry).length;
    for (const entry of entries.slice(0, Math.max(0, ENTRY_SLOTS - shown))) {
      const drop = first.map((p) => p.entry).lastIndexOf(false);
      if (drop === -1) break;
      first.splice(drop, 1);
      first.push(entry);
    }
    return first.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, entry: _entry, ...page }) => page);
  }
}

/**
 * The smallest number of word positions spanning one position of every list
 * (the parts of a query found in one section), or 0 for fewer than two lists.
 */
export function minimalSpan(lists: readonly (readonly number[])[]): number {
  const nonEmpty = lists.filter((l) => l.length);
  if (nonEmpty.length < 2) return 0;
  const events = nonEmpty.flatMap((list, k) => list.map((p) => [p, k] as const)).sort((a, b) => a[0] - b[0]);
  const counts = new Array<number>(nonEmpty.length).fill(0);
  let covered = 0;
  let best = Infinity;
  let left = 0;
  for (const [position, k] of events) {
    if (counts[k]!++ === 0) covered++;
    while (covered === nonEmpty.length) {
      const [leftPosition, leftK] = events[left]!;
      best = Math.min(best, position - leftPosition);
      if (--counts[leftK]! === 0) covered--;
      left++;
    }
  }
  return best;
}

/** Filter values over the listed pages: the counts agree with the number of results. */
export function facetsOf(results: readonly PageResult[]): Record<string, Record<string, number>> {
  const facets: Record<string, Record<string, number>> = {};
  for (const page of results) {
    for (const [key, values] of Object.entries(page.filters)) {
      const counts = (facets[key] ??= {});
      for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    }
  }
  return facets;
}

/** Pagefind's module: the default instance's functions, and createInstance for more indexes. */
type PagefindModule = PagefindApi & { createInstance: (o: Record<string, unknown>) => PagefindApi };

/** Loads Pagefind and the query tables from the site's search index folder. */
export async function loadEngine(base = '/search-index/'): Promise<SearchEngine> {
  const json = <T>(file: string) => fetch(`${base}${file}`).then((r) => r.json() as Promise<T>);
  const [pagefind, t2s, vocabulary, lexicon] = await Promise.all([
    import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<PagefindModule>,
    json<T2S>('t2s.json'),
    json<[string, number][]>('vocabulary.json'),
    json<{ keys: KeyMap; figures: KeyMap; cards: Record<string, Card>; sections: number; aside: string[]; shards?: number; routeBuckets?: number; figureBuckets?: number }>(
      'lexicon.json',
    ),
  ]);
  await pagefind.options({ basePath: base, excerptLength: 0 });
  await pagefind.init();
  // The first shard is the module's own instance, loaded with the engine; the others only when a query reaches them.
  const shards: ShardLoader[] = Array.from({ length: lexicon.shards ?? 1 }, (_, k) =>
    k === 0
      ? async () => pagefind
      : async () => {
          // A later shard runs the WebAssembly the first shard loads, and its entry names only a placeholder for it
          // (shards.ts, LOADED_WASM): it starts once the first shard is ready (an empty search waits for that, and
          // loads nothing).
          await pagefind.search('');
          const instance = pagefind.createInstance({ basePath: `${base}${shardFolder(k)}`, excerptLength: 0 });
          await instance.options({ excerptLength: 0 });
          await instance.init();
          return instance;
        },
  );
  let pinyin: Promise<PinyinTable> | undefined;
  return new SearchEngine(shards, {
    t2s,
    vocabulary: vocabulary.map(([term, count]) => ({ term, count })),
    ...lexicon,
    pinyin: () => (pinyin ??= json<PinyinTable>('pinyin.json')),
    route: (bucket) => json<Record<string, string>>(`route/${bucket}.json`),
    figureBucket: (bucket) => json<FigureBucket>(`figures/${bucket}.json`),
  });
}
