/**
 * What a feed says about its own pace: RSS 2.0 `<ttl>` (minutes it may be
 * cached) and the RSS syndication module (`sy:updatePeriod`,
 * `sy:updateFrequency`), which RSS 1.0, RSS 2.0 and Atom feeds may carry.
 * The scheduler plans the next fetch with it (pipeline/fetch-schedule.ts).
 */
import type { SyNs } from 'feedsmith';

export interface FeedRefresh {
  /** RSS `<ttl>`, in minutes. */
  ttlMinutes: number | null;
  /** Minutes between updates as sy:updatePeriod / sy:updateFrequency declare them. */
  updateMinutes: number | null;
}

const UPDATE_PERIOD_MINUTES: Record<string, number> = {
  hourly: 60,
  daily: 24 * 60,
  weekly: 7 * 24 * 60,
  monthly: 30 * 24 * 60,
  yearly: 365 * 24 * 60,
};

/** Null when the feed says nothing usable. */
export function feedRefresh(feed: { ttl?: number; sy?: SyNs.Feed<unknown> }): FeedRefresh | null {
  const ttl = feed.ttl !== undefined && feed.ttl > 0 ? feed.ttl : null;
  const update = syndicationMinutes(feed.sy?.updatePeriod ?? null, feed.sy?.updateFrequency ?? null);
  return ttl === null && update === null ? null : { ttlMinutes: ttl, updateMinutes: update };
}

/** `updateFrequency` updates per `updatePeriod`; the module's defaults are once and daily. */
export function syndicationMinutes(period: string | null, frequency: number | null): number | null {
  if (period === null && frequency === null) return null;
  const minutes = UPDATE_PERIOD_MINUTES[(period ?? 'daily').trim().toLowerCase()];
  const times = frequency ?? 1;
  if (minutes === undefined || !(times > 0)) return null;
  return minutes / times;
}
