/**
 * Ranks the texts of one list against those of another by the clusterer's
 * language-neutral evidence alone (phonetic keys, names, numbers), and
 * scores the ranking when the lists are aligned (line i of one is the
 * translation of line i of the other). This measures how well a Hindi
 * report can find its English original with no model and no translation.
 */
import { articleFeatures } from './article-features.ts';
import { KnownNames } from './entities.ts';
import { evidenceSimilarity, storyNorms, weightedVectors, type StoryCounts } from './story-similarity.ts';
import { DocumentFrequencies } from './term-weights.ts';

export interface RankingScore {
  /** Share of texts whose aligned counterpart ranks first. */
  precisionAt1: number;
  /** Mean of 1 / rank of the aligned counterpart. */
  meanReciprocalRank: number;
}

/**
 * Similarity of every text of `a` with every text of `b`, by the
 * clusterer's own scoring with the language-specific terms left out, so
 * only keys, names and numbers count. IDF and known names are learnt from
 * both lists, as a clusterer learns them from the stream.
 */
export function crossLingualScores(a: readonly string[], b: readonly string[]): number[][] {
  const known = new KnownNames();
  for (const text of [...a, ...b]) {
    const found = articleFeatures('', text, known);
    known.add(found.latinNames);
    known.demote(found.commonKeys);
    known.addText(found.caselessKeys, found.mostlyLatin);
  }
  const frequencies = new DocumentFrequencies();
  const features = [...a, ...b].map((text) => {
    const found = articleFeatures('', text, known);
    frequencies.addDocument(found.keys.keys());
    return found;
  });
  const left = features.slice(0, a.length).map((f) => weightedVectors(f, frequencies));
  const right: TextCounts[] = features.slice(a.length).map((f) => ({ ...f, ...storyNorms(f, frequencies) }));
  const byKey = invertedIndex(right);
  return left.map((article) => {
    const scores = new Array<number>(right.length).fill(0);
    for (const j of candidatesOf(article.keys, byKey)) scores[j] = evidenceSimilarity(article, right[j]!, false);
    return scores;
  });
}

/** A text's counts, kept as maps. */
interface TextCounts extends StoryCounts {
  keys: Map<string, number>;
  names: Map<string, number>;
}

function invertedIndex(texts: readonly TextCounts[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  texts.forEach((text, j) => {
    for (const key of [...text.keys.keys(), ...text.names.keys()]) {
      const list = index.get(key);
      if (list) list.push(j);
      else index.set(key, [j]);
    }
  });
  return index;
}

function candidatesOf(keys: ReadonlyMap<string, number>, index: Map<string, number[]>): Set<number> {
  const found = new Set<number>();
  for (const key of keys.keys()) for (const j of index.get(key) ?? []) found.add(j);
  return found;
}

/**
 * P@1 and MRR of aligned lists. Ties are ranked pessimistically (the right
 * answer comes after every text that scores as high), so a method that
 * scores everything 0 gets the floor, not a lucky first place.
 */
export function rankAligned(a: readonly string[], b: readonly string[]): RankingScore {
  if (a.length !== b.length) throw new RangeError(`stories: lists of ${a.length} and ${b.length} texts are not aligned`);
  if (a.length === 0) return { precisionAt1: 0, meanReciprocalRank: 0 };
  const scores = crossLingualScores(a, b);
  let hits = 0;
  let reciprocal = 0;
  scores.forEach((row, i) => {
    const own = row[i]!;
    const rank = 1 + row.filter((score, j) => j !== i && score >= own).length;
    if (rank === 1) hits++;
    reciprocal += 1 / rank;
  });
  return { precisionAt1: hits / a.length, meanReciprocalRank: reciprocal / a.length };
}
