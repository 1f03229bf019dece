/**
 * TF-IDF with document frequencies learnt online: every article added
 * counts once for each feature it has, so a name on every wire today (or a
 * word every article shares) weighs little, and a rare one weighs much.
 * Nothing is fitted in advance, so no corpus or model ships with wiredesk.
 */

export type FeatureCounts = Map<string, number>;

/**
 * Features counted before the table is thinned. Vocabulary grows slowly
 * with the number of articles (Heaps' law); thinning forgets features seen
 * in one document only, whose IDF is the maximum anyway, so weights barely
 * change and memory stays bounded.
 */
export const MAX_VOCABULARY = 500_000;

export class DocumentFrequencies {
  readonly counts = new Map<string, number>();
  documents = 0;

  /** One document, whose distinct features come in one or more lists that do not repeat a feature. */
  addDocument(...lists: Iterable<string>[]): void {
    this.documents++;
    for (const features of lists) for (const feature of features) this.counts.set(feature, (this.counts.get(feature) ?? 0) + 1);
    if (this.counts.size > MAX_VOCABULARY) {
      for (const [feature, count] of this.counts) if (count <= 1) this.counts.delete(feature);
    }
  }

  /**
   * Halves every count and the number of documents, forgetting features
   * whose count falls to 0. Called once per time window (story-clusterer.ts):
   * the ratios IDF reads stay about the same, what was seen once in an
   * earlier window is forgotten, and the table holds roughly the vocabulary
   * of the last two windows however long the desk runs.
   */
  halve(): void {
    this.documents = Math.floor(this.documents / 2);
    for (const [feature, count] of this.counts) {
      if (count <= 1) this.counts.delete(feature);
      else this.counts.set(feature, count >> 1);
    }
  }

  /** Smoothed IDF, ln((N + 1) / (df + 1)) + 1: positive, and largest for unseen features. */
  idf(feature: string): number {
    return Math.log((this.documents + 1) / ((this.counts.get(feature) ?? 0) + 1)) + 1;
  }
}

/** Each feature's count times its IDF. */
export function weigh(counts: FeatureCounts, frequencies: DocumentFrequencies): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [feature, count] of counts) weights.set(feature, count * frequencies.idf(feature));
  return weights;
}

export function norm(weights: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const weight of weights.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

/** Cosine of two weighted vectors; 0 when either is empty. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [feature, weight] of small) {
    const other = large.get(feature);
    if (other !== undefined) dot += weight * other;
  }
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

export function addCounts(target: FeatureCounts, source: Iterable<string>, times = 1): void {
  for (const feature of source) target.set(feature, (target.get(feature) ?? 0) + times);
}
