/**
 * The one web server `serve` and `demo` run: the editorial desk under /desk
 * and the public site everywhere else, each a Hono app of its own with its own
 * headers (the site's `script-src 'none'` CSP, the desk's own), errors and
 * 404 pages. Requests go to exactly one of them by path.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Hono } from 'hono';
import { createDeskApp, type DeskAppOptions } from '../desk/desk-app.tsx';
import type { DeskTranslation } from '../desk/desk-translation.ts';
import { retranslateArticle, servesPair } from '../pipeline/article-retranslation.ts';
import type { TranslationServices } from '../pipeline/translation-step.ts';
import { createPageCache, type PageCache } from '../site/page-cache.ts';
import { createSiteApp, type SiteOptions } from '../site/site-app.tsx';
import type { Store } from '../store/store.ts';
import { routePatterns } from './route-patterns.ts';
import { mountServiceRoutes, type ServiceRoutesOptions } from './service-routes.ts';

export type WebAppOptions = SiteOptions &
  Pick<DeskAppOptions, 'clientAddress' | 'passwordParams'> & {
    /** The configured engines and glossaries: the desk's "translate again" uses them. */
    translation?: TranslationServices;
    /** `serve`'s /healthz, /readyz and /metrics, and request timing; absent in tests of the pages alone. */
    service?: Omit<ServiceRoutesOptions, 'config' | 'store'>;
    /** Keep rendered public responses in memory (`renderCache` in the configuration); off when absent or disabled. */
    renderCache?: boolean;
  };

export interface WebHandlers {
  app: Hono;
  /** The render cache, when on. */
  pageCache: PageCache | null;
  /**
   * Answers a cached public response on Node's own request, before any
   * routing, and says whether it did; the listener hands the rest to `app`.
   */
  fastPath: ((req: IncomingMessage, res: ServerResponse) => boolean) | null;
}

export function createWebApp(options: WebAppOptions): Hono {
  return createWebHandlers(options).app;
}

export function createWebHandlers(options: WebAppOptions): WebHandlers {
  const site = createSiteApp(options);
  const now = options.now ?? (() => new Date());
  const translation = options.translation ? deskTranslation(options.store, options.translation, now) : null;
  const desk = createDeskApp({ ...options, translation });
  const routeOf = routePatterns([desk, site]);
  const pageCache = options.renderCache && options.config.renderCache.enabled ? createCache(options, now, routeOf) : null;
  const app = new Hono();
  if (options.service) mountServiceRoutes(app, { ...options.service, config: options.config, store: options.store }, routeOf);
  // c.env carries the node server's socket, which the desk reads the client's address from.
  app.all('/desk', (c) => desk.fetch(c.req.raw, c.env));
  app.all('/desk/*', async (c) => {
    const response = await desk.fetch(c.req.raw, c.env);
    // A desk action may have changed what the site shows: the editor's next look at it must not get an earlier rendering.
    if (c.req.method === 'POST') pageCache?.changedHere();
    return response;
  });
  if (pageCache) app.all('*', (c) => pageCache.respond(c.req.raw, async (request) => site.fetch(request, c.env)));
  else app.all('*', (c) => site.fetch(c.req.raw, c.env));
  const metrics = options.service?.metrics;
  const fastPath = pageCache
    ? (req: IncomingMessage, res: ServerResponse): boolean => {
        const started = performance.now();
        const sent = pageCache.serveNode(req, res);
        if (!sent) return false;
        metrics?.requestDone({ method: req.method ?? 'GET', route: sent.route, status: sent.status, seconds: (performance.now() - started) / 1000 });
        return true;
      }
    : null;
  return { app, pageCache, fastPath };
}

function createCache(options: WebAppOptions, now: () => Date, routeOf: (method: string, path: string) => string): PageCache {
  const settings = options.config.renderCache;
  return createPageCache({
    store: options.store,
    settings: {
      maxBytes: settings.maxMegabytes * 1024 * 1024,
      checkEveryMs: settings.checkEveryMs,
      maxAgeMs: settings.maxAgeSeconds * 1000,
      brotliQuality: settings.brotliQuality,
      gzipLevel: settings.gzipLevel,
      staleWhileRenderMs: settings.staleWhileRenderMs,
    },
    publicUrl: options.publicUrl ?? (() => options.config.site.baseUrl),
    clock: () => now().getTime(),
    routeOf: (path) => routeOf('GET', path),
    ...(options.logError ? { logError: options.logError } : {}),
  });
}

/** The desk's view of the engines: none when the configuration has none. */
export function deskTranslation(store: Store, services: TranslationServices, now: () => Date): DeskTranslation | null {
  if (services.engines.length === 0) return null;
  return {
    serves: (pair) => servesPair(services, pair),
    translateAgain: (translation, article) => retranslateArticle(store, services, now, article, translation),
  };
}
