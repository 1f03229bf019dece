/**
 * What `wiredesk worker` does: takes jobs from the PostgreSQL job queue and
 * runs their handlers until SIGTERM or Ctrl-C; then it takes no new job, lets
 * those in flight finish within jobs.stopDeadlineSeconds, and exits 0.
 */
import { JOB_NAMES, type JobName } from '../pipeline/jobs/job-handlers.ts';
import { errorMessage } from '../pipeline/pipeline-context.ts';
import { openJobQueue } from '../pipeline/queue/pg-boss-queue.ts';
import { UsageError, write, type CliIo } from './cli-io.ts';
import type { AppContext } from './app-context.ts';

export async function runWorker(ctx: AppContext, io: CliIo, options: { concurrency: number; queues?: string[] }): Promise<void> {
  const stopped = io.untilStopped();
  const queues = chosenQueues(options.queues);
  if (ctx.store.dialect !== 'postgres') {
    throw new UsageError('worker: workers need PostgreSQL (DATABASE_URL=postgres://…); on SQLite, "wiredesk serve" and "wiredesk ingest" run the pipeline');
  }
  const { jobs } = ctx.config;
  const queue = await openJobQueue(ctx.config, { role: 'worker', log: ctx.log });
  try {
    if (queues.includes('find-due-sources')) await queue.scheduleFindDue();
    // The context keeps each host's limits in the database (app-context.ts), across every worker.
    await queue.work(ctx, {
      queues,
      concurrency: options.concurrency,
      onJob: (name, error) => {
        if (error !== null) ctx.log.error(`worker: ${name}: ${errorMessage(error)}`);
      },
    });
    write(io.stdout, `wiredesk: worker taking jobs from ${queues.join(', ')} (${options.concurrency} at once per queue)`);
    await stopped;
    write(io.stderr, `wiredesk: worker stopping; jobs in flight get ${jobs.stopDeadlineSeconds} s to finish…`);
  } finally {
    await queue.stop(jobs.stopDeadlineSeconds * 1000);
  }
  write(io.stderr, 'wiredesk: worker stopped');
}

function chosenQueues(names: string[] | undefined): JobName[] {
  if (names === undefined) return [...JOB_NAMES];
  const unknown = names.filter((name) => !(JOB_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new UsageError(`--queues: unknown queue ${unknown.map((n) => `"${n}"`).join(', ')} (queues: ${JOB_NAMES.join(', ')})`);
  return names as JobName[];
}
