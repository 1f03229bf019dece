/**
 * `serve` on PostgreSQL: the pipeline runs on `wiredesk worker` processes,
 * never in the web process. A serving process that ingests registers the
 * every-minute search for due sources in the job queue (one schedule per
 * database, however many processes register it: pg-boss keeps schedules by
 * name and fires each once) and runs no pass of its own, so any number of
 * `serve` and `worker` processes never fetch a source twice. `--no-ingest`
 * schedules nothing. Either way the queue's counts go to /metrics and /readyz.
 * On SQLite there is no queue: null, and serve runs its own passes.
 */
import { openJobQueue, type JobQueue } from '../pipeline/queue/pg-boss-queue.ts';
import type { AppContext } from './app-context.ts';

export type { JobQueue };

export async function openServeQueue(ctx: AppContext, ingest: boolean): Promise<JobQueue | null> {
  if (ctx.store.dialect !== 'postgres') return null;
  const queue = await openJobQueue(ctx.config, { role: 'client', log: ctx.log });
  try {
    if (ingest) await queue.scheduleFindDue();
  } catch (error) {
    await queue.stop(1_000);
    throw error;
  }
  return queue;
}
