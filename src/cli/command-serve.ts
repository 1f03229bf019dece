import { InvalidArgumentError, type Command } from 'commander';
import { mediaDirOf } from '../pipeline/article-builder.ts';
import type { PassSummary } from '../pipeline/ingest-pass.ts';
import { startScheduler } from '../pipeline/scheduler.ts';
import { write, type CliIo } from './cli-io.ts';
import { withAppContext, type AppContext } from './app-context.ts';
import { listen, type Listener } from './http-listener.ts';
import { createWebApp } from './web-app.ts';

export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve the site and ingest the sources on their schedule')
    .option('-p, --port <port>', 'port to listen on (default: the configuration\'s, or PORT)', parsePortOption)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--no-ingest', 'serve only; do not fetch sources')
    .action((options: { port?: number; host: string; ingest: boolean }) =>
      withAppContext(program, io, (ctx) =>
        serveSite(ctx, io, { port: options.port ?? ctx.config.port, host: options.host, ingest: options.ingest }),
      ),
    );
}

/**
 * Serves the site until Ctrl-C, then stops the scheduler before the server, so
 * a pass in progress finishes its writes. Closing the context is the caller's.
 */
export async function serveSite(
  ctx: AppContext,
  io: CliIo,
  options: {
    port: number;
    host: string;
    ingest: boolean;
    onListening?: (url: string) => void;
    /** Absolute links (canonical, feeds, sitemaps) name the address listened on, not `site.baseUrl`: the demo's, whatever its port. */
    linkToListener?: boolean;
  },
): Promise<void> {
  let listener: Listener | undefined;
  try {
    const publicUrl = options.linkToListener ? () => listener?.url ?? ctx.config.site.baseUrl : undefined;
    const app = createWebApp({ config: ctx.config, store: ctx.store, mediaDir: mediaDirOf(ctx.config.dataDir), publicUrl });
    listener = await listen(app, options.port, options.host);
    write(io.stdout, `wiredesk: serving ${ctx.config.site.name} at ${listener.url}`);
    write(io.stdout, `wiredesk: editorial desk at ${new URL('desk/login', listener.url).href}`);
    options.onListening?.(listener.url);
    const scheduler = options.ingest
      ? startScheduler(ctx, { onPass: (summary) => reportPass(ctx, summary) })
      : null;
    await io.untilStopped();
    write(io.stderr, 'wiredesk: stopping…');
    await scheduler?.stop();
  } finally {
    await listener?.close();
  }
}

function reportPass(ctx: AppContext, summary: PassSummary): void {
  if (summary.sources === 0) return;
  ctx.log.info(
    `ingest: ${summary.sources} sources, ${summary.entries.inserted} new entries, ${summary.articles.built} articles, ${summary.failed.length} failed`,
  );
}

export function parsePortOption(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('not a port number (0–65535).');
  return port;
}
