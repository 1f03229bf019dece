/**
 * The pipeline's stages as job handlers: each does one unit of work, named by
 * a small JSON payload, and says what work it makes for the next stage. The
 * same handlers run in two ways: the in-process pass of `ingest` and `serve`
 * (ingest-pass.ts) calls them stage after stage, and `wiredesk worker` runs
 * them as pg-boss jobs (src/pipeline/queue/), sending each follow-up as a job.
 *
 * Every handler may run twice for one payload (a worker killed mid-job has
 * its job retried), so each is idempotent: an entry is unique by source and
 * guid, an article by its entry (rebuilt only when the entry's hash moved),
 * a due source is fetched only while it is still due.
 */
import type { StoredEntry, StoredSource } from '../../store/store.ts';
import { buildArticleFromFeed, buildArticleWithPage } from '../article-builder.ts';
import { interleaveHosts } from '../host-order.ts';
import { ingestSource, type SourceOutcome } from '../ingest-source.ts';
import { errorMessage, type PipelineContext } from '../pipeline-context.ts';
import { assignStories, type StoryPassResult } from '../story-assignment.ts';
import { translatePendingArticles, type TranslationPassResult } from '../translation-step.ts';

/** Every queue, in the order of the stages. */
export const JOB_NAMES = ['find-due-sources', 'fetch-source', 'build-article', 'fetch-page', 'assign-stories', 'translate'] as const;
export type JobName = (typeof JOB_NAMES)[number];

export interface JobPayloads {
  'find-due-sources': { select?: SourceSelection };
  'fetch-source': { sourceId: string; onlyIfDue?: boolean };
  'build-article': { entryId: number };
  'fetch-page': { entryId: number };
  'assign-stories': Record<string, never>;
  translate: Record<string, never>;
}

/** `due`: sources whose next fetch time has come; `all`; or a list of ids. */
export type SourceSelection = 'due' | 'all' | string[];

/** Work a handler made for a later stage. `key` makes one pending job of its kind per key (a source, an entry). */
export interface FollowUp<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
  key?: string;
  /** Not before this many seconds: the articles built meanwhile join the same run. */
  delaySeconds?: number;
}

/**
 * What a handler did, and the work it made. `next` is asked for only by the
 * queue: the in-process pass reaches the same work by running the next stage
 * over everything pending.
 */
export interface Handled<R> {
  result: R;
  next(): Promise<FollowUp[]>;
}

const NOTHING_NEXT = (): Promise<FollowUp[]> => Promise.resolve([]);
/**
 * How long stories and translations wait after an article changes. One such
 * job waits at a time (its queue is stately), so the articles built in the
 * meantime join it: a backlog of hundreds of articles makes a few runs of the
 * clusterer, not one per article.
 */
export const AFTER_ARTICLE_DELAY_SECONDS = 3;
const AFTER_ARTICLE = (): Promise<FollowUp[]> =>
  Promise.resolve([
    { name: 'assign-stories', payload: {}, delaySeconds: AFTER_ARTICLE_DELAY_SECONDS },
    { name: 'translate', payload: {}, delaySeconds: AFTER_ARTICLE_DELAY_SECONDS },
  ]);
/** A source's backlog of entries sent as jobs at once; the rest follow on its next fetch. */
const ENTRIES_PER_FETCH = 10_000;

/** The schedule: the sources to fetch now, interleaved by host. */
export async function findDueSources(ctx: PipelineContext, payload: JobPayloads['find-due-sources']): Promise<Handled<StoredSource[]>> {
  const select = payload.select ?? 'due';
  const sources = interleaveHosts(await selectSources(ctx, select));
  return {
    result: sources,
    next: () =>
      Promise.resolve(
        sources.map((s) => ({ name: 'fetch-source' as const, payload: { sourceId: s.id, ...(select === 'due' ? { onlyIfDue: true } : {}) }, key: s.id })),
      ),
  };
}

export type FetchSourceResult = SourceOutcome | { sourceId: string; status: 'skipped'; reason: string };

/** One source's feed, fetched and its entries stored; then an article job for each entry that needs one. */
export async function fetchSource(ctx: PipelineContext, payload: JobPayloads['fetch-source']): Promise<Handled<FetchSourceResult>> {
  const source = await ctx.store.getSource(payload.sourceId);
  if (!source) return { result: { sourceId: payload.sourceId, status: 'skipped', reason: 'the source was removed' }, next: NOTHING_NEXT };
  // Whatever this run did, the source's entries still waiting for an article are sent on: a run
  // killed after storing entries and before sending them is retried, finds the source no longer
  // due (or the feed unchanged), and must not leave those entries behind.
  const next = async () =>
    (await ctx.store.pendingEntryIds(source.id, ENTRIES_PER_FETCH)).map((entryId) => ({ name: 'build-article' as const, payload: { entryId }, key: String(entryId) }));
  // A retried or repeated job after the source was fetched: it is not due again yet.
  if (payload.onlyIfDue && !isDue(source, ctx.now())) return { result: { sourceId: source.id, status: 'skipped', reason: 'not due' }, next };
  // Paused after the schedule sent the job.
  if (payload.onlyIfDue && source.pausedAt !== null) return { result: { sourceId: source.id, status: 'skipped', reason: 'paused' }, next };
  return { result: await ingestSource(ctx, source), next };
}

export type ArticleJobResult = 'saved' | 'needs-page' | 'up-to-date';

/** One entry's article from the feed's text; when its page is wanted, a page job instead. */
export async function buildArticle(ctx: PipelineContext, payload: JobPayloads['build-article']): Promise<Handled<ArticleJobResult>> {
  const loaded = await pendingEntry(ctx, payload.entryId);
  // Already built: by this job's run that was killed before it could send stories and translation on, perhaps.
  if (!loaded) return { result: 'up-to-date', next: AFTER_ARTICLE };
  return buildLoadedArticle(ctx, loaded.entry, loaded.source);
}

/** buildArticle's work on an entry already read (the in-process pass reads them a batch at a time). */
export async function buildLoadedArticle(ctx: PipelineContext, entry: StoredEntry, source: StoredSource | undefined): Promise<Handled<ArticleJobResult>> {
  const result = await buildArticleFromFeed(ctx, entry, source);
  if (result === 'saved') return { result, next: AFTER_ARTICLE };
  return { result, next: () => Promise.resolve([{ name: 'fetch-page', payload: { entryId: entry.id }, key: String(entry.id) }]) };
}

/** Fetch and extract the page an entry links to, and save its article. */
export async function fetchPage(ctx: PipelineContext, payload: JobPayloads['fetch-page']): Promise<Handled<ArticleJobResult>> {
  const loaded = await pendingEntry(ctx, payload.entryId);
  if (!loaded) return { result: 'up-to-date', next: AFTER_ARTICLE };
  return fetchLoadedPage(ctx, loaded.entry, loaded.source);
}

export async function fetchLoadedPage(ctx: PipelineContext, entry: StoredEntry, source: StoredSource | undefined): Promise<Handled<ArticleJobResult>> {
  await buildArticleWithPage(ctx, entry, source);
  return { result: 'saved', next: AFTER_ARTICLE };
}

/**
 * Story assignment: one writer at a time. Its queue runs one job at a time,
 * and a database lock keeps it single across everything else too (an
 * `ingest` beside the workers, a job that outlived its expiry).
 */
export async function assignStoriesJob(ctx: PipelineContext): Promise<Handled<StoryPassResult>> {
  const result = await ctx.store.exclusively('wiredesk:assign-stories', () => assignStories(ctx));
  await refreshSearch(ctx);
  return { result, next: NOTHING_NEXT };
}

/**
 * The search documents of the articles just built, made here on the pipeline's
 * side rather than by the next reader's search (which catches up on what is
 * left, a batch at a time). A failure is logged and left to that catch-up: it
 * must not fail the stories that were assigned.
 */
async function refreshSearch(ctx: PipelineContext): Promise<void> {
  try {
    await ctx.store.refreshSearchIndex();
  } catch (error) {
    ctx.log.error(`search: could not index the new articles: ${errorMessage(error)}`, error);
  }
}

/**
 * The articles waiting for a translation, a batch per target language: one
 * writer at a time (its queue, and a database lock as for stories), which
 * keeps the translation memory's hit counters in order. Without translation
 * services, nothing. What it leaves brings the next run: a backlog longer than
 * a batch at once, and a translation left pending (the engine was down) when
 * it is due, so neither waits for the next article to be built.
 */
export async function translateJob(ctx: PipelineContext, perLanguage?: number): Promise<Handled<TranslationPassResult | null>> {
  const services = ctx.translation;
  if (!services) return { result: null, next: NOTHING_NEXT };
  const result = await ctx.store.exclusively('wiredesk:translate', () => translatePendingArticles(ctx, services, perLanguage));
  return { result, next: () => Promise.resolve(translateAgain(result, ctx.now())) };
}

function translateAgain(result: TranslationPassResult, now: Date): FollowUp[] {
  if (result.more) return [{ name: 'translate', payload: {} }];
  if (result.nextAttemptAt === null) return [];
  const seconds = Math.max(1, Math.ceil((Date.parse(result.nextAttemptAt) - now.getTime()) / 1000));
  // A key of its own: the queue keeps one waiting job per key, and a retry hours away must not
  // take the place of the run the next article built asks for.
  return [{ name: 'translate', payload: {}, key: 'retry', delaySeconds: seconds }];
}

/** Runs the handler of `name`: the queue's one entry point. */
export function runHandler(ctx: PipelineContext, name: JobName, payload: unknown): Promise<Handled<unknown>> {
  switch (name) {
    case 'find-due-sources':
      return findDueSources(ctx, payload as JobPayloads['find-due-sources']);
    case 'fetch-source':
      return fetchSource(ctx, payload as JobPayloads['fetch-source']);
    case 'build-article':
      return buildArticle(ctx, payload as JobPayloads['build-article']);
    case 'fetch-page':
      return fetchPage(ctx, payload as JobPayloads['fetch-page']);
    case 'assign-stories':
      return assignStoriesJob(ctx);
    case 'translate':
      return translateJob(ctx);
  }
}

/**
 * A paused source (the desk's or `sources pause`) is left out of every pass;
 * naming it (`ingest --source ID`) still fetches it, as the operator asked.
 */
async function selectSources(ctx: PipelineContext, select: SourceSelection): Promise<StoredSource[]> {
  const sources = await ctx.store.listSources();
  if (select === 'all') return sources.filter((s) => s.pausedAt === null);
  if (select === 'due') return sources.filter((s) => s.pausedAt === null && isDue(s, ctx.now()));
  const known = new Set(sources.map((s) => s.id));
  const unknown = select.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error(`ingest: no source with id ${unknown.map((id) => `"${id}"`).join(', ')}`);
  return sources.filter((s) => select.includes(s.id));
}

function isDue(source: StoredSource, now: Date): boolean {
  return source.nextFetchAt === null || source.nextFetchAt <= now.toISOString();
}

/** The entry and its source, when the entry still waits for its article. */
async function pendingEntry(ctx: PipelineContext, entryId: number): Promise<{ entry: StoredEntry; source: StoredSource | undefined } | null> {
  if (!(await ctx.store.entryNeedsArticle(entryId))) return null;
  const entry = await ctx.store.getEntry(entryId);
  if (!entry) return null;
  return { entry, source: (await ctx.store.getSource(entry.sourceId)) ?? undefined };
}
