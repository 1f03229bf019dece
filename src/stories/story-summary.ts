/**
 * A story's stored record from its articles: title, times, counts, languages
 * and trend score. Pure; the time the trend is measured at is passed in.
 */
import { trendOf } from './trend-score.ts';
import type { StoryMember, StoryRecord } from '../store/store.ts';

/** `members` oldest first, at least one. */
export function summariseStory(id: string, members: readonly StoryMember[], now: Date): StoryRecord {
  const first = members[0];
  const last = members.at(-1);
  if (!first || !last) throw new Error(`pipeline: story ${id} has no articles to summarise`);
  const trend = trendOf(
    members.map((m) => ({ sourceId: m.sourceId, time: Date.parse(m.sortKey), copyGroup: String(m.canonicalId) })),
    now.getTime(),
  );
  // Earlier versions of a report are history, not more coverage: readers are shown the current ones.
  const current = members.filter((m) => m.supersededBy === null);
  // The earliest report names the story (usually the wire's original), in its current version.
  const namer = members.find((m) => m.id === first.supersededBy) ?? first;
  return {
    id,
    title: namer.headline,
    firstSeen: first.sortKey,
    lastSeen: last.sortKey,
    articleCount: current.length || members.length,
    sourceCount: new Set(members.map((m) => m.sourceId)).size,
    independentSourceCount: trend.independentSources,
    languages: [...new Set(members.map((m) => m.lang))],
    trendScore: trend.score,
    mergedInto: null,
  };
}
