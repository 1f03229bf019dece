/** `wiredesk jobs list --failed` and `wiredesk jobs retry`: the dead-letter queue of the PostgreSQL job queue (jobs-run.ts). */
import { Option, type Command } from 'commander';
import type { CliIo } from './cli-io.ts';
import { withAppContext } from './app-context.ts';

export function registerJobs(program: Command, io: CliIo): void {
  const jobs = program.command('jobs').description('look at and retry the pipeline jobs that failed (PostgreSQL job queue)');
  jobs
    .command('list')
    .description('list jobs: with --failed, those in the dead-letter queue; without, how many jobs each queue holds by state')
    .option('--failed', 'the jobs that failed every retry, oldest first')
    .addOption(new Option('--format <format>', 'table for people, jsonl (one JSON object a line) for scripts').choices(['table', 'jsonl']).default('table'))
    .action((options: { failed?: boolean; format: 'table' | 'jsonl' }) =>
      withAppContext(program, io, async (ctx) => {
        const { listJobs } = await import('./jobs-run.ts');
        await listJobs(ctx, io, { failed: options.failed === true, format: options.format });
      }),
    );
  jobs
    .command('retry')
    .description('send failed jobs back to their queues: the ones named, or all of them')
    .argument('[ids...]', 'ids from "wiredesk jobs list --failed"')
    .option('--all', 'every failed job')
    .action((ids: string[], options: { all?: boolean }) =>
      withAppContext(program, io, async (ctx) => {
        const { retryJobs } = await import('./jobs-run.ts');
        await retryJobs(ctx, io, { ids, all: options.all === true });
      }),
    );
}
