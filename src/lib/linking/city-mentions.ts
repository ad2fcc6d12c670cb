/**
 * Finding city names in Chinese text. Chinese has no spaces, so a name can sit
 * inside a longer word that is not about the city at all: 成都 in 形成都市,
 * 大庆 in 盛大庆典, 合肥 in 复合肥料. A mention is rejected when it overlaps
 * such a blocking word. Names that extend the city name (南京市, 北京天宇朗通)
 * are still mentions of the city.
 *
 * `MentionMatcher` is the seam for the site's general CJK term matcher: the
 * backlink scanner only needs `find`.
 */

export interface Mention {
  /** Key of the entry found (a city slug). */
  key: string;
  /** The name as found. */
  name: string;
  /** UTF-16 offsets into the text searched. */
  start: number;
  end: number;
}

export interface MentionMatcher {
  /** All mentions in text order; overlapping names resolve to the longest. */
  find(text: string): Mention[];
}

export interface MatchEntry {
  key: string;
  names: readonly string[];
}

/**
 * Per name, longer words that contain or run into it without meaning the
 * city. A listed word blocks only its own name: in 经济南京, 经济南 blocks
 * 济南 but not 南京. None of these words occurs in the five sources today;
 * they guard future text. Words that can also be read as the city plus a
 * word (长沙发展 is 长沙 + 发展, not 长沙发) are deliberately not listed.
 */
export const DEFAULT_BLOCKERS: Readonly<Record<string, readonly string[]>> = {
  成都: ['形成都', '完成都', '建成都', '组成都', '构成都', '变成都', '造成都', '达成都'],
  大连: ['大连续'],
  西安: ['东西安全'],
  大庆: ['盛大庆', '重大庆典'],
  重庆: ['隆重庆'],
  合肥: ['复合肥', '混合肥'],
  长春: ['长春藤'],
  济南: ['经济南', '救济南'],
  南通: ['西南通道', '东南通道'],
};

/** Offsets where `needle` occurs in `text`, overlapping occurrences included. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

export function createMentionMatcher(
  entries: readonly MatchEntry[],
  blockers: Readonly<Record<string, readonly string[]>> = DEFAULT_BLOCKERS,
): MentionMatcher {
  // Longest names first, so that a longer name wins where two overlap.
  const names = entries
    .flatMap((entry) => entry.names.map((name) => ({ key: entry.key, name })))
    .sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
  return {
    find(text) {
      const taken: Mention[] = [];
      for (const { key, name } of names) {
        const blocked = (blockers[name] ?? []).flatMap((word) => occurrences(text, word).map((s) => [s, s + word.length] as const));
        for (const start of occurrences(text, name)) {
          const end = start + name.length;
          if (blocked.some(([s, e]) => s < end && start < e)) continue;
          if (taken.some((m) => m.start < end && start < m.end)) continue;
          taken.push({ key, name, start, end });
        }
      }
      return taken.sort((a, b) => a.start - b.start);
    },
  };
}

/** The first mention of each key: what a first-mention-per-section linker links. */
export function firstMentions(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => (seen.has(m.key) ? false : (seen.add(m.key), true)));
}

/** What the site's term matcher (src/lib/linking/term-matcher.ts) returns for each match. */
interface TermMatchLike {
  start: number;
  end: number;
  text: string;
  target: string | undefined;
}

/**
 * A MentionMatcher on top of the site's general term matcher, for when city
 * names join the glossary's linker: forms whose target is "/cities/<slug>/"
 * become mentions of that slug; other terms (they still cover their span, so
 * a city name inside a longer term is not a mention) are dropped. The term
 * matcher has `notAfter` but no words that block a name from behind (大连续),
 * so pass such words as forms without a city target if they matter.
 */
export function mentionMatcherFrom(terms: { find(text: string): readonly TermMatchLike[] }): MentionMatcher {
  return {
    find(text) {
      return terms.find(text).flatMap((m) => {
        const slug = /^\/cities\/([a-z0-9-]+)\/$/.exec(m.target ?? '')?.[1];
        return slug ? [{ key: slug, name: m.text, start: m.start, end: m.end }] : [];
      });
    },
  };
}
