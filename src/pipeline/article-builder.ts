/**
 * Turns stored entries into articles: every entry that has no article yet, or
 * changed since its article was made. Entries are read from the store, not
 * passed along from the fetch, so a run killed between storing entries and
 * building articles simply finishes the work on its next pass.
 *
 * A wire's cancellation or hold (ninjs pubstatus, NewsML-G2 pubStatus, NITF
 * management-status) kills the article in the same write, with the wire as
 * the actor (`wire:<source id>`); its embargo keeps the article hidden until
 * its time. The store applies both (src/store/article-save.ts), and keeps
 * what staff changed when the wire sends an update (src/store/wire-rebuild.ts).
 */
import path from 'node:path';
import type { Article } from '../extract/article.ts';
import { articleFromEntry } from '../extract/entry-article.ts';
import type { WireWithdrawal } from '../ingest/entry.ts';
import type { StoredEntry, StoredSource } from '../store/store.ts';
import { loadLanguageDetector } from '../text/language.ts';
import { slugify } from '../text/slug.ts';
import { entrySection } from './entry-section.ts';
import { storeArticleImages, type MediaStoreOptions } from './media-store.ts';
import { errorMessage, type PipelineContext } from './pipeline-context.ts';
import { fetchSettings } from './fetch-settings.ts';
import { wantsPage, withPageText } from './page-text.ts';

/** Entries handled per round trip to the store: large enough to amortise the query. */
const BATCH_SIZE = 200;

export interface BuildResult {
  built: number;
  failed: { entryId: number; sourceId: string; error: string }[];
}

export async function buildPendingArticles(
  ctx: PipelineContext,
  build: (entry: StoredEntry, source: StoredSource | undefined) => Promise<unknown>,
): Promise<BuildResult> {
  const sources = new Map((await ctx.store.listSources()).map((s) => [s.id, s]));
  const result: BuildResult = { built: 0, failed: [] };
  const failedIds = new Set<number>();
  for (;;) {
    const batch = (await ctx.store.entriesNeedingArticles(BATCH_SIZE + failedIds.size)).filter(
      (entry) => !failedIds.has(entry.id),
    );
    if (batch.length === 0) return result;
    // Loaded on first need only: a pass with nothing new should not pay for it.
    await loadLanguageDetector();
    for (const entry of batch) {
      try {
        await build(entry, sources.get(entry.sourceId));
        result.built++;
      } catch (error) {
        // One broken entry is reported and skipped; it is retried on the next pass.
        failedIds.add(entry.id);
        const message = errorMessage(error);
        result.failed.push({ entryId: entry.id, sourceId: entry.sourceId, error: message });
        ctx.log.error(`${entry.sourceId}: entry ${entry.guid}: ${message}`);
      }
    }
  }
}

/**
 * The article from the feed's own text, saved; or, when the page's text is
 * wanted (fullText: page | auto), `needs-page` and nothing saved: the page step
 * (buildArticleWithPage) fetches the page and saves the article.
 */
export async function buildArticleFromFeed(ctx: PipelineContext, entry: StoredEntry, source: StoredSource | undefined): Promise<'saved' | 'needs-page'> {
  const { fromFeed, owner, withdrawn } = feedArticle(entry, source);
  if (!withdrawn && entry.url && wantsPage(owner, entry, fromFeed)) return 'needs-page';
  // A withdrawn item is stored only to be kept off the site: its images are not fetched.
  await saveBuilt(ctx, entry, owner, withdrawn ? fromFeed : await storeArticleImages(fromFeed, mediaOptions(ctx)));
  return 'saved';
}

/** The page step: the page the entry links to, extracted, merged with the feed's text, and saved. */
export async function buildArticleWithPage(ctx: PipelineContext, entry: StoredEntry, source: StoredSource | undefined): Promise<void> {
  const { fromFeed, owner } = feedArticle(entry, source);
  const extracted = entry.url ? await withPageText(ctx, owner, { ...entry, url: entry.url }, fromFeed) : fromFeed;
  await saveBuilt(ctx, entry, owner, await storeArticleImages(extracted, mediaOptions(ctx)));
}

function feedArticle(entry: StoredEntry, source: StoredSource | undefined) {
  if (!source) throw new Error(`pipeline: entry ${entry.id} belongs to unknown source "${entry.sourceId}"`);
  const fromFeed = articleFromEntry(entry, {
    language: source.language === 'auto' ? null : source.language,
    siteName: source.name,
  });
  return { fromFeed, owner: source, withdrawn: entry.pubStatus !== undefined };
}

async function saveBuilt(ctx: PipelineContext, entry: StoredEntry, source: StoredSource, article: Article): Promise<void> {
  await ctx.store.saveArticle(
    article,
    {
      entryId: entry.id,
      entryHash: entry.contentHash,
      sourceId: source.id,
      section: entrySection(entry.categories, source.section, ctx.config.sections),
      slug: slugify(article.headline, article.lang),
      // The wire's word on showing the item (src/ingest/wire-status.ts), applied by the store with the article.
      embargoedUntil: entry.embargoed ?? null,
      withdrawal: entry.pubStatus ? { reason: withdrawalReason(entry.pubStatus, source) } : null,
    },
    ctx.now().toISOString(),
  );
}

/** The kill reason a wire's cancellation or hold leaves, naming the wire. */
export function withdrawalReason(status: WireWithdrawal, source: Pick<StoredSource, 'id' | 'name'>): string {
  return status === 'canceled' ? `${source.name} (${source.id}) cancelled this item` : `${source.name} (${source.id}) withheld this item`;
}

function mediaOptions({ config, log, dispatcher }: PipelineContext): MediaStoreOptions {
  return {
    mediaDir: mediaDirOf(config.dataDir),
    fetch: fetchSettings(config, dispatcher),
    log,
  };
}

/** Where stored images live; the site serves them from here under /media/. */
export function mediaDirOf(dataDir: string): string {
  return path.join(dataDir, 'media');
}
