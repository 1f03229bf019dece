/**
 * Slowing down password guessing. Failed logins are counted per account (the
 * email typed, whether or not such an account exists, so the answer never
 * tells) and per client address, over a sliding window. Past a few free
 * failures, each further attempt must wait, twice as long after every
 * failure, up to a cap; an attempt made sooner is refused with 429 and
 * Retry-After without its password being checked.
 */
import type { LoginFailureCount, Store } from '../store/store.ts';

/** Failures older than this no longer count, for accounts and addresses alike. */
export const FAILURE_WINDOW_MS = 15 * 60_000;

export interface ThrottlePolicy {
  /** Failures within the window before any wait. */
  freeFailures: number;
  /** The wait after the first failure past the free ones; it doubles with each further one. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Per account: someone mistyping gets five tries; a guesser gets a dozen or so per quarter-hour. */
export const ACCOUNT_THROTTLE: ThrottlePolicy = {
  freeFailures: 5,
  baseDelayMs: 2_000,
  maxDelayMs: 15 * 60_000,
};

/**
 * Per address: a newsroom behind one NAT address shares this, so more free
 * failures; a guesser spraying many accounts from one address is still slowed.
 */
export const ADDRESS_THROTTLE: ThrottlePolicy = {
  freeFailures: 20,
  baseDelayMs: 2_000,
  maxDelayMs: 15 * 60_000,
};

export function accountKey(email: string): string {
  return `account:${email}`;
}

export function addressKey(address: string): string {
  return `address:${address}`;
}

/** Milliseconds until another attempt is allowed under `policy`, 0 when it is allowed now. */
export function waitBeforeAttempt(failures: LoginFailureCount, policy: ThrottlePolicy, now: number): number {
  const over = failures.count - policy.freeFailures;
  if (over < 0 || failures.lastAt === null) return 0;
  const delay = Math.min(policy.baseDelayMs * 2 ** over, policy.maxDelayMs);
  return Math.max(0, Date.parse(failures.lastAt) + delay - now);
}

export interface LoginAttempt {
  email: string;
  address: string;
}

/** The longer wait of the account's and the address's; 0 when the attempt may go ahead. */
export async function loginWait(store: Store, attempt: LoginAttempt, now: Date): Promise<number> {
  const account = accountKey(attempt.email);
  const address = addressKey(attempt.address);
  const counts = await store.countLoginFailures([account, address], new Date(now.getTime() - FAILURE_WINDOW_MS).toISOString());
  const none = { count: 0, lastAt: null };
  return Math.max(
    waitBeforeAttempt(counts.get(account) ?? none, ACCOUNT_THROTTLE, now.getTime()),
    waitBeforeAttempt(counts.get(address) ?? none, ADDRESS_THROTTLE, now.getTime()),
  );
}

export async function recordFailedLogin(store: Store, attempt: LoginAttempt, now: Date): Promise<void> {
  await store.recordLoginFailure([accountKey(attempt.email), addressKey(attempt.address)], now.toISOString());
}

/**
 * A successful login forgets the account's failures (its owner is back), not
 * the address's: one valid account must not reset a guesser's address count.
 */
export async function recordSuccessfulLogin(store: Store, attempt: LoginAttempt, now: Date): Promise<void> {
  await store.clearLoginFailures(accountKey(attempt.email));
  await store.pruneLoginFailures(new Date(now.getTime() - FAILURE_WINDOW_MS).toISOString());
}
