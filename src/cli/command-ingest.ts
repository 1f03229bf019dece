import type { Command } from 'commander';
import type { CliIo } from './cli-io.ts';
import { withAppContext } from './app-context.ts';

export function registerIngest(program: Command, io: CliIo): void {
  program
    .command('ingest')
    .description('fetch the sources that are due once, store new entries and build their articles')
    .option('--all', 'fetch every source, due or not')
    .option('--source <id...>', 'fetch only these sources')
    .option('--wait', 'when another pass is running on this desk, wait for it to end instead of exiting 1')
    .action((options: { all?: boolean; source?: string[]; wait?: boolean }) =>
      withAppContext(
        program,
        io,
        async (ctx) => {
          const { runIngest } = await import('./ingest-run.ts');
          await runIngest(ctx, io, options.source ?? (options.all ? 'all' : 'due'), { wait: options.wait === true });
        },
        // Synced under the pass lease: a second ingest writes nothing while a pass runs.
        { syncSources: false },
      ),
    );
}
