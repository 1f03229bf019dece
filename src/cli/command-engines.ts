/**
 * `wiredesk engines`: the translation engines of wiredesk.yaml, whether each
 * answers and how fast, the directions the configuration gives it and those
 * the engine itself says it serves. Engines are asked in parallel; an engine
 * that is down is a row in the table, not a failed command.
 */
import type { Command } from 'commander';
import type { CliIo } from './cli-io.ts';

export function registerEngines(program: Command, io: CliIo): void {
  program
    .command('engines')
    .description('list the translation engines, the language pairs they serve and their health')
    .option('--json', 'print JSON instead of a table')
    .action(async (options: { json?: boolean }) => {
      const { reportEngines } = await import('./engines-run.ts');
      await reportEngines(program, io, options);
    });
}
