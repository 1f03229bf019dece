/** `wiredesk backup FILE`: a consistent copy of the SQLite database, taken while the desk runs. */
import type { Command } from 'commander';
import type { CliIo } from './cli-io.ts';

export function registerBackup(program: Command, io: CliIo): void {
  program
    .command('backup')
    .description('copy the SQLite database to FILE, consistent, while serve and ingest keep running')
    .argument('<file>', 'the new backup file; an existing file is never overwritten')
    .action(async (file: string) => {
      const { backupDatabase } = await import('./backup-run.ts');
      await backupDatabase(program, io, file);
    });
}
