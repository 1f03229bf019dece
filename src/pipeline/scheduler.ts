/**
 * The in-process scheduler of `wiredesk serve`: every tick, one ingest pass
 * over the sources that are due. Passes never overlap; stop() waits for the
 * running one, so a shutdown never cuts a transaction in half. (Workers on many
 * machines replace this with pg-boss schedules in a later issue.)
 */
import { runIngestPass, type PassOptions, type PassSummary } from './ingest-pass.ts';
import { errorMessage, type PipelineContext } from './pipeline-context.ts';

/** How often to look for due sources; each source's own next fetch time decides the rest. */
export const SCHEDULER_TICK_MS = 60_000;

export interface Scheduler {
  /** Starts no new pass, lets the running one finish the sources it has started, and resolves when it is done. */
  stop(): Promise<void>;
}

export function startScheduler(
  ctx: PipelineContext,
  options: { tickMs?: number; onPass?: (summary: PassSummary) => void; onSourceDone?: PassOptions['onSourceDone'] } = {},
): Scheduler {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  let stopped = false;
  const stopping = new AbortController();
  const tick = () => {
    if (busy || stopped) return;
    busy = true;
    running = runIngestPass(ctx, { select: 'due', signal: stopping.signal, ...(options.onSourceDone ? { onSourceDone: options.onSourceDone } : {}) })
      .then((summary) => options.onPass?.(summary))
      .catch((error: unknown) => ctx.log.error(`scheduler: ingest pass failed: ${errorMessage(error)}`))
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
