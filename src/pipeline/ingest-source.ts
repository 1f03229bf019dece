/**
 * One source, once: read its feed (conditionally, within its host's
 * politeness limits), store the entries, record the outcome on the source and
 * plan its next fetch. A failure is recorded and returned, never thrown, so one
 * broken feed cannot stop the others.
 */
import { FeedError } from '../ingest/feed-parser.ts';
import { FetchError } from '../ingest/http-fetch.ts';
import { readFeed, type FeedReadResult } from '../ingest/read-feed.ts';
import { retryAfterUntil } from '../ingest/retry-after.ts';
import type { SaveEntriesResult, SourceErrorKind, StoredSource } from '../store/store.ts';
import { feedBaseDir, fetchSettings } from './fetch-settings.ts';
import {
  httpFreshMinutes,
  nextFetchAfterFailure,
  nextFetchAfterSuccess,
  publishingIntervalMinutes,
  type PollingBounds,
  type PollingSignals,
} from './fetch-schedule.ts';
import { errorMessage, type PipelineContext } from './pipeline-context.ts';
import { politenessOf } from './polite-fetch.ts';

export type SourceOutcome =
  | { sourceId: string; status: 'ok'; entries: SaveEntriesResult; warnings: string[] }
  | { sourceId: string; status: 'not-modified' }
  | { sourceId: string; status: 'failed'; error: string };

/** Recent entries the publishing pace is measured on: enough for a stable median, few enough to follow a change of pace. */
const PACE_SAMPLE = 20;

export async function ingestSource(ctx: PipelineContext, source: StoredSource): Promise<SourceOutcome> {
  const { store, now, log } = ctx;
  const startedAt = now();
  try {
    const result = await readSourceFeed(ctx, source);
    await followPermanentMove(ctx, source, result.permanentUrl);
    const entries = result.feed ? await store.saveEntries(result.feed.entries, now().toISOString()) : null;
    const signals = await pollingSignals(ctx, source, result);
    await store.recordFetchSuccess(source.id, {
      at: startedAt.toISOString(),
      status: result.status ?? 200,
      etag: result.etag,
      lastModified: result.lastModified,
      nextFetchAt: nextFetchAfterSuccess(startedAt, signals, pollingBounds(ctx)),
    });
    if (!result.feed || !entries) return { sourceId: source.id, status: 'not-modified' };
    for (const warning of result.feed.warnings) log.warn(`${source.id}: ${warning}`);
    return { sourceId: source.id, status: 'ok', entries, warnings: result.feed.warnings };
  } catch (error) {
    const message = errorMessage(error);
    await store.recordFetchFailure(source.id, {
      at: startedAt.toISOString(),
      status: httpStatusOf(error),
      error: message,
      errorKind: errorKindOf(error),
      bodyStart: bodyStartOf(error),
      nextFetchAt: nextFetchAfterError(ctx, source, startedAt, error),
    });
    log.error(`${source.id}: ${message}`);
    return { sourceId: source.id, status: 'failed', error: message };
  }
}

/**
 * A source's feed, read the way every pass reads it: with the configured fetch
 * settings, within its host's politeness limits, and conditionally when the
 * validators of the last fetch are given. `sources add` checks a new feed through it.
 */
export function readSourceFeed(
  ctx: PipelineContext,
  source: Pick<StoredSource, 'id' | 'url' | 'format'> & Partial<Pick<StoredSource, 'etag' | 'lastModified'>>,
): Promise<FeedReadResult> {
  return politenessOf(ctx).run(source.url, () =>
    readFeed(source.url, {
      sourceId: source.id,
      format: source.format,
      baseDir: feedBaseDir(ctx.config),
      ...fetchSettings(ctx.config, ctx.dispatcher),
      etag: source.etag ?? null,
      lastModified: source.lastModified ?? null,
    }),
  );
}

/** RFC 9110 §15.4.2/§15.4.9: after a 301 or 308, the feed is fetched at its new URL; other redirects change nothing. */
async function followPermanentMove(ctx: PipelineContext, source: StoredSource, permanentUrl: string | null): Promise<void> {
  if (permanentUrl === null || permanentUrl === source.url) return;
  await ctx.store.moveSource(source.id, permanentUrl);
  ctx.log.info(`${source.id}: ${source.url} has moved permanently to ${permanentUrl}; fetching it there from now on`);
}

function pollingBounds({ config }: PipelineContext): PollingBounds {
  return {
    defaultMinutes: config.ingestEveryMinutes,
    minMinutes: config.fetch.minIntervalMinutes,
    maxMinutes: config.fetch.maxIntervalMinutes,
  };
}

async function pollingSignals(ctx: PipelineContext, source: StoredSource, result: FeedReadResult): Promise<PollingSignals> {
  const recent = await ctx.store.listEntries({ sourceId: source.id, limit: PACE_SAMPLE });
  // A publication date later than the entry was first seen is a claim, not a fact: the sighting counts.
  const times = recent.map((e) => (e.published !== null && e.published <= e.firstSeenAt ? e.published : e.firstSeenAt));
  const refresh = result.feed?.refresh ?? null;
  return {
    publishingMinutes: publishingIntervalMinutes(times),
    declaredUpdateMinutes: refresh?.updateMinutes ?? null,
    ttlMinutes: refresh?.ttlMinutes ?? null,
    httpFreshMinutes: httpFreshMinutes(result.headers, ctx.now()),
  };
}

/**
 * A host that said when to come back (Retry-After on a 429 or 503, or a hold
 * already on it from another of its feeds) is asked again then; otherwise the
 * backoff grows with each consecutive failure.
 */
function nextFetchAfterError(ctx: PipelineContext, source: StoredSource, startedAt: Date, error: unknown): string {
  const retryAt = retryAfterOf(error, startedAt);
  if (retryAt !== null) return new Date(retryAt).toISOString();
  const failures = source.consecutiveFailures + 1;
  return nextFetchAfterFailure(startedAt, ctx.config.ingestEveryMinutes, failures, ctx.random ?? Math.random);
}

function retryAfterOf(error: unknown, startedAt: Date): number | null {
  if (!(error instanceof FetchError) || error.retryAfter === null) return null;
  const asksToWait = error.kind === 'held' || error.status === 429 || error.status === 503;
  return asksToWait ? retryAfterUntil(error.retryAfter, startedAt.getTime()) : null;
}

function errorKindOf(error: unknown): SourceErrorKind {
  if (error instanceof FetchError) return error.kind;
  return error instanceof FeedError ? 'not-a-feed' : 'other';
}

/** What the server sent in place of a feed, when the error kept it. */
function bodyStartOf(error: unknown): string | null {
  return error instanceof FetchError || error instanceof FeedError ? error.bodyStart : null;
}

function httpStatusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}
