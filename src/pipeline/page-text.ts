/**
 * `fullText: page | auto`: the article's text comes from the page the entry
 * links to. The page is fetched with the same limits as feeds; a page that is
 * gone, holds no article, is disallowed by the site's robots.txt or is on an
 * address the fetcher refuses (private, loopback, link-local; not in
 * fetch.allow) leaves the feed's own text standing at once (logged, with the
 * reason), while a failure that may pass (timeout,
 * 5xx, 429, a host holding us off with Retry-After, an unreadable robots.txt)
 * fails the build, so the entry stays pending and the next pass tries again.
 */
import type { Article } from '../extract/article.ts';
import { articleFromEntryAndPage, feedTextLooksTruncated } from '../extract/entry-page-article.ts';
import { extract, ExtractError } from '../extract/extract.ts';
import { decodeHtml } from '../extract/html/html-decoding.ts';
import type { Entry } from '../ingest/entry.ts';
import { FetchError } from '../ingest/http-fetch.ts';
import type { StoredSource } from '../store/store.ts';
import type { PipelineContext } from './pipeline-context.ts';
import { politeFetch, robotsOf } from './polite-fetch.ts';

const ACCEPT_HTML = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1';

/** Statuses that say the page will not come: falling back to the feed's text loses nothing by waiting. */
const GONE_STATUSES = new Set([404, 410, 451]);

export function wantsPage(source: Pick<StoredSource, 'fullText'>, entry: Entry, feedArticle: Article): boolean {
  if (!entry.url || source.fullText === 'feed') return false;
  return source.fullText === 'page' || feedTextLooksTruncated(entry, feedArticle);
}

export async function withPageText(
  ctx: PipelineContext,
  source: StoredSource,
  entry: Entry & { url: string },
  feedArticle: Article,
): Promise<Article> {
  try {
    const page = await fetchPage(ctx, entry.url);
    const article = extract(page.html, {
      url: page.url,
      language: source.language === 'auto' ? null : source.language,
      siteName: source.name,
    });
    return articleFromEntryAndPage(entry, feedArticle, article);
  } catch (error) {
    if (!isPermanent(error)) throw error;
    ctx.log.warn(`${source.id}: ${(error as Error).message}; keeping the feed's text for ${entry.url}`);
    return feedArticle;
  }
}

/**
 * robots.txt first (RFC 9309), for the page and for every URL it redirects to
 * (feeds often link through a tracker to the publisher), then the page, within
 * the host's politeness limits.
 */
async function fetchPage(ctx: PipelineContext, url: string): Promise<{ url: string; html: string }> {
  const robots = robotsOf(ctx);
  await robots.check(url);
  const result = await politeFetch(ctx, url, { accept: ACCEPT_HTML, beforeRedirect: (hop) => robots.check(hop) });
  return { url: result.url, html: decodeHtml(result.body, result.headers['content-type'] ?? null).html };
}

/** Whether trying again later would meet the same answer: then the feed's text is the article. */
function isPermanent(error: unknown): boolean {
  if (error instanceof ExtractError) return true;
  if (!(error instanceof FetchError)) return false;
  // A refused address stays refused until the configuration changes: waiting for it would hold the entry for ever.
  if (error.kind === 'too-large' || error.kind === 'unsupported-url' || error.kind === 'robots' || error.kind === 'refused') return true;
  return error.kind === 'status' && error.status !== null && GONE_STATUSES.has(error.status);
}
