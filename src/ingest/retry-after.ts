/**
 * The Retry-After header (RFC 9110 §10.2.3): either a number of seconds or an
 * HTTP-date. Servers send it with 429 Too Many Requests and 503 Service
 * Unavailable to say when they will take requests from us again.
 */

/**
 * A host that asks for more than a day is still asked again after a day: the
 * same cap as the backoff of a failing source, so a mistyped or hostile header
 * cannot silence a feed for a year.
 */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

const DELAY_SECONDS = /^\d+$/;
/** asctime() carries no zone; HTTP means GMT (RFC 9110 §5.6.7), while Date.parse would read local time. */
const ASCTIME = /^[A-Za-z]{3} [A-Za-z]{3} +\d{1,2} \d\d:\d\d:\d\d \d{4}$/;

/**
 * The time (ms since the epoch) the header asks us to wait until, capped at a
 * day from `now`; null when the header is unreadable or names a time already past.
 */
export function retryAfterUntil(value: string, now: number): number | null {
  const trimmed = value.trim();
  // Date.parse reads the three HTTP-date forms: IMF-fixdate, RFC 850 and asctime.
  const until = DELAY_SECONDS.test(trimmed) ? now + Number(trimmed) * 1000 : parseHttpDate(trimmed);
  if (Number.isNaN(until) || until <= now) return null;
  return Math.min(until, now + MAX_RETRY_AFTER_MS);
}

function parseHttpDate(value: string): number {
  return Date.parse(ASCTIME.test(value) ? `${value} GMT` : value);
}
