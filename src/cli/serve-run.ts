/** What `wiredesk serve` does (command-serve.ts registers it); the demo serves through it too. */
import { mediaDirOf } from '../pipeline/article-builder.ts';
import type { PassSummary } from '../pipeline/ingest-pass.ts';
import { startScheduler } from '../pipeline/scheduler.ts';
import { formatTranslations } from './pass-report.ts';
import { write, type CliIo } from './cli-io.ts';
import type { AppContext } from './app-context.ts';
import { listen, type Listener } from './http-listener.ts';
import { createServiceMetrics } from './service-metrics.ts';
import type { IngestHeartbeat } from './service-routes.ts';
import { openServeQueue, type JobQueue } from './serve-queue.ts';
import { createWebHandlers } from './web-app.ts';

/**
 * How long the running pass gets to finish after the stop signal. It starts no
 * new source once asked to stop, so this covers the feeds in flight, building
 * their articles and translating them.
 */
export const PASS_STOP_DEADLINE_MS = 120_000;

/**
 * Serves the site until SIGTERM or Ctrl-C, then stops taking work: the server
 * accepts no new connection while the requests in flight are answered, and the
 * scheduler starts nothing new while the running pass finishes its writes.
 * Closing the context is the caller's.
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
  let queue: JobQueue | null = null;
  try {
    const publicUrl = options.linkToListener ? () => listener?.url ?? ctx.config.site.baseUrl : undefined;
    // PostgreSQL: workers run the pipeline, and this process only schedules it (serve-queue.ts).
    queue = await openServeQueue(ctx, options.ingest);
    const metrics = createServiceMetrics(ctx.store, queue);
    const heartbeat: IngestHeartbeat | null = options.ingest && queue === null ? { startedAt: ctx.now(), lastPassAt: null } : null;
    const { app, fastPath } = createWebHandlers({
      config: ctx.config,
      store: ctx.store,
      mediaDir: mediaDirOf(ctx.config.dataDir),
      publicUrl,
      ...(ctx.translation ? { translation: ctx.translation } : {}),
      service: { metrics, ingest: heartbeat, now: ctx.now, queue },
      renderCache: true,
    });
    listener = await listen(app, options.port, options.host, fastPath);
    write(io.stdout, `wiredesk: serving ${ctx.config.site.name} at ${listener.url}`);
    write(io.stdout, `wiredesk: editorial desk at ${new URL('desk/login', listener.url).href}`);
    options.onListening?.(listener.url);
    const scheduler = heartbeat
      ? startScheduler(ctx, {
          onSourceDone: (outcome) => metrics.sourceDone(outcome),
          onPass: (summary) => {
            heartbeat.lastPassAt = ctx.now();
            metrics.passDone(summary, heartbeat.lastPassAt);
            reportPass(ctx, summary);
          },
        })
      : null;
    await io.untilStopped();
    write(io.stderr, 'wiredesk: stopping…');
    const closing = listener.close();
    listener = undefined;
    await Promise.all([closing, scheduler && finishWithin(scheduler.stop(), PASS_STOP_DEADLINE_MS)]);
  } finally {
    await listener?.close();
    await queue?.stop(1_000);
  }
}

async function finishWithin(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the ingest pass did not finish within ${ms / 1000} s of the stop signal; what it stored is kept, and the next pass fetches the rest`)),
      ms,
    );
  });
  try {
    await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
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
