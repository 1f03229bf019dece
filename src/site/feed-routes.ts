/**
 * Feeds out: `rss.xml`, `atom.xml` and `feed.json` at each edition's root and
 * under each configured section (feed-links.ts). Full text goes out only
 * where the source's licence allows republishing it (`mode: republish`);
 * otherwise the item carries the summary and the link.
 */
import type { Context, Hono } from 'hono';
import { articleDescription } from './article-description.ts';
import { safeHref } from './block-renderer.tsx';
import { modifiedTimeOf, publishedTimeOf } from './article-times.ts';
import { carriesFullText, feedItemHtml } from './feed-content.tsx';
import { renderFeed, type FeedEntry, type FeedMeta } from './feed-documents.ts';
import { loadFeedItems, type FeedItem } from './feed-items.ts';
import { FEED_KINDS, feedPath, hasSectionFeed, type FeedKind } from './feed-links.ts';
import { homePath, sectionPath, type Edition } from './editions.ts';
import { sectionTitle } from './localised-text.ts';
import { editionTitle, siteDescription } from './layout.tsx';
import { mediaPath } from './media-route.ts';
import { pageChrome, type PageDeps } from './page-routes.tsx';
import { absoluteUrl } from './site-url.ts';
import type { PageChrome } from './layout.tsx';

/** Revalidated on every poll, so a killed article leaves the feed at once; the ETag makes each poll a 304 from the render cache. */
export const FEED_CACHE_CONTROL = 'public, no-cache';

/** Stands in for `updated` when a feed has no item yet: a fixed time keeps the empty feed's ETag stable. */
const EMPTY_FEED_UPDATED = '1970-01-01T00:00:00.000Z';

const SECTION_ID = '[a-z0-9][a-z0-9-]*';
/** The original's address is only ever an http(s) page. */
const WEB_PROTOCOLS = new Set(['http:', 'https:']);

export function addFeedRoutes(app: Hono, deps: PageDeps): void {
  // Longer prefixes first, so "/en/rss.xml" is the English edition's, not a main-edition section "en".
  const editions = [...deps.config.editions].sort((a, b) => b.path.length - a.path.length);
  for (const edition of editions) {
    for (const kind of FEED_KINDS) {
      app.get(feedPath(edition, null, kind), (c) => feedHandler(c, deps, edition, null, kind));
      app.get(`${edition.path}:section{${SECTION_ID}}/${kind.file}`, (c) => {
        const sectionId = c.req.param('section') ?? '';
        return hasSectionFeed(deps.config, sectionId) ? feedHandler(c, deps, edition, sectionId, kind) : c.notFound();
      });
    }
  }
}

async function feedHandler(c: Context, deps: PageDeps, edition: Edition, sectionId: string | null, kind: FeedKind): Promise<Response> {
  const chrome = pageChrome(deps, edition);
  const items = await loadFeedItems(deps.store, deps.config, edition, sectionId, chrome.now.toISOString());
  const entries = await Promise.all(items.map((item) => feedEntry(chrome, item)));
  const body = renderFeed(kind.format, feedMeta(chrome, sectionId, kind, entries), entries);
  return c.body(body, 200, { 'Content-Type': `${kind.mediaType}; charset=utf-8`, 'Cache-Control': FEED_CACHE_CONTROL });
}

function feedMeta(chrome: PageChrome, sectionId: string | null, kind: FeedKind, entries: FeedEntry[]): FeedMeta {
  const { config, edition, strings } = chrome;
  const siteTitle = editionTitle(chrome);
  const url = (path: string) => absoluteUrl(chrome.baseUrl, path);
  const section = sectionId ? sectionTitle(config, sectionId, edition.lang, strings) : null;
  const sections = new Intl.ListFormat(edition.lang, { type: 'conjunction' }).format(
    config.sections.map((s) => sectionTitle(config, s.id, edition.lang, strings)),
  );
  return {
    title: section ? `${section} · ${siteTitle}` : siteTitle,
    description: section ? strings.sectionDescription(section, siteTitle) : (siteDescription(chrome) ?? strings.homeDescription(siteTitle, sections)),
    lang: edition.lang,
    pageUrl: url(sectionId ? sectionPath(edition, sectionId) : homePath(edition)),
    selfUrl: url(feedPath(edition, sectionId, kind)),
    updated: entries.reduce((newest, e) => (e.modified > newest ? e.modified : newest), EMPTY_FEED_UPDATED),
    publisher: siteTitle,
    iconUrl: url(chrome.iconUrl),
  };
}

async function feedEntry(chrome: PageChrome, item: FeedItem): Promise<FeedEntry> {
  const { article } = item;
  const fullText = carriesFullText(item);
  const url = absoluteUrl(chrome.baseUrl, item.path);
  const published = publishedTimeOf(article);
  const image = fullText && article.image?.stored ? mediaPath(article.image.stored) : null;
  return {
    id: entryId(chrome.baseUrl, article.id, chrome.edition.lang, published),
    url,
    title: article.headline,
    summary: articleDescription(article, !fullText),
    contentHtml: fullText ? await feedItemHtml(item, { baseUrl: chrome.baseUrl, lang: chrome.edition.lang, siteName: editionTitle(chrome) }) : null,
    externalUrl: fullText ? null : safeHref(article.url ?? article.canonicalUrl ?? '', WEB_PROTOCOLS),
    published,
    modified: modifiedTimeOf(article),
    authors: article.byline ? [article.byline] : [],
    category: sectionTitle(chrome.config, article.section, chrome.edition.lang, chrome.strings),
    lang: article.lang,
    imageUrl: image ? absoluteUrl(chrome.baseUrl, image) : null,
  };
}

/**
 * `tag:news.example,2024-06-09:article/12/hi` (RFC 4151): the site's host, the
 * day the article was first published and its id and language, none of which
 * an edit changes, so readers never see an edited story twice.
 */
export function entryId(baseUrl: string, articleId: number, lang: string, published: string): string {
  return `tag:${new URL(baseUrl).hostname},${published.slice(0, 10)}:article/${articleId}/${lang}`;
}
