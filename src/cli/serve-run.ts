/** What `wiredesk serve` does (command-serve.ts registers it); the demo serves through it too. */
import { mediaDirOf } from '../pipeline/article-builder.ts';
import type { PassSummary } from '../pipeline/ingest-pass.ts';
import { startScheduler } from '../pipeline/scheduler.ts';
import { formatTranslations } from './pass-report.ts';
import { write, type CliIo } from './cli-io.ts';
import type { AppContext } from './app-context.ts';
import { listen, type Listener } from './http-listener.ts';
import { createWebApp } from './web-app.ts';

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
    const app = createWebApp({
      config: ctx.config,
      store: ctx.store,
      mediaDir: mediaDirOf(ctx.config.dataDir),
      publicUrl,
      ...(ctx.translation ? { translation: ctx.translation } : {}),
    });
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
  // Translations made in this pass, with the sentences reviewers' earlier edits gave (the unavailable pairs were named at start).
  const t = summary.translations;
  if (t && t.pass + t.review + t.pending.length > 0) for (const line of formatTranslations({ ...t, unavailable: [] })) ctx.log.info(line);
}
