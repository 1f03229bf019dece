/**
 * Search: `<edition>search?q=…&page=N` (the page of each edition: `/search`,
 * `/en/search`, …) and `GET /api/search?q=&lang=&limit=&page=` (JSON).
 *
 * Whatever is typed gets an answer, never a server error: full-text syntax
 * is only punctuation to the parser (src/text/search-query.ts), a query
 * longer than MAX_QUERY_CHARS is cut there and the reader told, and an empty
 * one shows the form (page) or a 400 naming the problem (API).
 */
import type { Context, Hono } from 'hono';
import type { Config } from '../config/schema.ts';
import { MAX_QUERY_CHARS } from '../text/search-query.ts';
import { mainEdition, type Edition } from './editions.ts';
import { pageChrome, renderHtml, type PageDeps } from './page-routes.tsx';
import { SearchPage, searchPagePath } from './search-page.tsx';
import { searchEdition, type SearchOutcome } from './search-results.ts';
import { snippetHtml } from './search-snippet.ts';
import { absoluteUrl } from './site-url.ts';

/** Results per page: a screenful with snippets. */
const PAGE_SIZE = 10;
/** API results per request unless asked, and at most. */
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;
/**
 * Deepest page served: every page costs the engine the ranking of all the
 * pages before it, and nobody reads a hundred pages of search results.
 */
const MAX_PAGE = 100;
const WHOLE_NUMBER = /^[0-9]{1,6}$/;

/** Results change as articles arrive, are killed or corrected: revalidated every time, as the site's pages are. */
const SEARCH_CACHE_CONTROL = 'public, no-cache';

export function addSearchRoutes(app: Hono, deps: PageDeps): void {
  app.get('/api/search', (c) => apiSearch(c, deps));
  for (const edition of deps.config.editions) {
    app.get(searchPagePath(edition.path), (c) => pageSearch(c, deps, edition));
  }
}

async function pageSearch(c: Context, deps: PageDeps, edition: Edition): Promise<Response> {
  const chrome = pageChrome(deps, edition);
  const typed = c.req.query('q') ?? '';
  // A page number that is not one shows the first page rather than an error page.
  const asked = Number(c.req.query('page') ?? '1');
  const page = Number.isInteger(asked) && asked >= 1 && asked <= MAX_PAGE ? asked : 1;
  const outcome = await searchEdition(deps.store, deps.config, { edition, query: typed, page, pageSize: PAGE_SIZE, visibleAt: chrome.now.toISOString() });
  c.header('Cache-Control', SEARCH_CACHE_CONTROL);
  c.header('X-Robots-Tag', 'noindex');
  const query = Array.from(typed).slice(0, MAX_QUERY_CHARS).join('');
  return renderHtml(c, <SearchPage chrome={chrome} query={query} page={page} outcome={outcome} />);
}

async function apiSearch(c: Context, deps: PageDeps): Promise<Response> {
  c.header('Cache-Control', SEARCH_CACHE_CONTROL);
  const problem = (message: string) => c.json({ error: message }, 400);
  const edition = editionOfLang(deps.config, c.req.query('lang'));
  if (edition === null) return problem(`lang must be the language of an edition: ${deps.config.editions.map((e) => e.lang).join(', ')}`);
  const limitParam = c.req.query('limit') ?? String(DEFAULT_LIMIT);
  const limit = Number(limitParam);
  if (!WHOLE_NUMBER.test(limitParam) || limit < 1 || limit > MAX_LIMIT) return problem(`limit must be a whole number from 1 to ${MAX_LIMIT}`);
  const pageParam = c.req.query('page') ?? '1';
  const page = Number(pageParam);
  if (!WHOLE_NUMBER.test(pageParam) || page < 1 || page > MAX_PAGE) return problem(`page must be a whole number from 1 to ${MAX_PAGE}`);
  const query = c.req.query('q') ?? '';
  if (query.trim() === '') return problem('q is empty: give one or more words to search for');
  const outcome = await searchEdition(deps.store, deps.config, { edition, query, page, pageSize: limit, visibleAt: deps.now().toISOString() });
  if (outcome.terms.length === 0) return problem('q has no words to search for, only punctuation or symbols');
  return c.json(apiBody(deps.baseUrl(), outcome, { edition, query, page, limit }));
}

function apiBody(baseUrl: string, outcome: SearchOutcome, asked: { edition: Edition; query: string; page: number; limit: number }) {
  const next = outcome.hasMore
    ? absoluteUrl(baseUrl, `/api/search?${new URLSearchParams({ q: asked.query, lang: asked.edition.lang, limit: String(asked.limit), page: String(asked.page + 1) }).toString()}`)
    : null;
  return {
    results: outcome.results.map((result) => ({
      id: result.id,
      url: absoluteUrl(baseUrl, result.path),
      headline: result.headline,
      lang: result.lang,
      published: result.published,
      snippet: snippetHtml(result.snippet),
    })),
    page: asked.page,
    next,
    ...(outcome.truncated ? { notice: `q was cut to its first ${MAX_QUERY_CHARS} characters (or words) before searching` } : {}),
  };
}

/** The edition of `lang`; the main edition when none is asked for; null for a language without an edition. */
function editionOfLang(config: Config, lang: string | undefined): Edition | null {
  if (lang === undefined || lang === '') return mainEdition(config);
  return config.editions.find((e) => e.lang === lang) ?? null;
}
