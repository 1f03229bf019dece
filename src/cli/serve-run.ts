/** What `wiredesk serve` does (command-serve.ts registers it); the demo serves through it too. */
import { mediaDirOf } from '../pipeline/article-builder.ts';
import type { PassSummary } from '../pipeline/ingest-pass.ts';
import { formatTranslations } from './pass-report.ts';
import { write, type CliIo } from './cli-io.ts';
import type { AppContext } from './app-context.ts';
import { listen, type Listener } from './http-listener.ts';
import { startPipelineThread, type PipelineThread } from './pipeline-thread.ts';
import { createServiceMetrics } from './service-metrics.ts';
import type { ServiceLog } from './service-log.ts';
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
 * The passes run in a worker thread with its own store connection
 * (pipeline-thread.ts): this thread only serves. Closing the context is the
 * caller's.
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
    /** The demo's fixture server, where the pipeline thread sends the fictional sites' requests. */
    demoFixturesPort?: number;
    /** The access log, pages' errors and the passes' lines go here. */
    log: ServiceLog;
  },
): Promise<void> {
  let listener: Listener | undefined;
  let queue: JobQueue | null = null;
  const { log } = options;
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
      logError: (message, error) => log.error(message, error),
      service: { metrics, ingest: heartbeat, now: ctx.now, queue, log },
      renderCache: true,
    });
    listener = await listen(app, options.port, options.host, fastPath);
    write(io.stdout, `wiredesk: serving ${ctx.config.site.name} at ${listener.url}`);
    write(io.stdout, `wiredesk: editorial desk at ${new URL('desk/login', listener.url).href}`);
    options.onListening?.(listener.url);
    const pipeline = heartbeat
      ? startPipelineThread(
          { config: ctx.config, ...(options.demoFixturesPort === undefined ? {} : { demoFixturesPort: options.demoFixturesPort }) },
          {
            log,
            onSourceDone: (outcome) => metrics.sourceDone(outcome),
            onPass: (summary, finishedAt) => {
              heartbeat.lastPassAt = finishedAt;
              metrics.passDone(summary, finishedAt);
              reportPass(log, summary);
            },
          },
        )
      : null;
    // /readyz says not ready while the thread is down between a crash and its restart.
    if (heartbeat && pipeline) heartbeat.pipelineDown = () => pipeline.down();
    await io.untilStopped();
    log.info('wiredesk: stopping…');
    const closing = listener.close();
    listener = undefined;
    await Promise.all([closing, pipeline && stopWithin(pipeline, PASS_STOP_DEADLINE_MS)]);
  } finally {
    await listener?.close();
    await queue?.stop(1_000);
  }
}

/** The pass gets `ms` to finish; after that the thread is ended, and its open transaction rolls back. */
async function stopWithin(pipeline: PipelineThread, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  try {
    if ((await Promise.race([pipeline.stop(), late])) !== 'late') return;
  } finally {
    clearTimeout(timer);
  }
  await pipeline.terminate();
  throw new Error(`the ingest pass did not finish within ${ms / 1000} s of the stop signal; what it stored is kept, and the next pass fetches the rest`);
}

function reportPass(log: ServiceLog, summary: PassSummary): void {
  if (summary.sources === 0) return;
  log.info(
    `ingest: ${summary.sources} sources, ${summary.entries.inserted} new entries, ${summary.articles.built} articles, ${summary.failed.length} failed`,
  );
  // Translations made in this pass, with the sentences reviewers' earlier edits gave (the unavailable pairs were named at start).
  const t = summary.translations;
  if (t && t.pass + t.review + t.pending.length > 0) for (const line of formatTranslations({ ...t, unavailable: [] })) log.info(line);
}
