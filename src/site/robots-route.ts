/**
 * `/robots.txt` (RFC 9309): every crawler may read the site but not the
 * editorial desk or the JSON API, and is told where the sitemaps are.
 */
import type { Hono } from 'hono';
import type { PageDeps } from './page-routes.tsx';
import { NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH } from './sitemap-routes.ts';
import { absoluteUrl } from './site-url.ts';

/** Rules change only with a new version of wiredesk; an hour is plenty. */
const ROBOTS_CACHE_CONTROL = 'public, max-age=3600';

/**
 * `/desk/` and `/api/` with their slash, so a section whose id merely starts
 * with those letters (`/desktop/`) stays crawlable; `/desk$` (the desk's
 * front door) uses the end anchor Google and Bing honour, and reads as a
 * harmless literal path to crawlers that do not (the desk's pages say
 * noindex anyway).
 */
const DISALLOWED = ['/desk$', '/desk/', '/api/'];

export function addRobotsRoute(app: Hono, deps: PageDeps): void {
  app.get('/robots.txt', (c) => {
    const url = (path: string) => absoluteUrl(deps.baseUrl(), path);
    const lines = [
      'User-agent: *',
      ...DISALLOWED.map((path) => `Disallow: ${path}`),
      '',
      `Sitemap: ${url(SITEMAP_INDEX_PATH)}`,
      `Sitemap: ${url(NEWS_SITEMAP_PATH)}`,
      '',
    ];
    return c.body(lines.join('\n'), 200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': ROBOTS_CACHE_CONTROL });
  });
}
