import type { Command } from 'commander';
import { PartialFailure, write, type CliIo } from './cli-io.ts';
import { withAppContext } from './app-context.ts';

export function registerIngest(program: Command, io: CliIo): void {
  program
    .command('ingest')
    .description('fetch the sources that are due once, store new entries and build their articles')
    .option('--all', 'fetch every source, due or not')
    .option('--source <id...>', 'fetch only these sources')
    .action((options: { all?: boolean; source?: string[] }) =>
      withAppContext(program, io, async (ctx) => {
        const { formatSummary, runPassWithProgress } = await import('./pass-report.ts');
        const select = options.source ?? (options.all ? 'all' : 'due');
        const summary = await runPassWithProgress(ctx, select, io.stderr);
        write(io.stdout, formatSummary(summary));
        const failed = summary.failed.length + summary.articles.failed.length;
        if (failed > 0) {
          throw new PartialFailure(
            `ingest: ${summary.failed.length} of ${summary.sources} sources and ${summary.articles.failed.length} articles failed (exit code 3)`,
          );
        }
      }),
    );
}
