/**
 * Politeness per host, shared by every fetch of the process (feeds, pages,
 * robots.txt): at most `concurrency` requests at once to one host, starts at
 * least `delayMs` apart, and none at all while the host has asked us to wait
 * with Retry-After on a 429 or 503. Other hosts are never held up by one.
 *
 * A host is the URL's host with its port (`wire.example:8443`): robots.txt is
 * per origin too (RFC 9309 §2.3), and two ports are usually two services.
 */
import { FetchError } from './http-fetch.ts';
import { retryAfterUntil } from './retry-after.ts';

export interface PerHostLimits {
  /** Requests to one host in flight at once. */
  concurrency: number;
  /** Least time between the starts of two requests to one host. */
  delayMs: number;
}

/** Time, passed in so tests need not sleep for real. */
export interface PolitenessClock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: PolitenessClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Statuses whose Retry-After holds the host (RFC 9110 §15.5.29, RFC 6585 §4). */
const HOLDING_STATUSES = new Set([429, 503]);

/** Hosts remembered before idle ones are forgotten: a pass over many sites must not grow the map for ever. */
const PRUNE_ABOVE_HOSTS = 1_000;

interface HostState {
  active: number;
  /** Tasks waiting for a free slot, first come first served. */
  waiting: (() => void)[];
  /** Earliest start of the next request (ms since the epoch). */
  nextStartAt: number;
  heldUntil: number;
}

export class HostPoliteness {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly limits: PerHostLimits,
    private readonly clock: PolitenessClock = systemClock,
  ) {
    if (limits.concurrency < 1) throw new Error(`ingest: fetch.perHost.concurrency must be at least 1, not ${limits.concurrency}`);
  }

  /**
   * Runs `task` (a request to `url`) when the host allows it. A host held by
   * Retry-After refuses at once with a FetchError of kind "held" instead of
   * queueing: the caller reschedules, and no pass waits hours on one host.
   */
  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = hostOf(url);
    if (host === null) return task();
    const state = this.stateOf(host);
    this.refuseIfHeld(url, host, state);
    await this.acquire(state);
    try {
      // Again: the request ahead in the queue may have been told to wait meanwhile.
      await this.waitForTurn(state);
      this.refuseIfHeld(url, host, state);
      return await task();
    } catch (error) {
      this.noteRetryAfter(error);
      throw error;
    } finally {
      this.release(state);
    }
  }

  /** Until when (ms since the epoch) the host of `url` is held; null when it is not. */
  heldUntil(url: string): number | null {
    const host = hostOf(url);
    const until = host === null ? 0 : (this.hosts.get(host)?.heldUntil ?? 0);
    return until > this.clock.now() ? until : null;
  }

  /** Holds the host of `url` until `until`; an earlier time never shortens a longer hold. */
  hold(url: string, until: number): void {
    const host = hostOf(url);
    if (host === null) return;
    const state = this.stateOf(host);
    state.heldUntil = Math.max(state.heldUntil, until);
  }

  private stateOf(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      if (this.hosts.size >= PRUNE_ABOVE_HOSTS) this.pruneIdle();
      state = { active: 0, waiting: [], nextStartAt: 0, heldUntil: 0 };
      this.hosts.set(host, state);
    }
    return state;
  }

  private async acquire(state: HostState): Promise<void> {
    if (state.active < this.limits.concurrency) {
      state.active++;
      return;
    }
    // release() hands its slot straight to the first waiter, so `active` stays counted.
    await new Promise<void>((resolve) => state.waiting.push(resolve));
  }

  private release(state: HostState): void {
    const next = state.waiting.shift();
    if (next) next();
    else state.active--;
  }

  /** The start time is reserved before sleeping, so tasks that run side by side are spaced too. */
  private async waitForTurn(state: HostState): Promise<void> {
    const now = this.clock.now();
    const startAt = Math.max(now, state.nextStartAt);
    state.nextStartAt = startAt + this.limits.delayMs;
    if (startAt > now) await this.clock.sleep(startAt - now);
  }

  private refuseIfHeld(url: string, host: string, state: HostState): void {
    if (state.heldUntil <= this.clock.now()) return;
    const until = new Date(state.heldUntil);
    // As delta-seconds, so a caller reading it against its own clock gets the same wait.
    const seconds = Math.ceil((state.heldUntil - this.clock.now()) / 1000);
    throw new FetchError(`ingest: ${host} asked wiredesk to wait until ${until.toISOString()} (Retry-After); ${url} was not requested`, {
      url,
      kind: 'held',
      retryAfter: String(seconds),
    });
  }

  private noteRetryAfter(error: unknown): void {
    if (!(error instanceof FetchError) || error.retryAfter === null) return;
    if (error.status === null || !HOLDING_STATUSES.has(error.status)) return;
    const until = retryAfterUntil(error.retryAfter, this.clock.now());
    if (until !== null) this.hold(error.url, until);
  }

  private pruneIdle(): void {
    const now = this.clock.now();
    for (const [host, state] of this.hosts) {
      const idle = state.active === 0 && state.nextStartAt <= now && state.heldUntil <= now;
      if (idle) this.hosts.delete(host);
    }
  }
}

/** The host and port a request to `url` goes to, as politeness counts hosts; null for a URL that is not http(s). */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host : null;
  } catch {
    return null;
  }
}
