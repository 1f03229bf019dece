/**
 * chrF (Popović, "chrF: character n-gram F-score for automatic MT
 * evaluation", WMT 2015): character n-grams of orders 1 to 6, whitespace
 * removed; precision and recall are each averaged over the orders (as the
 * paper defines chrP and chrR), then combined with β = 2, which weighs recall
 * twice as much as precision. Corpus level: n-gram counts are summed over all
 * sentences before the averages, as sacreBLEU does. Scores are 0–100.
 *
 * sacreBLEU averages the per-order F-scores instead of P and R; the two agree
 * to within a point or so on whole corpora.
 */

export const CHRF_ORDER = 6;
export const CHRF_BETA = 2;

interface OrderCounts {
  matches: number;
  hypothesis: number;
  reference: number;
}

/** Character n-gram counts of a text without whitespace; code points, not UTF-16 units. */
function ngrams(text: string, n: number): Map<string, number> {
  const chars = [...text.replace(/\s+/gu, '')];
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= chars.length; i++) {
    const gram = chars.slice(i, i + n).join('');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function countOrder(hypothesis: string, reference: string, n: number): OrderCounts {
  const hyp = ngrams(hypothesis, n);
  const ref = ngrams(reference, n);
  let matches = 0;
  for (const [gram, count] of hyp) matches += Math.min(count, ref.get(gram) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { matches, hypothesis: total(hyp), reference: total(ref) };
}

/** Corpus chrF of aligned hypotheses and references. */
export function corpusChrf(hypotheses: readonly string[], references: readonly string[]): number {
  if (hypotheses.length !== references.length) {
    throw new Error(`chrf: ${hypotheses.length} hypotheses for ${references.length} references`);
  }
  const totals: OrderCounts[] = Array.from({ length: CHRF_ORDER }, () => ({ matches: 0, hypothesis: 0, reference: 0 }));
  hypotheses.forEach((hyp, i) => {
    for (let n = 1; n <= CHRF_ORDER; n++) {
      const c = countOrder(hyp, references[i]!, n);
      const t = totals[n - 1]!;
      t.matches += c.matches;
      t.hypothesis += c.hypothesis;
      t.reference += c.reference;
    }
  });
  const precision = average(totals.map((t) => (t.hypothesis ? t.matches / t.hypothesis : 0)));
  const recall = average(totals.map((t) => (t.reference ? t.matches / t.reference : 0)));
  if (precision + recall === 0) return 0;
  const b2 = CHRF_BETA * CHRF_BETA;
  return (100 * (1 + b2) * precision * recall) / (b2 * precision + recall);
}

export function sentenceChrf(hypothesis: string, reference: string): number {
  return corpusChrf([hypothesis], [reference]);
}

function average(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
