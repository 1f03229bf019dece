/**
 * Scores for a clustering against labelled truth, each item given as a
 * cluster label in both (`Map<item, label>`; only the label's equality
 * matters, never its value).
 *
 * - Pairwise: over every unordered pair of items, a pair is predicted when
 *   both items share a predicted cluster and true when they share a true one.
 * - B-cubed (Bagga & Baldwin, 1998): per item, the share of its predicted
 *   cluster that truly belongs with it (precision) and the share of its true
 *   cluster that was put with it (recall), averaged over items.
 * - Near-duplicates: pairwise scores over copy groups, where the truth's
 *   groups are the closures of `copyOf` links and the prediction's are the
 *   closures of "this item's canonical copy is that one".
 *
 * Pure: plain maps in, numbers out.
 */

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface PairCounts {
  /** Pairs in one predicted cluster and one true cluster. */
  both: number;
  predicted: number;
  truth: number;
}

/**
 * Pairwise counts through the contingency table (predicted × true cluster),
 * so the cost follows the number of items, not of pairs.
 */
export function pairCounts(predicted: ReadonlyMap<string, string>, truth: ReadonlyMap<string, string>): PairCounts {
  const table = contingency(predicted, truth);
  const pairs = (sizes: Iterable<number>) => [...sizes].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  return { both: pairs(table.cells.values()), predicted: pairs(table.predictedSizes.values()), truth: pairs(table.trueSizes.values()) };
}

/**
 * Pairwise precision, recall and F1. With no predicted pair nothing is
 * wrongly joined, so precision is 1; with no true pair nothing can be
 * missed, so recall is 1 (the usual convention for empty sets).
 */
export function pairwiseScores(predicted: ReadonlyMap<string, string>, truth: ReadonlyMap<string, string>): Scores {
  const counts = pairCounts(predicted, truth);
  return withF1(ratio(counts.both, counts.predicted), ratio(counts.both, counts.truth));
}

/** B-cubed precision, recall and F1, averaged over items (each item weighs the same). */
export function bcubedScores(predicted: ReadonlyMap<string, string>, truth: ReadonlyMap<string, string>): Scores {
  const table = contingency(predicted, truth);
  if (table.items === 0) return withF1(1, 1);
  let precision = 0;
  let recall = 0;
  for (const [cell, n] of table.cells) {
    const [predictedLabel, trueLabel] = JSON.parse(cell) as [string, string];
    // Each of the n items in this cell finds n of its kind in both clusters.
    precision += (n * n) / table.predictedSizes.get(predictedLabel)!;
    recall += (n * n) / table.trueSizes.get(trueLabel)!;
  }
  return withF1(precision / table.items, recall / table.items);
}

/**
 * Near-duplicate detection scored as pairs within copy groups. `canonical`
 * maps each item to the copy shown for it (itself when it is no copy);
 * `copyOf` maps each copy to the item it copies.
 */
export function nearDuplicateScores(
  canonical: ReadonlyMap<string, string>,
  copyOf: ReadonlyMap<string, string>,
  items: Iterable<string>,
): Scores {
  const all = [...items];
  return pairwiseScores(linkGroups(all, canonical), linkGroups(all, copyOf));
}

/** The groups that links (item → item) make, as item → group label (union-find over the links). */
export function linkGroups(items: readonly string[], links: ReadonlyMap<string, string>): Map<string, string> {
  const parent = new Map<string, string>(items.map((item) => [item, item]));
  const find = (item: string): string => {
    let root = item;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(item, root);
    return root;
  };
  for (const [from, to] of links) {
    if (!parent.has(from)) parent.set(from, from);
    if (!parent.has(to)) parent.set(to, to);
    const a = find(from);
    const b = find(to);
    if (a !== b) parent.set(a, b);
  }
  return new Map(items.map((item) => [item, find(item)]));
}

export function withF1(precision: number, recall: number): Scores {
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

interface Contingency {
  items: number;
  /** Key: JSON of [predicted label, true label]; value: items in both. */
  cells: Map<string, number>;
  predictedSizes: Map<string, number>;
  trueSizes: Map<string, number>;
}

/** Counts over the truth's items; an item the prediction lacks is a cluster of its own. */
function contingency(predicted: ReadonlyMap<string, string>, truth: ReadonlyMap<string, string>): Contingency {
  const table: Contingency = { items: 0, cells: new Map(), predictedSizes: new Map(), trueSizes: new Map() };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const [item, trueLabel] of truth) {
    // Prefixes keep an item's own-cluster label apart from any real label.
    const predictedLabel = predicted.has(item) ? `p:${predicted.get(item)}` : `alone:${item}`;
    table.items++;
    bump(table.cells, JSON.stringify([predictedLabel, trueLabel]));
    bump(table.predictedSizes, predictedLabel);
    bump(table.trueSizes, trueLabel);
  }
  return table;
}
