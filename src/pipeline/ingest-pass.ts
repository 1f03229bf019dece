/**
 * One ingest pass: fetch the chosen sources a few at a time, store their
 * entries, then build articles for everything new or changed. This is the one
 * place that writes down the order of the stages; the pg-boss workers of a
 * later issue will run the same steps as separate jobs.
 */
import type { StoredSource } from '../store/store.ts';
import { buildPendingArticles, type BuildResult } from './article-builder.ts';
import { ingestSource, type SourceOutcome } from './ingest-source.ts';
import type { PipelineContext } from './pipeline-context.ts';

/**
 * Feeds fetched at once. Small on purpose: per-host politeness arrives with the
 * fetcher issue, and until then a low number keeps us gentle with publishers.
 */
export const FEED_CONCURRENCY = 4;

export interface PassOptions {
  /** `due`: sources whose next fetch time has come; `all`; or a list of ids. */
  select: 'due' | 'all' | string[];
  /** Called once the sources are chosen, before any is fetched. */
  onStart?: (total: number) => void;
  onSourceDone?: (outcome: SourceOutcome, done: number, total: number) => void;
}

export interface PassSummary {
  sources: number;
  fetched: number;
  notModified: number;
  failed: { sourceId: string; error: string }[];
  entries: { inserted: number; updated: number; unchanged: number };
  articles: BuildResult;
}

async function selectSources(ctx: PipelineContext, select: PassOptions['select']): Promise<StoredSource[]> {
  const sources = await ctx.store.listSources();
  if (select === 'all') return sources;
  if (select === 'due') {
    const now = ctx.now().toISOString();
    return sources.filter((s) => s.nextFetchAt === null || s.nextFetchAt <= now);
  }
  const known = new Set(sources.map((s) => s.id));
  const unknown = select.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error(`ingest: no source with id ${unknown.map((id) => `"${id}"`).join(', ')}`);
  return sources.filter((s) => select.includes(s.id));
}

export async function runIngestPass(ctx: PipelineContext, options: PassOptions): Promise<PassSummary> {
  const sources = await selectSources(ctx, options.select);
  const summary: PassSummary = {
    sources: sources.length,
    fetched: 0,
    notModified: 0,
    failed: [],
    entries: { inserted: 0, updated: 0, unchanged: 0 },
    articles: { built: 0, failed: [] },
  };
  options.onStart?.(sources.length);
  let done = 0;
  await forEachLimited(sources, FEED_CONCURRENCY, async (source) => {
    const outcome = await ingestSource(ctx, source);
    addOutcome(summary, outcome);
    options.onSourceDone?.(outcome, ++done, sources.length);
  });
  summary.articles = await buildPendingArticles(ctx);
  return summary;
}

function addOutcome(summary: PassSummary, outcome: SourceOutcome): void {
  if (outcome.status === 'failed') {
    summary.failed.push({ sourceId: outcome.sourceId, error: outcome.error });
  } else if (outcome.status === 'not-modified') {
    summary.notModified++;
  } else {
    summary.fetched++;
    summary.entries.inserted += outcome.entries.inserted;
    summary.entries.updated += outcome.entries.updated;
    summary.entries.unchanged += outcome.entries.unchanged;
  }
}

/** Runs `work` over `items` with at most `limit` in flight; `work` must not throw. */
async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(lanes);
}
