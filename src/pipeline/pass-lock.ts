/**
 * One ingest pass at a time per desk, across processes and machines: the pass
 * holds a lease row in the database (store: pass-lease.ts) while it runs and
 * renews it as it goes. SQLite has one writer, so two passes at once only
 * queue behind each other's transactions; on PostgreSQL they would fetch every
 * feed twice. A holder that dies stops renewing: its lease expires after
 * PASS_LEASE_MS, or at once when it was a process on this machine that is gone.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { PassLease } from '../store/store.ts';
import { errorMessage, type PipelineContext } from './pipeline-context.ts';

export const INGEST_LEASE = 'ingest';
/**
 * A lease lives this long unless renewed. Long enough that a pass whose event
 * loop is busy for a while (building articles, a write waiting on SQLite's
 * busy timeout) renews in time; short enough that a desk whose holder died on
 * another machine waits a minute, not an hour.
 */
export const PASS_LEASE_MS = 60_000;
/** Renewed three times per lifetime, so two late renewals in a row still keep it. */
export const LEASE_RENEW_MS = PASS_LEASE_MS / 3;
/** How often a waiting process looks again. */
export const LEASE_POLL_MS = 1_000;

export interface PassHolder {
  pid: number;
  host: string;
  /** When it took the lease (UTC ISO). */
  since: string;
}

/** A held lease: `lost` aborts when another process has taken it (ours expired); release() ends it. */
export interface PassLock {
  readonly lost: AbortSignal;
  release(): Promise<void>;
}

/** Who this process is; tests pass another pid to stand for a process that is gone. */
export interface LockIdentity {
  pid: number;
  host: string;
  /** Whether a process with this pid runs on this machine. */
  alive: (pid: number) => boolean;
}

export const thisProcess: LockIdentity = { pid: process.pid, host: os.hostname(), alive: processAlive };

/** A second pass on a desk where one is running: a caller branches on it (ingest exits 1 with the message). */
export class PassRunningError extends Error {
  override name = 'PassRunningError';
  constructor(readonly holder: PassHolder) {
    super(`ingest: a pass is already running on this desk (pid ${holder.pid} on ${holder.host}, since ${holder.since}); try again when it ends, or use --wait`);
  }
}

/** Takes the lease now, or returns who holds it. */
export async function tryPassLock(ctx: PipelineContext, identity: LockIdentity = thisProcess): Promise<PassLock | PassHolder> {
  const now = ctx.now();
  const ours: PassLease = {
    name: INGEST_LEASE,
    holder: randomUUID(),
    pid: identity.pid,
    host: identity.host,
    acquiredAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + PASS_LEASE_MS).toISOString(),
  };
  const current = await ctx.store.readPassLease(INGEST_LEASE);
  if (current && !replaceable(current, now, identity)) return { pid: current.pid, host: current.host, since: current.acquiredAt };
  if (await ctx.store.claimPassLease(ours, current?.holder ?? null)) return holdLease(ctx, ours);
  // Another process claimed it between our read and our write.
  const winner = await ctx.store.readPassLease(INGEST_LEASE);
  return winner ? { pid: winner.pid, host: winner.host, since: winner.acquiredAt } : tryPassLock(ctx, identity);
}

/**
 * Takes the lease, waiting for the running pass when `wait` is set (telling
 * `onWait` once who it waits for); otherwise throws PassRunningError.
 */
export async function takePassLock(
  ctx: PipelineContext,
  options: { wait?: boolean; onWait?: (holder: PassHolder) => void; signal?: AbortSignal; identity?: LockIdentity } = {},
): Promise<PassLock> {
  let told = false;
  for (;;) {
    const got = await tryPassLock(ctx, options.identity);
    if ('release' in got) return got;
    if (!options.wait) throw new PassRunningError(got);
    if (!told) options.onWait?.(got);
    told = true;
    options.signal?.throwIfAborted();
    await new Promise((resolve) => setTimeout(resolve, LEASE_POLL_MS));
  }
}

function holdLease(ctx: PipelineContext, lease: PassLease): PassLock {
  const lost = new AbortController();
  let renewing: Promise<void> = Promise.resolve();
  const renew = async () => {
    try {
      const expiresAt = new Date(ctx.now().getTime() + PASS_LEASE_MS).toISOString();
      if (await ctx.store.renewPassLease(lease.name, lease.holder, expiresAt)) return;
      ctx.log.warn('ingest: this pass lost its lease to another process (it was not renewed in time); it starts no further source');
      lost.abort();
    } catch (error) {
      // The next renewal tries again; the lease has two more renewals' worth of life.
      ctx.log.warn(`ingest: could not renew the pass lease: ${errorMessage(error)}`);
    }
  };
  const timer = setInterval(() => {
    renewing = renewing.then(renew);
  }, LEASE_RENEW_MS);
  timer.unref();
  return {
    lost: lost.signal,
    async release() {
      clearInterval(timer);
      await renewing;
      await ctx.store.releasePassLease(lease.name, lease.holder);
    },
  };
}

/** Expired, or held by a process of this machine that no longer runs. */
function replaceable(lease: PassLease, now: Date, identity: LockIdentity): boolean {
  if (lease.expiresAt <= now.toISOString()) return true;
  return lease.host === identity.host && lease.pid !== identity.pid && !identity.alive(lease.pid);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
