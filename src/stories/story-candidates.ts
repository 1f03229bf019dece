/**
 * The stories worth scoring for an article: those sharing the most weight
 * of its query features, found through the postings index.
 *
 * The work is bounded by constants, not by how many stories the window
 * holds: a feature's postings are at most MAX_POSTINGS, each story once,
 * and only a fixed number of distinct stories have their shared weight
 * summed. Features come heaviest first, so the stories that share the rare
 * names and words of the article are the ones admitted; a story reached
 * only through a common word is never a serious candidate.
 */
import type { Story } from './story-records.ts';
import type { WindowIndex } from './window-index.ts';

/**
 * Stories kept per feature in the postings, the most recently posted. A
 * feature more than a dozen live stories share is a name on every wire or
 * a common word, whose weight decides nothing, and the newest of them are
 * the likeliest to go on; so such a name costs no more to look up than a
 * rare one. (At 12 rather than 24 the bench stream clustered the same.)
 */
export const MAX_POSTINGS = 12;

/**
 * Distinct stories whose shared weight is summed per query: four times the
 * longest candidate list, so that the ranking below the first few (and the
 * floor under the best) is still decided by the sum over all features.
 */
export const MAX_STORIES_WEIGHED = 24;

/**
 * A candidate sharing less than this share of the best candidate's query
 * weight is not scored: it has too little in common to win, and scoring is
 * the costliest step. With each story counted once per feature, anything
 * from 0.15 to 0.35 clustered the bench stream (40,000 articles) and the
 * labelled set exactly as 0.1 did, while scoring 2.1 (0.15), 1.5 (0.2) and
 * 1.2 (0.35) stories per article instead of 3.7; 0.2 sits inside that range.
 */
export const MIN_SHARED_WEIGHT_SHARE = 0.2;

/** Lookup work done, summed over articles: what keeps the cost per article flat, made visible for tests and the bench. */
export interface LookupWork {
  postingsRead: number;
  storiesWeighed: number;
  storiesScored: number;
}

export function emptyLookupWork(): LookupWork {
  return { postingsRead: 0, storiesWeighed: 0, storiesScored: 0 };
}

/** A posted story id, once looked at: the live story it stands for (null when gone or not eligible) and the weight it shares. */
interface Tally {
  story: Story | null;
  weight: number;
}

/**
 * Ids of the stories sharing the most weight of `features` (heaviest
 * first) in postings from slice `sinceSlice` on, at most `limit`, none far
 * behind the first. `liveStory` maps a posted id to the live story it now is
 * (after merges), or undefined when that story is gone or not wanted for
 * this query.
 */
export function candidateStories(
  postings: WindowIndex<string>,
  features: readonly [string, number][],
  query: { limit: number; sinceSlice: number },
  liveStory: (postedId: string) => Story | undefined,
  work: LookupWork,
): string[] {
  const tallies = new Map<string, Tally>();
  let weighed = 0;
  let weight = 0;
  const tally = (id: string) => {
    work.postingsRead++;
    let found = tallies.get(id);
    if (!found) {
      if (weighed >= MAX_STORIES_WEIGHED) return;
      found = { story: liveStory(id) ?? null, weight: 0 };
      tallies.set(id, found);
      if (found.story) weighed++;
    }
    found.weight += weight;
  };
  for (const [feature, featureWeight] of features) {
    weight = featureWeight;
    postings.forEachSince(feature, query.sinceSlice, tally);
  }
  work.storiesWeighed += weighed;
  return strongestShares(tallies.values(), query.limit);
}

/** The stories with the most shared weight, folding posted ids that merged into one story. */
function strongestShares(tallies: Iterable<Tally>, limit: number): string[] {
  const shared = new Map<Story, number>();
  for (const { story, weight } of tallies) if (story) shared.set(story, (shared.get(story) ?? 0) + weight);
  const sorted = [...shared].sort((a, b) => b[1] - a[1] || a[0].seq - b[0].seq);
  const floor = (sorted[0]?.[1] ?? 0) * MIN_SHARED_WEIGHT_SHARE;
  return sorted
    .slice(0, limit)
    .filter(([, weight]) => weight >= floor)
    .map(([story]) => story.id);
}
