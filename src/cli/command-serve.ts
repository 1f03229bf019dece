import { InvalidArgumentError, type Command } from 'commander';
import type { CliIo } from './cli-io.ts';
import { withAppContext } from './app-context.ts';

export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve the site and ingest the sources on their schedule')
    .option('-p, --port <port>', 'port to listen on (default: the configuration\'s, or PORT)', parsePortOption)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--no-ingest', 'serve only; do not fetch sources')
    .action(async (options: { port?: number; host: string; ingest: boolean }) => {
      const { openServiceLog } = await import('./service-log.ts');
      const log = await openServiceLog(io.stderr, io.env);
      await withAppContext(
        program,
        io,
        async (ctx) => {
          const { serveSite } = await import('./serve-run.ts');
          await serveSite(ctx, io, { port: options.port ?? ctx.config.port, host: options.host, ingest: options.ingest, log });
        },
        { log, servesPages: true },
      );
    });
}

export function parsePortOption(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('not a port number (0–65535).');
  return port;
}
