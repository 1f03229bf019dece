/**
 * When to fetch a source next. After a failure: exponential backoff with
 * jitter, capped at a day, never disabled. After a success: adaptive polling,
 * planned from how often the source publishes and from what the feed and the
 * server say about freshness, within the configured bounds.
 * Pure functions: time and randomness come in as parameters.
 */
import { backoffDelay } from '../util/backoff.ts';

/** A source that keeps failing is still retried at least once a day, never dropped. */
export const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;

/**
 * Each retry waits a random 80–100 % of its exponential delay, so that sources
 * that failed together (one host down) do not all come back in the same
 * second. Less than half, so each retry still waits longer than the one before.
 */
export const BACKOFF_JITTER = 0.2;

/** `failures` counts this one: 1 → about one interval, 2 → two, 3 → four … capped at a day. */
export function nextFetchAfterFailure(now: Date, intervalMinutes: number, failures: number, random: () => number): string {
  const policy = { firstMs: intervalMinutes * 60_000, maxMs: MAX_BACKOFF_MS, jitter: BACKOFF_JITTER };
  return new Date(now.getTime() + backoffDelay(policy, failures, random)).toISOString();
}

export interface PollingBounds {
  /** The interval of a source that gives no signal (ingestEveryMinutes). */
  defaultMinutes: number;
  minMinutes: number;
  maxMinutes: number;
}

/** Everything known about a source's pace, in minutes; null where unknown. */
export interface PollingSignals {
  /** How often it publishes, measured on its recent entries. */
  publishingMinutes: number | null;
  /** How often the feed says it updates (sy:updatePeriod / sy:updateFrequency). */
  declaredUpdateMinutes: number | null;
  /** How long the feed may be cached: RSS ttl. */
  ttlMinutes: number | null;
  /** How long the response is fresh: Cache-Control max-age, or Expires. */
  httpFreshMinutes: number | null;
}

export const NO_SIGNALS: PollingSignals = {
  publishingMinutes: null,
  declaredUpdateMinutes: null,
  ttlMinutes: null,
  httpFreshMinutes: null,
};

/**
 * The pace comes from what the source does (its publishing rate), else from
 * what it says it does (sy:*), else the default. The ttl and HTTP freshness
 * are cache lifetimes: fetching sooner would only be answered from a cache, so
 * they are a floor. The configured bounds have the last word.
 */
export function pollingIntervalMinutes(signals: PollingSignals, bounds: PollingBounds): number {
  const pace = signals.publishingMinutes ?? signals.declaredUpdateMinutes ?? bounds.defaultMinutes;
  const floor = Math.max(signals.ttlMinutes ?? 0, signals.httpFreshMinutes ?? 0);
  return Math.min(bounds.maxMinutes, Math.max(bounds.minMinutes, pace, floor));
}

export function nextFetchAfterSuccess(now: Date, signals: PollingSignals, bounds: PollingBounds): string {
  return new Date(now.getTime() + pollingIntervalMinutes(signals, bounds) * 60_000).toISOString();
}

/** Fewer gaps than this say little about a pace: a new source keeps the default until it has them. */
export const MIN_PUBLISHING_GAPS = 3;

/**
 * The median gap, in minutes, between successive publications (ISO times, any
 * order). Items published in the same instant are one publication: a feed
 * that stamps a batch alike does not publish every 0 minutes.
 */
export function publishingIntervalMinutes(times: readonly string[]): number | null {
  const instants = [...new Set(times.map(Date.parse).filter((t) => !Number.isNaN(t)))].sort((a, b) => a - b);
  const gaps = instants.slice(1).map((t, i) => (t - instants[i]!) / 60_000);
  if (gaps.length < MIN_PUBLISHING_GAPS) return null;
  gaps.sort((a, b) => a - b);
  const middle = Math.floor(gaps.length / 2);
  return gaps.length % 2 === 1 ? gaps[middle]! : (gaps[middle - 1]! + gaps[middle]!) / 2;
}

const MAX_AGE = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?\s*(?:,|$)/i;
const NO_STORE = /(?:^|,)\s*(?:no-store|no-cache)\s*(?:,|$)/i;

/**
 * Freshness lifetime of a response (RFC 9111 §4.2.1): Cache-Control max-age,
 * else Expires minus Date (or minus `now` without a Date header). null when
 * the response says nothing, or must not be reused.
 */
export function httpFreshMinutes(headers: Readonly<Record<string, string>>, now: Date): number | null {
  const cacheControl = headers['cache-control'] ?? '';
  if (NO_STORE.test(cacheControl)) return null;
  const maxAge = MAX_AGE.exec(cacheControl)?.[1];
  if (maxAge !== undefined) return Number(maxAge) / 60;
  const expires = Date.parse(headers['expires'] ?? '');
  if (Number.isNaN(expires)) return null;
  const date = Date.parse(headers['date'] ?? '');
  const base = Number.isNaN(date) ? now.getTime() : date;
  return Math.max(0, (expires - base) / 60_000);
}
