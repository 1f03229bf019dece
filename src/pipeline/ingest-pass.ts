/**
 * One ingest pass, in process: the job handlers of src/pipeline/jobs/ run
 * stage after stage. Find the chosen sources, fetch them a few at a time and
 * store their entries, then build articles for everything new or changed
 * (fetching pages where wanted), then stories, then translations. Workers run
 * the same handlers as pg-boss jobs instead (src/pipeline/queue/).
 */
import { forEachLimited } from '../util/concurrency-limit.ts';
import { buildPendingArticles, type BuildResult } from './article-builder.ts';
import type { SourceOutcome } from './ingest-source.ts';
import { assignStoriesJob, buildLoadedArticle, fetchLoadedPage, fetchSource, findDueSources, translateJob, type SourceSelection } from './jobs/job-handlers.ts';
import { errorMessage, type PipelineContext } from './pipeline-context.ts';
import type { StoryPassResult } from './story-assignment.ts';
import type { TranslationPassResult } from './translation-step.ts';

export { interleaveHosts } from './host-order.ts';

/**
 * Feeds fetched at once, across all hosts. Each host's own limits (fetch.perHost)
 * are kept by the shared HostPoliteness whatever this number is; it only bounds
 * the sockets and memory of one pass.
 */
export const FEED_CONCURRENCY = 4;

export interface PassOptions {
  /** `due`: sources whose next fetch time has come; `all`; or a list of ids. */
  select: SourceSelection;
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

export async function runIngestPass(ctx: PipelineContext, options: PassOptions): Promise<PassSummary> {
  const sources = (await findDueSources(ctx, { select: options.select })).result;
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
    const { result: outcome } = await fetchSource(ctx, { sourceId: source.id });
    if (outcome.status === 'skipped') return;
    addOutcome(summary, outcome);
    options.onSourceDone?.(outcome, ++done, sources.length);
  });
  summary.articles = await buildPendingArticles(ctx, async (entry, source) => {
    const { result } = await buildLoadedArticle(ctx, entry, source);
    if (result === 'needs-page') await fetchLoadedPage(ctx, entry, source);
  });
  try {
    summary.stories = (await assignStoriesJob(ctx)).result;
  } catch (error) {
    ctx.log.error(`stories: ${errorMessage(error)}`);
  }
  if (ctx.translation) {
    try {
      summary.translations = (await translateJob(ctx)).result ?? undefined;
    } catch (error) {
      ctx.log.error(`translate: ${errorMessage(error)}`);
    }
  }
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
