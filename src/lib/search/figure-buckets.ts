/**
 * Figures and tables for search (图 1-1, 表 4 …) in buckets by label. Each
 * document numbers its figures alike, so a label's list of figures, and the
 * cards shown for them, grow with the number of documents: at 100 copies of
 * the documents they made the lexicon loaded with the engine some 4 MB. A
 * query names a figure only with its label, so the build cuts them into
 * buckets by a hash of the label (a bounded number of figures each) and the
 * engine loads the bucket of each label a query names, when it names one.
 * A corpus whose figures fit in one bucket keeps them in the lexicon, as
 * before. Each label keeps at most TARGETS_PER_LABEL figures, in the order
 * of the shards (shards.ts: newest documents first), so a bucket stays small
 * however many documents share a label; the engine picks among them by the
 * query's other words.
 */
import type { Card } from './engine.ts';
import { bucketOf } from './shards.ts';
import type { KeyMap } from './understand.ts';

/** Figures (a label and one of its targets) per bucket. */
export const FIGURES_PER_BUCKET = 300;
/** Figures kept per label. */
export const TARGETS_PER_LABEL = 60;

export interface FigureBucket {
  figures: KeyMap;
  /** The cards of the figures listed. */
  cards: Record<string, Card>;
}

/**
 * The buckets of the figures, given as [label, url, caption] in priority
 * order, with their cards by url.
 */
export function figureBuckets(
  figures: readonly [label: string, url: string, caption: string][],
  cards: Readonly<Record<string, Card>>,
  perBucket = FIGURES_PER_BUCKET,
  perLabel = TARGETS_PER_LABEL,
): FigureBucket[] {
  const byLabel = new Map<string, [string, string][]>();
  for (const [label, url, caption] of figures) {
    const list = byLabel.get(label) ?? [];
    if (list.length < perLabel) list.push([url, caption]);
    byLabel.set(label, list);
  }
  const total = [...byLabel.values()].reduce((sum, list) => sum + list.length, 0);
  const count = Math.max(1, Math.ceil(total / perBucket));
  const buckets: FigureBucket[] = Array.from({ length: count }, () => ({ figures: {}, cards: {} }));
  for (const [label, targets] of byLabel) {
    const bucket = buckets[bucketOf(label, count)]!;
    bucket.figures[label] = targets;
    for (const [url] of targets) if (cards[url]) bucket.cards[url] = cards[url];
  }
  return buckets;
}
