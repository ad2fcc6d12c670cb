/**
 * The search dictionary: terms a question is cut into when it does not match
 * as typed, and the pool of suggestions when nothing matches. Built from the
 * terms the site defines (glossary, cities, provinces) and the documents' own
 * vocabulary (words that recur in them).
 */

export interface VocabularyEntry {
  term: string;
  /** How many sections contain it. */
  count: number;
}

/** Words of two or more Chinese characters that occur in at least `minCount` sections, plus the given terms. */
export function buildVocabulary(texts: readonly string[], terms: readonly string[], minCount = 3): VocabularyEntry[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const counts = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const { segment, isWordLike } of segmenter.segment(text)) {
      if (isWordLike && /^[\u3400-\u9fff]{2,}$/.test(segment)) seen.add(segment);
    }
    for (const term of terms) if (text.includes(term)) seen.add(term);
    for (const word of seen) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const required = new Set(terms);
  return [...counts]
    .filter(([term, count]) => count >= minCount || required.has(term))
    .map(([term, count]) => ({ term, count }))
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term, 'zh'));
}

/**
 * Suggestions for a query without results: known terms sharing the most
 * characters with it (at least half of the query's distinct Chinese characters),
 * the more frequent first.
 */
export function suggest(query: string, vocabulary: readonly VocabularyEntry[], limit = 5): string[] {
  const chars = new Set([...query].filter((c) => /[\u3400-\u9fff]/.test(c)));
  if (chars.size === 0) return vocabulary.slice(0, limit).map((v) => v.term);
  const scored = vocabulary
    .map((v) => ({ v, shared: [...new Set(v.term)].filter((c) => chars.has(c)).length }))
    .filter((s) => s.shared > 0 && s.shared * 2 >= Math.min(chars.size, [...s.v.term].length))
    .sort((a, b) => b.shared - a.shared || b.v.count - a.v.count);
  return scored.slice(0, limit).map((s) => s.v.term);
}
