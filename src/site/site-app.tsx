/**
 * The public news site as a Hono app: pages of every edition, the stylesheet
 * and fonts, stored media, a 404 page in the site's chrome and a plain 500 page.
 * Everything is served from this origin; the CSP forbids anything else.
 */
import { Hono, type Context } from 'hono';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from '../config/schema.ts';
import type { Store } from '../store/store.ts';
import { addApiRoutes } from './api-routes.ts';
import { addAssetRoutes } from './assets-route.ts';
import { assertTimeZone } from './date-format.ts';
import { editionForPath } from './editions.ts';
import { addFeedRoutes } from './feed-routes.ts';
import { addMediaRoute } from './media-route.ts';
import { addRobotsRoute } from './robots-route.ts';
import { addSearchRoutes } from './search-routes.tsx';
import { addSitemapRoutes } from './sitemap-routes.ts';
import { ErrorPage, NotFoundPage } from './message-pages.tsx';
import { addPageRoutes, pageChrome, renderHtml, type PageDeps } from './page-routes.tsx';
import { loadSiteAssets } from './site-assets.ts';
import { addStoryRoutes } from './story-routes.tsx';
import { uiStrings } from './ui-strings.ts';

export interface SiteOptions {
  config: Config;
  store: Store;
  /** Folder of the media store: images named by the sha-256 of their bytes. */
  mediaDir: string;
  now?: () => Date;
  /**
   * The public base URL absolute links are made from; `site.baseUrl` when
   * omitted. The demo passes the address it really listens on, which it
   * learns only once listening (a free port with --port 0).
   */
  publicUrl?: () => string;
  /** Where server errors are reported; the reader sees only a plain 500 page. */
  logError?: (message: string, error: unknown) => void;
}

/**
 * Same-origin everything and no script at all. Inline styles are not needed:
 * every style lives in /assets/site.css.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'none'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The origin of a link still sees where its readers come from, but not which page. */
const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/**
 * The public site only reads. Any other method, known or not, is answered
 * 405 with the methods it allows (RFC 9110 §15.5.6), not with a 404 page:
 * the resource may well exist. The desk's forms post under /desk, which is
 * served by an app of its own and never reaches this one.
 */
const READ_METHODS = new Set(['GET', 'HEAD']);
const ALLOW = 'GET, HEAD';

export function createSiteApp(options: SiteOptions): Hono {
  const { config, store, mediaDir } = options;
  const now = options.now ?? (() => new Date());
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  assertTimeZone(config.site.timeZone);
  const assets = loadSiteAssets();
  const baseUrl = options.publicUrl ?? (() => config.site.baseUrl);
  const deps: PageDeps = { config, store, stylesheetUrl: assets.stylesheet.url, iconUrl: assets.icon.url, now, baseUrl };

  const app = new Hono();
  app.use(
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      referrerPolicy: REFERRER_POLICY,
      // HSTS belongs to whoever terminates TLS; a laptop demo on http has no business sending it.
      strictTransportSecurity: false,
    }),
  );
  app.use(async (c, next) => {
    if (READ_METHODS.has(c.req.method)) return next();
    c.header('Allow', ALLOW);
    c.header('Cache-Control', 'no-store');
    return c.text('405 Method Not Allowed: this site answers GET and HEAD only\n', 405);
  });
  app.use(etag());

  addAssetRoutes(app, assets);
  addMediaRoute(app, mediaDir);
  // Before the pages: `/api/sources` would otherwise read as section "api", article "sources".
  addApiRoutes(app, { store, now });
  // Before the pages: `/en/search` would otherwise read as a section "search".
  addSearchRoutes(app, deps);
  addRobotsRoute(app, deps);
  addSitemapRoutes(app, deps);
  // Before the pages: `/en/world/rss.xml` would otherwise read as an article "rss.xml".
  addFeedRoutes(app, deps);
  // Before the pages: `/story/<id>` would otherwise read as section "story", article <id>.
  addStoryRoutes(app, deps);
  addPageRoutes(app, deps);

  app.notFound((c) => notFound(c, deps));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) return error.getResponse();
    logError(`site: ${c.req.method} ${c.req.path} failed`, error);
    return serverError(c, config);
  });
  return app;
}

/** Asked again each time: an unknown article id may exist a moment later (an embargo ends, an ingest pass runs). */
const NOT_FOUND_CACHE_CONTROL = 'public, no-cache';

function notFound(c: Context, deps: PageDeps): Promise<Response> {
  const chrome = pageChrome(deps, editionForPath(deps.config, c.req.path));
  c.header('Cache-Control', NOT_FOUND_CACHE_CONTROL);
  return renderHtml(c, <NotFoundPage chrome={chrome} />, 404);
}

async function serverError(c: Context, config: Config): Promise<Response> {
  const edition = editionForPath(config, c.req.path);
  c.header('Cache-Control', 'no-store');
  const page = <ErrorPage edition={edition} strings={uiStrings(edition.lang)} siteName={edition.title ?? config.site.name} />;
  return renderHtml(c, page, 500);
}
