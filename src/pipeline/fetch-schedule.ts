/**
 * When to fetch a source next. A first version: a fixed interval after a
 * success, exponential backoff after failures. The ingest issue replaces the
 * success branch with the feed's own signals (ttl, Cache-Control) and its
 * publishing rate; the failure branch gains jitter there.
 */

/** A source that keeps failing is still retried at least once a day, never dropped. */
export const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;

export function nextFetchAfterSuccess(now: Date, intervalMinutes: number): string {
  return new Date(now.getTime() + intervalMinutes * 60_000).toISOString();
}

/** `failures` counts this one: 1 → one interval, 2 → two, 3 → four … capped at a day. */
export function nextFetchAfterFailure(now: Date, intervalMinutes: number, failures: number): string {
  const delay = Math.min(MAX_BACKOFF_MS, intervalMinutes * 60_000 * 2 ** Math.max(0, failures - 1));
  return new Date(now.getTime() + delay).toISOString();
}
