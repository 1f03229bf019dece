import type { Command } from 'commander';
import { configPath, write, type CliIo } from './cli-io.ts';
import { consoleLogger } from './console-output.ts';
import { configEnv, openDeskFromFile } from './desk.ts';
import { formatSummary, runPassWithProgress } from './pass-report.ts';

export function registerIngest(program: Command, io: CliIo): void {
  program
    .command('ingest')
    .description('fetch the sources that are due once, store new entries and build their articles')
    .option('--all', 'fetch every source, due or not')
    .option('--source <id...>', 'fetch only these sources')
    .action(async (options: { all?: boolean; source?: string[] }) => {
      const desk = await openDeskFromFile(configPath(program, io), configEnv(io.env), consoleLogger(io.stderr));
      try {
        const select = options.source ?? (options.all ? 'all' : 'due');
        const summary = await runPassWithProgress(desk, select, io.stderr);
        write(io.stdout, formatSummary(summary));
      } finally {
        await desk.close();
      }
    });
}
