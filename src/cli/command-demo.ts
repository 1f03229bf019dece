import type { Command } from 'commander';
import type { CliIo } from './cli-io.ts';
import { parsePortOption } from './command-serve.ts';

export interface DemoOptions {
  port?: number;
  host: string;
  dataDir?: string;
  once?: boolean;
  /** False with --no-engines: run without Apertium even when it is installed. */
  engines: boolean;
}

export function registerDemo(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description('ingest the bundled fictional news sites through the real pipeline and serve the result')
    .option('-p, --port <port>', 'port for the site (0 picks a free one)', parsePortOption)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--data-dir <dir>', 'where the demo keeps its database (default: ./data/demo)')
    .option('--once', 'ingest, print a summary and exit, without serving')
    .option('--no-engines', 'do not start Apertium even when it is installed (translations unavailable)')
    .action(async (options: DemoOptions) => {
      const { runDemo } = await import('./demo-run.ts');
      await runDemo(io, options);
    });
}
