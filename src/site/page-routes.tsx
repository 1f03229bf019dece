/**
 * The reading pages of every edition: home, section (with the built-in
 * `trends`), article. Each handler loads what its page needs from the store,
 * then renders; anything unknown goes to the app's 404 page.
 */
import type { Context, Hono } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { Config } from '../config/schema.ts';
import type { Store } from '../store/store.ts';
import { listEditionArticles, listTrendingArticles } from './edition-articles.ts';
import { TRENDS_SECTION, isKnownSection, type Edition } from './editions.ts';
import type { PageChrome } from './layout.tsx';
import { sectionTitle } from './localised-text.ts';
import { ArticlePage } from './article-page.tsx';
import { articleStatus } from '../store/article-status.ts';
import { GonePage } from './message-pages.tsx';
import { HomePage } from './home-page.tsx';
import { SectionPage } from './section-page.tsx';
import { cardsWithCoverage, oneCardPerStory, storyPath } from './story-cards.ts';
import { uiStrings } from './ui-strings.ts';
import { articleView, ORIGINAL_QUERY } from './translation-view.ts';

export interface PageDeps {
  config: Config;
  store: Store;
  stylesheetUrl: string;
  iconUrl: string;
  now: () => Date;
  /** The site's public base URL, asked per request: the demo learns its port only once it listens. */
  baseUrl: () => string;
}

/** Stories per section on a home page: one lead and a few more keep the page scannable. */
const HOME_STORIES_PER_SECTION = 4;
/**
 * Articles read per home section before copies of one story are folded into
 * one card: enough that a block stays full when a few of its articles are copies.
 */
const HOME_ROWS_PER_SECTION = HOME_STORIES_PER_SECTION * 3;
/** Length of the trends list beside the home page sections. */
const HOME_TRENDS = 6;
/** Stories per section page: a screenful or two on a phone. */
const SECTION_PAGE_SIZE = 20;
/** Other stories of the section under an article. */
const MORE_IN_SECTION = 5;
/**
 * Deepest section page served: an offset costs the database a scan of the rows
 * before it, and 500 pages of 20 reach far enough back for readers.
 */
const MAX_PAGE = 500;

/**
 * Any cache may keep a page but must ask again before each use (RFC 9111
 * §5.2.2.4): a kill or correction must leave every copy at once, not after a
 * max-age. Asking is cheap: the ETag gets a 304 from the render cache's memory.
 */
export const PAGE_CACHE_CONTROL = 'public, no-cache';

const SECTION_ID = '[a-z0-9][a-z0-9-]*';
const ARTICLE_REF = /^([0-9]{1,15})(?:-.*)?$/;
const PAGE_NUMBER = /^[1-9][0-9]{0,3}$/;

export function pageChrome(deps: PageDeps, edition: Edition): PageChrome {
  return {
    config: deps.config,
    edition,
    strings: uiStrings(edition.lang),
    stylesheetUrl: deps.stylesheetUrl,
    iconUrl: deps.iconUrl,
    now: deps.now(),
    baseUrl: deps.baseUrl(),
  };
}

export async function renderHtml(c: Context, page: JSX.Element, status: 200 | 404 | 410 | 500 = 200): Promise<Response> {
  return c.html(`<!DOCTYPE html>${(await page).toString()}`, status);
}

/**
 * Asked again each time, like a page: a restored article must not stay gone
 * in caches. RFC 9110 §15.5.11 lets caches keep a 410 by default.
 */
const GONE_CACHE_CONTROL = PAGE_CACHE_CONTROL;

function gone(c: Context, deps: PageDeps, edition: Edition): Promise<Response> {
  c.header('Cache-Control', GONE_CACHE_CONTROL);
  return renderHtml(c, <GonePage chrome={pageChrome(deps, edition)} />, 410);
}

export function addPageRoutes(app: Hono, deps: PageDeps): void {
  // Longer prefixes first, so "/en/world/" is the English edition's, not a main-edition section "en".
  const editions = [...deps.config.editions].sort((a, b) => b.path.length - a.path.length);
  for (const edition of editions) {
    const prefix = edition.path;
    app.get(prefix, (c) => homeHandler(c, deps, edition));
    if (prefix !== '/') app.get(prefix.slice(0, -1), (c) => c.redirect(prefix, 301));
    app.get(`${prefix}:section{${SECTION_ID}}/`, (c) => sectionHandler(c, deps, edition));
    app.get(`${prefix}:section{${SECTION_ID}}`, (c) => {
      const sectionId = c.req.param('section') ?? '';
      return isKnownSection(deps.config, sectionId) ? c.redirect(`${prefix}${sectionId}/`, 301) : c.notFound();
    });
    app.get(`${prefix}:section{${SECTION_ID}}/:ref`, (c) => articleHandler(c, deps, edition));
  }
}

async function homeHandler(c: Context, deps: PageDeps, edition: Edition): Promise<Response> {
  const chrome = pageChrome(deps, edition);
  const listed = deps.config.sections.filter((s) => s.id !== TRENDS_SECTION);
  const visibleAt = chrome.now.toISOString();
  const rows = await Promise.all(
    listed.map((s) => listEditionArticles(deps.store, deps.config, { edition, section: s.id, limit: HOME_ROWS_PER_SECTION, visibleAt })),
  );
  // One card per story on the whole page, where the story first appears.
  const cards = await oneCardPerStory(deps.store, deps.config, edition, rows, HOME_STORIES_PER_SECTION);
  const sections = listed.map((s, i) => ({
    id: s.id,
    title: sectionTitle(deps.config, s.id, edition.lang, chrome.strings),
    articles: cards[i] ?? [],
  }));
  const trends = await listTrendingArticles(deps.store, deps.config, { edition, limit: HOME_TRENDS, visibleAt });
  const trendsTitle = sectionTitle(deps.config, TRENDS_SECTION, edition.lang, chrome.strings);
  c.header('Cache-Control', PAGE_CACHE_CONTROL);
  return renderHtml(c, <HomePage chrome={chrome} sections={sections} trends={trends} trendsTitle={trendsTitle} />);
}

async function sectionHandler(c: Context, deps: PageDeps, edition: Edition): Promise<Response> {
  const sectionId = c.req.param('section') ?? '';
  const pageParam = c.req.query('page') ?? '1';
  if (!isKnownSection(deps.config, sectionId) || !PAGE_NUMBER.test(pageParam)) return c.notFound();
  const page = Number(pageParam);
  if (page > MAX_PAGE) return c.notFound();

  // One more than a page tells whether an older page exists.
  const request = { edition, limit: SECTION_PAGE_SIZE + 1, offset: (page - 1) * SECTION_PAGE_SIZE, visibleAt: deps.now().toISOString() };
  const isTrends = sectionId === TRENDS_SECTION;
  const rows = isTrends
    ? await listTrendingArticles(deps.store, deps.config, request)
    : await listEditionArticles(deps.store, deps.config, { ...request, section: sectionId });
  if (page > 1 && rows.length === 0) return c.notFound();
  // Trends are cards already; a section's reports say who else ran them and link their coverage.
  const shown = rows.slice(0, SECTION_PAGE_SIZE);
  const cards = isTrends ? shown : await cardsWithCoverage(deps.store, shown);

  const chrome = pageChrome(deps, edition);
  c.header('Cache-Control', PAGE_CACHE_CONTROL);
  return renderHtml(
    c,
    <SectionPage
      chrome={chrome}
      sectionId={sectionId}
      title={sectionTitle(deps.config, sectionId, edition.lang, chrome.strings)}
      intro={isTrends ? chrome.strings.trendsIntro : null}
      articles={cards}
      page={page}
      hasOlder={rows.length > SECTION_PAGE_SIZE}
    />,
  );
}

async function articleHandler(c: Context, deps: PageDeps, edition: Edition): Promise<Response> {
  const ref = ARTICLE_REF.exec(c.req.param('ref') ?? '');
  const id = Number(ref?.[1]);
  if (!ref || !Number.isSafeInteger(id)) return c.notFound();
  const stored = await deps.store.getArticle(id);
  if (!stored) return c.notFound();
  const now = deps.now();
  // A killed article is gone, and says so (in every edition: its translations live at its id too); an embargoed one is not there yet.
  const status = articleStatus(stored, now.toISOString());
  if (status === 'killed') return gone(c, deps, edition);
  if (status === 'embargoed') return c.notFound();
  const view = await articleView(deps.store, deps.config, edition, stored, c.req.query(ORIGINAL_QUERY) !== undefined);
  const article = view.article;

  // Raw path, not Hono's decoded one: the canonical path is already percent-encoded.
  if (new URL(c.req.url).pathname !== view.path.split('?')[0]) return c.redirect(view.path, 301);

  const chrome = pageChrome(deps, edition);
  const [source, recent, coverage, versions] = await Promise.all([
    deps.store.getSource(article.sourceId),
    listEditionArticles(deps.store, deps.config, {
      edition,
      section: article.section,
      limit: MORE_IN_SECTION + 1,
      visibleAt: now.toISOString(),
    }),
    coverageOf(deps.store, edition, article.id),
    deps.store.articleVersions(article.id),
  ]);
  const more = recent.filter((a) => a.id !== article.id).slice(0, MORE_IN_SECTION);
  c.header('Cache-Control', PAGE_CACHE_CONTROL);
  return renderHtml(
    c,
    <ArticlePage
      chrome={chrome}
      article={article}
      source={source}
      sectionTitle={sectionTitle(deps.config, article.section, edition.lang, chrome.strings)}
      more={more}
      coverage={coverage}
      view={view}
      versions={versions.length > 1 ? { versions, articleId: article.id, lang: article.lang } : null}
    />,
  );
}

/** The link to the article's story, when the story has other articles too. */
async function coverageOf(store: Store, edition: Edition, articleId: number): Promise<{ href: string; articleCount: number } | null> {
  const membership = (await store.storyMemberships([articleId])).get(articleId);
  const story = membership ? await store.getStory(membership.storyId) : null;
  return story && story.articleCount > 1 ? { href: storyPath(edition, story.id), articleCount: story.articleCount } : null;
}
