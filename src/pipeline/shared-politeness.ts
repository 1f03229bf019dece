/**
 * Per-host politeness kept in the database (src/store/fetch-hosts-table.ts),
 * for workers on many machines: the same contract as the in-memory
 * HostPoliteness of a single process (src/ingest/host-politeness.ts), at most
 * fetch.perHost.concurrency requests at once to a host, starts delayMs apart,
 * none while the host holds us off with Retry-After.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { FetchError } from '../ingest/http-fetch.ts';
import { hostOf, systemClock, type PerHostLimits, type PolitenessClock } from '../ingest/host-politeness.ts';
import { retryAfterUntil } from '../ingest/retry-after.ts';
import type { Store } from '../store/store.ts';
import type { Politeness } from './pipeline-context.ts';

/** How often a taker whose host has every slot in use asks again: short next to a request, long next to a query. */
const BUSY_POLL_MS = 50;
/** A lease outlives the longest request (its timeout, twice for a redirect chain) by this much. */
const LEASE_MARGIN_MS = 5_000;
const HOLDING_STATUSES = new Set([429, 503]);

export class SharedHostPoliteness implements Politeness {
  /** Names this process in the lease table: a lease is only given back by whoever took it. */
  private readonly holder = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private readonly leaseMs: number;

  constructor(
    private readonly store: Store,
    private readonly limits: PerHostLimits,
    requestTimeoutMs: number,
    private readonly clock: PolitenessClock = systemClock,
  ) {
    if (limits.concurrency < 1) throw new Error(`ingest: fetch.perHost.concurrency must be at least 1, not ${limits.concurrency}`);
    this.leaseMs = 2 * requestTimeoutMs + LEASE_MARGIN_MS;
  }

  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = hostOf(url);
    if (host === null) return task();
    const slot = await this.takeTurn(host, url);
    try {
      return await task();
    } catch (error) {
      await this.noteRetryAfter(host, error);
      throw error;
    } finally {
      await this.store.releaseHostTurn(host, slot, this.holder);
    }
  }

  private async takeTurn(host: string, url: string): Promise<number> {
    for (;;) {
      const now = this.clock.now();
      const turn = await this.store.takeHostTurn({ host, ...this.limits, holder: this.holder, nowMs: now, leaseMs: this.leaseMs });
      if (turn.kind === 'held') throw heldError(host, url, turn.untilMs, now);
      if (turn.kind === 'granted') {
        if (turn.startAtMs > now) await this.clock.sleep(turn.startAtMs - now);
        return turn.slot;
      }
      await this.clock.sleep(BUSY_POLL_MS);
    }
  }

  private async noteRetryAfter(host: string, error: unknown): Promise<void> {
    if (!(error instanceof FetchError) || error.retryAfter === null) return;
    if (error.status === null || !HOLDING_STATUSES.has(error.status)) return;
    const until = retryAfterUntil(error.retryAfter, this.clock.now());
    if (until !== null) await this.store.holdHost(host, until);
  }
}

function heldError(host: string, url: string, untilMs: number, now: number): FetchError {
  const seconds = Math.ceil((untilMs - now) / 1000);
  return new FetchError(`ingest: ${host} asked wiredesk to wait until ${new Date(untilMs).toISOString()} (Retry-After); ${url} was not requested`, {
    url,
    kind: 'held',
    retryAfter: String(seconds),
  });
}

