/**
 * The scheduler of `wiredesk serve`: every tick, one ingest pass over the
 * sources that are due. Passes never overlap, in this process or across
 * processes: each takes the desk's pass lease (pass-lock.ts) first, and a tick
 * that finds another process's pass running leaves the work to it. stop()
 * waits for the running pass, so a shutdown never cuts a transaction in half.
 * serve runs it in a worker thread (cli/pipeline-thread.ts), away from the
 * pages.
 */
import { runIngestPass, type PassOptions, type PassSummary } from './ingest-pass.ts';
import { tryPassLock, type LockIdentity, type PassHolder } from './pass-lock.ts';
import { errorMessage, type PipelineContext } from './pipeline-context.ts';

/** How often to look for due sources; each source's own next fetch time decides the rest. */
export const SCHEDULER_TICK_MS = 60_000;

export interface Scheduler {
  /** Starts no new pass, lets the running one finish the sources it has started, and resolves when it is done. */
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  tickMs?: number;
  onPass?: (summary: PassSummary) => void;
  onSourceDone?: PassOptions['onSourceDone'];
  /** A tick skipped because another process's pass holds the lease. */
  onBusy?: (holder: PassHolder) => void;
  identity?: LockIdentity;
}

export function startScheduler(ctx: PipelineContext, options: SchedulerOptions = {}): Scheduler {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  let stopped = false;
  const stopping = new AbortController();
  const tick = () => {
    if (busy || stopped) return;
    busy = true;
    running = lockedPass(ctx, stopping.signal, options)
      .catch((error: unknown) => ctx.log.error(`scheduler: ingest pass failed: ${errorMessage(error)}`, error))
      .finally(() => {
        busy = false;
      });
  };
  const timer = setInterval(tick, options.tickMs ?? SCHEDULER_TICK_MS);
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      // The running pass starts no further source, and finishes what it has.
      stopping.abort();
      await running;
    },
  };
}

async function lockedPass(ctx: PipelineContext, stop: AbortSignal, options: SchedulerOptions): Promise<void> {
  const lock = await tryPassLock(ctx, options.identity);
  if (!('release' in lock)) {
    options.onBusy?.(lock);
    return;
  }
  try {
    const summary = await runIngestPass(ctx, {
      select: 'due',
      signal: AbortSignal.any([stop, lock.lost]),
      ...(options.onSourceDone ? { onSourceDone: options.onSourceDone } : {}),
    });
    options.onPass?.(summary);
  } finally {
    await lock.release();
  }
}
