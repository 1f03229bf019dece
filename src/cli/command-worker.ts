/** `wiredesk worker`: runs the pipeline's job handlers from the PostgreSQL job queue (worker-run.ts). */
import { InvalidArgumentError, type Command } from 'commander';
import type { CliIo } from './cli-io.ts';
import { withAppContext } from './app-context.ts';

/** Jobs of one queue run at once by default: fetches mostly wait on the network, so a few overlap well on one core. */
export const DEFAULT_CONCURRENCY = 2;

export function registerWorker(program: Command, io: CliIo): void {
  program
    .command('worker')
    .description('run pipeline jobs from the PostgreSQL job queue (any number of workers, on any machines)')
    .option('--concurrency <n>', `jobs of each queue run at once (default: ${DEFAULT_CONCURRENCY})`, parseConcurrency, DEFAULT_CONCURRENCY)
    .option('--queues <list>', 'comma-separated queues to take jobs from (default: all)', parseQueueList)
    .action((options: { concurrency: number; queues?: string[] }) =>
      withAppContext(program, io, async (ctx) => {
        const { runWorker } = await import('./worker-run.ts');
        await runWorker(ctx, io, options);
      }),
    );
}

function parseConcurrency(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 100) throw new InvalidArgumentError('a whole number from 1 to 100.');
  return n;
}

function parseQueueList(value: string): string[] {
  const names = value.split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (names.length === 0) throw new InvalidArgumentError('name at least one queue.');
  return names;
}
