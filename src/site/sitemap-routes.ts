/**
 * Sitemaps for search engines, all at the site's root (a sitemap may only
 * list addresses under its own folder, sitemaps.org §"Sitemap file location"):
 *
 *   /sitemap.xml                       the index of the ones below
 *   /sitemap-pages.xml                 every edition's home, section and story pages
 *   /sitemap-articles-YYYY-MM.xml      the articles first published that month (UTC),
 *   /sitemap-articles-YYYY-MM-N.xml    continued in parts of at most 50,000 addresses
 *   /news-sitemap.xml                  Google News: the last 48 hours, at most 1,000
 *
 * An article is listed at every address it can be read at (its original and
 * its published translations), each naming the others as hreflang alternates;
 * an original in a language without an edition only where the main edition
 * lists such originals (`showUntranslated`).
 * Killed, embargoed and superseded articles never appear (the store's lists).
 */
import type { Context, Hono } from 'hono';
import type { SitemapArticle } from '../store/store.ts';
import { TRENDS_SECTION, editionForLang, homePath, mainEdition, sectionPath, type Edition } from './editions.ts';
import type { PageDeps } from './page-routes.tsx';
import { MAX_SITEMAP_URLS, sitemapIndexXml, urlsetXml, type SitemapUrl } from './sitemap-xml.ts';
import { absoluteUrl } from './site-url.ts';
import { storyPath } from './story-cards.ts';
import { articleAlternates } from './translation-view.ts';

export const SITEMAP_INDEX_PATH = '/sitemap.xml';
export const PAGES_SITEMAP_PATH = '/sitemap-pages.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';

/** Google News takes articles of the last two days, at most 1,000 addresses per news sitemap. */
const NEWS_WINDOW_MS = 48 * 3_600_000;
const MAX_NEWS_URLS = 1_000;
/** Lists link a story's full coverage from its second article on (article-teaser.tsx). */
const MIN_STORY_ARTICLES = 2;

/** Revalidated on every read, so a killed article leaves the sitemaps at once; the render cache spares the database. */
export const SITEMAP_CACHE_CONTROL = 'public, no-cache';

const ARTICLE_SITEMAP = /^sitemap-articles-([0-9]{4}-(?:0[1-9]|1[0-2]))(?:-([2-9]|[1-9][0-9]{1,3}))?\.xml$/;

export function addSitemapRoutes(app: Hono, deps: PageDeps): void {
  app.get(SITEMAP_INDEX_PATH, (c) => sitemapIndex(c, deps));
  app.get(PAGES_SITEMAP_PATH, async (c) => xml(c, urlsetXml([...pageUrls(deps), ...(await storyUrls(deps))])));
  app.get(NEWS_SITEMAP_PATH, (c) => newsSitemap(c, deps));
  app.get('/:file{sitemap-articles-[0-9-]+\\.xml}', (c) => articleSitemap(c, deps));
}

/**
 * An article has at most one address per edition (its original, and a
 * translation into each other edition's language), so a part of this many
 * articles stays within 50,000 addresses.
 */
function articlesPerPart(deps: PageDeps): number {
  return Math.floor(MAX_SITEMAP_URLS / deps.config.editions.length);
}

export function articleSitemapPath(month: string, part: number): string {
  return part > 1 ? `/sitemap-articles-${month}-${part}.xml` : `/sitemap-articles-${month}.xml`;
}

async function sitemapIndex(c: Context, deps: PageDeps): Promise<Response> {
  const url = (path: string) => absoluteUrl(deps.baseUrl(), path);
  const [months, news] = await Promise.all([deps.store.sitemapMonths(deps.now().toISOString()), newsUrls(deps)]);
  const perPart = articlesPerPart(deps);
  const articleSitemaps = months.flatMap((m) =>
    Array.from({ length: Math.ceil(m.articles / perPart) }, (_, i) => ({ loc: url(articleSitemapPath(m.month, i + 1)), lastmod: m.lastModified })),
  );
  const newsSitemap = news.length > 0 ? [{ loc: url(NEWS_SITEMAP_PATH) }] : [];
  return xml(c, sitemapIndexXml([{ loc: url(PAGES_SITEMAP_PATH) }, ...articleSitemaps, ...newsSitemap]));
}

/** Every edition's home, then its sections (trends included), each naming its counterparts in the other editions. */
function pageUrls(deps: PageDeps): SitemapUrl[] {
  const { config } = deps;
  const pages: ((edition: Edition) => string)[] = [
    homePath,
    ...[TRENDS_SECTION, ...config.sections.map((s) => s.id)].map((id) => (edition: Edition) => sectionPath(edition, id)),
  ];
  return pages.flatMap((pathIn) => editionUrls(deps, pathIn));
}

/** One page in every edition, each naming all of them and x-default (the main edition's) when there are several. */
function editionUrls(deps: PageDeps, pathIn: (edition: Edition) => string, lastmod?: string): SitemapUrl[] {
  const { config } = deps;
  const url = (path: string) => absoluteUrl(deps.baseUrl(), path);
  const alternates = config.editions.length > 1
    ? [...config.editions.map((e) => ({ hreflang: e.lang, href: url(pathIn(e)) })), { hreflang: 'x-default', href: url(pathIn(mainEdition(config))) }]
    : [];
  return config.editions.map((edition) => ({ loc: url(pathIn(edition)), lastmod, alternates }));
}

/**
 * Story pages (full coverage) in every edition, newest first, each naming
 * its counterparts. Only stories of two articles or more: lists link no
 * other (a one-article story's page says no more than the article), and the
 * sitemap stays within its 50,000 addresses.
 */
async function storyUrls(deps: PageDeps): Promise<SitemapUrl[]> {
  const { config } = deps;
  const budget = Math.floor(MAX_SITEMAP_URLS / config.editions.length) - (2 + config.sections.length);
  if (budget <= 0) return [];
  const stories = (await deps.store.listStories({ sort: 'recent', limit: budget })).filter((s) => s.articleCount >= MIN_STORY_ARTICLES);
  return stories.flatMap((story) => editionUrls(deps, (edition) => storyPath(edition, story.id), story.lastSeen));
}

async function articleSitemap(c: Context, deps: PageDeps): Promise<Response> {
  const match = ARTICLE_SITEMAP.exec(c.req.param('file') ?? '');
  if (!match) return c.notFound();
  const month = match[1]!;
  const part = Number(match[2] ?? '1');
  const from = new Date(`${month}-01T00:00:00.000Z`);
  const until = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
  const perPart = articlesPerPart(deps);
  const articles = await deps.store.sitemapArticles({
    from: from.toISOString(),
    until: until.toISOString(),
    visibleAt: deps.now().toISOString(),
    limit: perPart,
    offset: (part - 1) * perPart,
  });
  const urls = articles.flatMap((a) => articleUrls(deps, a).map(({ url }) => url));
  // Empty also when every article of the part is an untranslated original the site does not list.
  if (urls.length === 0) return c.notFound();
  return xml(c, urlsetXml(urls));
}

/** Articles first published in the news window, newest first. */
function newsArticles(deps: PageDeps, limit: number): Promise<SitemapArticle[]> {
  const now = deps.now();
  return deps.store.sitemapArticles({
    from: new Date(now.getTime() - NEWS_WINDOW_MS).toISOString(),
    // An article dated ahead of the clock is not news yet.
    until: new Date(now.getTime() + 1).toISOString(),
    visibleAt: now.toISOString(),
    limit,
  });
}

/**
 * A urlset needs at least one <url> (sitemap.xsd): with no article in the
 * window the news sitemap is absent (404, and left out of the index) until
 * the next one is published.
 */
async function newsSitemap(c: Context, deps: PageDeps): Promise<Response> {
  const urls = await newsUrls(deps);
  if (urls.length === 0) {
    c.header('Cache-Control', SITEMAP_CACHE_CONTROL);
    return c.notFound();
  }
  return xml(c, urlsetXml(urls));
}

async function newsUrls(deps: PageDeps): Promise<SitemapUrl[]> {
  const articles = await newsArticles(deps, MAX_NEWS_URLS);
  const urls = articles.flatMap((a) =>
    articleUrls(deps, a).map(({ url, lang, headline }) => ({
      ...url,
      news: {
        publicationName: publicationName(deps, editionForLang(deps.config, lang)),
        language: lang,
        publicationDate: a.published,
        title: headline,
      },
    })),
  );
  return urls.slice(0, MAX_NEWS_URLS);
}

function publicationName(deps: PageDeps, edition: Edition): string {
  return edition.title ?? deps.config.site.name;
}

/**
 * One entry per address the article is read at: the original, then each
 * published translation, every one naming all of them and x-default (the
 * original) as alternates when there is more than one.
 */
function articleUrls(deps: PageDeps, article: SitemapArticle): { url: SitemapUrl; lang: string; headline: string }[] {
  const url = (path: string) => absoluteUrl(deps.baseUrl(), path);
  const addresses = articleAlternates(deps.config, article, article.translations.map((t) => t.lang));
  const alternates = addresses.length > 1
    ? [...addresses.map((a) => ({ hreflang: a.lang, href: url(a.path) })), { hreflang: 'x-default', href: url(addresses[0]!.path) }]
    : [];
  return addresses.filter((address) => isListed(deps, address.lang)).map((address) => {
    const translation = article.translations.find((t) => t.lang === address.lang && address.lang !== article.lang);
    const lastmod = translation && translation.modified > article.modified ? translation.modified : article.modified;
    return {
      url: { loc: url(address.path), lastmod, alternates },
      lang: address.lang,
      headline: translation?.headline ?? article.headline,
    };
  });
}

/**
 * Whether the site lists pages in this language: every edition's own
 * language; another (an original in a language without an edition, which
 * lives in the main edition) only when the main edition has
 * `showUntranslated`, as its pages do (edition-articles.ts).
 */
function isListed(deps: PageDeps, lang: string): boolean {
  const { config } = deps;
  return config.editions.some((e) => e.lang === lang) || mainEdition(config).showUntranslated;
}

function xml(c: Context, body: string): Response {
  return c.body(body, 200, { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': SITEMAP_CACHE_CONTROL });
}
