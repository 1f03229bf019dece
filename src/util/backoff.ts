/**
 * Exponential backoff with jitter, the one formula behind every retry in
 * wiredesk: the wait before retry n is a ceiling that doubles from `firstMs`
 * (`firstMs`, 2 × `firstMs`, 4 × … up to `maxMs`), less a random share of it.
 * The random share spreads out callers that failed together, so they do not
 * all come back at the same moment (the AWS architecture blog's "Exponential
 * Backoff and Jitter"). Pure: randomness comes in as a parameter.
 */

export interface BackoffPolicy {
  /** Ceiling of the wait before the first retry, in ms. */
  firstMs: number;
  /** No wait beyond this, however many retries came before. */
  maxMs: number;
  /**
   * Share of the ceiling that chance may take off, from 0 (wait the ceiling
   * exactly) to 1 ("full jitter": anywhere up to the ceiling).
   */
  jitter: number;
}

/** The ceiling of retry `retry` (1 for the first), before jitter; a retry below 1 counts as the first. */
export function backoffCeiling(policy: BackoffPolicy, retry: number): number {
  return Math.min(policy.maxMs, policy.firstMs * 2 ** Math.max(0, retry - 1));
}

/**
 * The wait before retry `retry` (1 for the first), in whole ms. `random`
 * returns a number in [0, 1): 0 waits the whole ceiling, numbers near 1 take
 * off nearly the whole jitter share.
 */
export function backoffDelay(policy: BackoffPolicy, retry: number, random: () => number): number {
  return Math.round(backoffCeiling(policy, retry) * (1 - policy.jitter * random()));
}
