/**
 * One ingest pass: fetch the chosen sources a few at a time, store their
 * entries, then build articles for everything new or changed. This is the one
 * place that writes down the order of the stages; the pg-boss workers of a
 * later issue will run the same steps as separate jobs.
 */
import type { StoredSource } from '../store/store.ts';
import { forEachLimited } from '../util/concurrency-limit.ts';
import { buildPendingArticles, type BuildResult } from './article-builder.ts';
import { ingestSource, type SourceOutcome } from './ingest-source.ts';
import { errorMessage, type PipelineContext } from './pipeline-context.ts';
import { assignStories, type StoryPassResult } from './story-assignment.ts';
import { translatePendingArticles, type TranslationPassResult } from './translation-step.ts';

/**
 * Feeds fetched at once, across all hosts. Each host's own limits (fetch.perHost)
 * are kept by the shared HostPoliteness whatever this number is; it only bounds
 * the sockets and memory of one pass.
 */
export const FEED_CONCURRENCY = 4;

export interface PassOptions {
  /** `due`: sources whose next fetch time has come; `all`; or a list of ids. */
  select: 'due' | 'all' | string[];
  /** Called once the sources are chosen, before any is fetched. */
  onStart?: (total: number) => void;
  onSourceDone?: (outcome: SourceOutcome, done: number, total: number) => void;
  /**
   * Once aborted, sources not yet started are left for the next pass (still
   * due); what was fetched is stored and built as usual.
   */
  signal?: AbortSignal;
}

export interface PassSummary {
  sources: number;
  fetched: number;
  notModified: number;
  failed: { sourceId: string; error: string }[];
  entries: { inserted: number; updated: number; unchanged: number };
  articles: BuildResult;
  /** Absent when clustering failed (logged): the articles are kept and clustered on the next pass. */
  stories?: StoryPassResult;
  /** Absent without translation services, or when the step failed (logged; retried next pass). */
  translations?: TranslationPassResult;
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
  const sources = interleaveHosts(await selectSources(ctx, options.select));
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
    if (options.signal?.aborted) return;
    const outcome = await ingestSource(ctx, source);
    addOutcome(summary, outcome);
    options.onSourceDone?.(outcome, ++done, sources.length);
  });
  summary.articles = await buildPendingArticles(ctx);
  try {
    summary.stories = await assignStories(ctx);
  } catch (error) {
    ctx.log.error(`stories: ${errorMessage(error)}`);
  }
  if (ctx.translation) {
    try {
      summary.translations = await translatePendingArticles(ctx, ctx.translation);
    } catch (error) {
      ctx.log.error(`translate: ${errorMessage(error)}`);
    }
  }
  return summary;
}

/**
 * Round-robin over hosts (each host's feeds keep their order): one publisher's
 * many feeds, queued behind its per-host limit, would otherwise occupy every
 * lane while other hosts' feeds wait.
 */
export function interleaveHosts(sources: StoredSource[]): StoredSource[] {
  const rounds: StoredSource[][] = [];
  const seen = new Map<string, number>();
  for (const source of sources) {
    const host = hostOf(source.url);
    const round = seen.get(host) ?? 0;
    seen.set(host, round + 1);
    (rounds[round] ??= []).push(source);
  }
  return rounds.flat();
}

/** Local files count as one host: they wait on nothing but the disk. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
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
