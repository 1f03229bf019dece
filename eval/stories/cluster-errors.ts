/**
 * The pairs a clustering gets wrong, for `eval:stories --errors`: articles of
 * different events put in one story (wrongly merged), articles of one event
 * put in different stories (wrongly split), and the same for copies. A
 * summary by the kinds and languages of the two articles shows which path
 * fails (translations, rewrites, hard negatives…) rather than single cases.
 */
import type { CorpusArticle } from './stories-corpus.ts';
import { linkGroups } from './cluster-scores.ts';
import type { Clustering } from './clusterings.ts';

export interface ErrorPair {
  a: CorpusArticle;
  b: CorpusArticle;
}

export interface ClusterErrors {
  merged: ErrorPair[];
  split: ErrorPair[];
  falseCopies: ErrorPair[];
  missedCopies: ErrorPair[];
}

export function clusterErrors(articles: readonly CorpusArticle[], predicted: Clustering): ClusterErrors {
  const ids = articles.map((a) => a.id);
  const trueCopies = linkGroups(ids, new Map(articles.filter((a) => a.copyOf).map((a) => [a.id, a.copyOf!])));
  const predictedCopies = linkGroups(ids, predicted.canonical);
  const errors: ClusterErrors = { merged: [], split: [], falseCopies: [], missedCopies: [] };
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const a = articles[i]!;
      const b = articles[j]!;
      const sameStory = predicted.story.get(a.id) === predicted.story.get(b.id);
      const sameEvent = a.event === b.event;
      if (sameStory && !sameEvent) errors.merged.push({ a, b });
      if (!sameStory && sameEvent) errors.split.push({ a, b });
      const copyPredicted = predictedCopies.get(a.id) === predictedCopies.get(b.id);
      const copyTrue = trueCopies.get(a.id) === trueCopies.get(b.id);
      if (copyPredicted && !copyTrue) errors.falseCopies.push({ a, b });
      if (!copyPredicted && copyTrue) errors.missedCopies.push({ a, b });
    }
  }
  return errors;
}

/** Counts of error pairs by the kind and language of each side, most frequent first. */
export function errorSummary(pairs: readonly ErrorPair[]): [string, number][] {
  return tally(pairs.map(({ a, b }) => [`${a.kind}/${a.lang}`, `${b.kind}/${b.lang}`].sort().join(' ↔ ')));
}

function tally(keys: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
}

/** Counts of error pairs by the events of the two sides (one event for a split), most frequent first. */
export function eventSummary(pairs: readonly ErrorPair[]): [string, number][] {
  return tally(pairs.map(({ a, b }) => (a.event === b.event ? a.event : [a.event, b.event].sort().join(' ↔ '))));
}

/** Headlines are cut so each pair fits on two lines of a wide terminal. */
const HEADLINE_CHARS = 70;

export function formatPair({ a, b }: ErrorPair): string {
  const side = (x: CorpusArticle) => `${x.id} ${x.event} ${x.kind}/${x.lang}: ${cut(x.headline)}`;
  return `  ${side(a)}\n    ↔ ${side(b)}`;
}

function cut(text: string): string {
  return text.length > HEADLINE_CHARS ? `${text.slice(0, HEADLINE_CHARS - 1)}…` : text;
}
