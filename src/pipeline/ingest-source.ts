/**
 * One source, once: read its feed (conditionally), store the entries, record
 * the outcome on the source. A failure is recorded and returned, never thrown,
 * so one broken feed cannot stop the others.
 */
import { readFeed } from '../ingest/read-feed.ts';
import type { SaveEntriesResult, StoredSource } from '../store/store.ts';
import { feedBaseDir, fetchSettings } from './fetch-settings.ts';
import { nextFetchAfterFailure, nextFetchAfterSuccess } from './fetch-schedule.ts';
import { errorMessage, type PipelineContext } from './pipeline-context.ts';

export type SourceOutcome =
  | { sourceId: string; status: 'ok'; entries: SaveEntriesResult; warnings: string[] }
  | { sourceId: string; status: 'not-modified' }
  | { sourceId: string; status: 'failed'; error: string };

export async function ingestSource(ctx: PipelineContext, source: StoredSource): Promise<SourceOutcome> {
  const { config, store, now, log } = ctx;
  const startedAt = now();
  const interval = config.ingestEveryMinutes;
  try {
    const result = await readFeed(source.url, {
      sourceId: source.id,
      format: source.format,
      baseDir: feedBaseDir(config),
      ...fetchSettings(config, ctx.dispatcher),
      etag: source.etag,
      lastModified: source.lastModified,
    });
    const success = {
      at: startedAt.toISOString(),
      status: result.status ?? 200,
      etag: result.etag,
      lastModified: result.lastModified,
      nextFetchAt: nextFetchAfterSuccess(startedAt, interval),
    };
    if (result.notModified || !result.feed) {
      await store.recordFetchSuccess(source.id, success);
      return { sourceId: source.id, status: 'not-modified' };
    }
    const entries = await store.saveEntries(result.feed.entries, now().toISOString());
    await store.recordFetchSuccess(source.id, success);
    for (const warning of result.feed.warnings) log.warn(`${source.id}: ${warning}`);
    return { sourceId: source.id, status: 'ok', entries, warnings: result.feed.warnings };
  } catch (error) {
    const message = errorMessage(error);
    const failures = source.consecutiveFailures + 1;
    await store.recordFetchFailure(source.id, {
      at: startedAt.toISOString(),
      status: httpStatusOf(error),
      error: message,
      nextFetchAt: nextFetchAfterFailure(startedAt, interval, failures),
    });
    log.error(`${source.id}: ${message}`);
    return { sourceId: source.id, status: 'failed', error: message };
  }
}

function httpStatusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

