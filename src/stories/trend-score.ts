/**
 * How strongly a story is trending at a given moment: how many independent
 * sources carry it, how many of them joined in the last hours, and how long
 * ago it last moved. Syndicated copies of one text count as one source: the
 * source that published the group's earliest copy. Pure; `now` is passed in.
 */

/** The hours in which a newly joined source counts as growth: about half a news day. */
export const GROWTH_WINDOW_HOURS = 6;
/**
 * Extra weight of a source that joined within the growth window. At 2, a
 * story three sources picked up this morning (3 + 6 = 9) outranks one that
 * five sources ran yesterday (5): spreading now matters more than having spread.
 */
export const GROWTH_WEIGHT = 2;
/**
 * Hours for the score to halve after the story's last article. Twelve keeps
 * yesterday's big story (1/4 after a day) below a fresh one of half its
 * breadth, and makes a three-day-old story (1/64) fall off the list.
 */
export const HALF_LIFE_HOURS = 12;

const HOUR_MS = 3_600_000;

export interface TrendArticle {
  sourceId: string;
  /** Publication time, ms since the epoch. */
  time: number;
  /** The article's group of copies (the canonical copy's id): one group counts once. */
  copyGroup: string;
}

export interface Trend {
  /** Sources with a text of their own in the story. */
  independentSources: number;
  /** Of those, the ones that first carried the story within GROWTH_WINDOW_HOURS before now. */
  recentSources: number;
  score: number;
}

/** When each independent source first carried the story: each group of copies counts for its earliest copy's source. */
export function independentSourceTimes(articles: readonly TrendArticle[]): Map<string, number> {
  const firstOfGroup = new Map<string, TrendArticle>();
  for (const article of articles) {
    const first = firstOfGroup.get(article.copyGroup);
    if (!first || article.time < first.time || (article.time === first.time && article.sourceId < first.sourceId)) {
      firstOfGroup.set(article.copyGroup, article);
    }
  }
  const sources = new Map<string, number>();
  for (const { sourceId, time } of firstOfGroup.values()) {
    sources.set(sourceId, Math.min(time, sources.get(sourceId) ?? Number.POSITIVE_INFINITY));
  }
  return sources;
}

export function trendOf(articles: readonly TrendArticle[], now: number): Trend {
  if (articles.length === 0) return { independentSources: 0, recentSources: 0, score: 0 };
  const sources = independentSourceTimes(articles);
  const growthStart = now - GROWTH_WINDOW_HOURS * HOUR_MS;
  let recentSources = 0;
  for (const time of sources.values()) if (time >= growthStart) recentSources++;
  const lastSeen = Math.max(...articles.map((a) => a.time));
  // A story dated in the future (a clock ahead of ours) is treated as just seen.
  const ageHours = Math.max(0, now - lastSeen) / HOUR_MS;
  const decay = 2 ** (-ageHours / HALF_LIFE_HOURS);
  const score = (sources.size + GROWTH_WEIGHT * recentSources) * decay;
  return { independentSources: sources.size, recentSources, score };
}
