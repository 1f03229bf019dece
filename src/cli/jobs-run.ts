/** What `wiredesk jobs list` and `wiredesk jobs retry` do (command-jobs.ts registers them). */
import { openJobQueue, type FailedJob, type JobQueue } from '../pipeline/queue/pg-boss-queue.ts';
import { UsageError, write, writeJsonLines, type CliIo } from './cli-io.ts';
import type { AppContext } from './app-context.ts';
import { formatTable } from './text-table.ts';

/** Payload text shown in the table: enough to recognise the job (`{"sourceId":"wire-3"}`). */
const PAYLOAD_WIDTH = 60;

export async function listJobs(ctx: AppContext, io: CliIo, options: { failed: boolean; format: 'table' | 'jsonl' }): Promise<void> {
  await withQueue(ctx, 'jobs list', async (queue) => {
    if (options.failed) {
      const failed = await queue.failed();
      if (options.format === 'jsonl') writeJsonLines(io.stdout, failed);
      else write(io.stdout, failed.length === 0 ? 'No failed jobs.' : failedTable(failed));
      return;
    }
    const counts = await queue.counts();
    if (options.format === 'jsonl') writeJsonLines(io.stdout, counts);
    else write(io.stdout, counts.length === 0 ? 'No jobs.' : formatTable(['QUEUE', 'STATE', 'JOBS'], counts.map((c) => [c.queue, c.state, String(c.count)])));
  });
}

export async function retryJobs(ctx: AppContext, io: CliIo, options: { ids: string[]; all: boolean }): Promise<void> {
  if (options.all === (options.ids.length > 0)) throw new UsageError('jobs retry: name the ids of failed jobs, or give --all (not both)');
  await withQueue(ctx, 'jobs retry', async (queue) => {
    const sent = await queue.retry(options.all ? undefined : options.ids);
    write(io.stdout, `wiredesk: ${sent.length} failed job${sent.length === 1 ? '' : 's'} sent back to ${sent.length === 1 ? 'its queue' : 'their queues'}`);
  });
}

async function withQueue(ctx: AppContext, command: string, work: (queue: JobQueue) => Promise<void>): Promise<void> {
  if (ctx.store.dialect !== 'postgres') {
    throw new UsageError(`${command}: the job queue exists on PostgreSQL only (DATABASE_URL=postgres://…); a SQLite desk runs its pipeline in process`);
  }
  const queue = await openJobQueue(ctx.config, { role: 'client', log: ctx.log });
  try {
    await work(queue);
  } finally {
    await queue.stop(1_000);
  }
}

function failedTable(jobs: readonly FailedJob[]): string {
  return formatTable(
    ['ID', 'QUEUE', 'FAILED AT', 'PAYLOAD', 'ERROR'],
    jobs.map((job) => [job.id, job.queue, job.failedAt, clip(JSON.stringify(job.payload)), job.error]),
  );
}

function clip(text: string): string {
  return text.length <= PAYLOAD_WIDTH ? text : `${text.slice(0, PAYLOAD_WIDTH - 1)}…`;
}
