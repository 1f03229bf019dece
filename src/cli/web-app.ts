/**
 * The one web server `serve` and `demo` run: the editorial desk under /desk
 * and the public site everywhere else, each a Hono app of its own with its own
 * headers (the site's `script-src 'none'` CSP, the desk's own), errors and
 * 404 pages. Requests go to exactly one of them by path.
 */
import { Hono } from 'hono';
import { createDeskApp, type DeskAppOptions } from '../desk/desk-app.tsx';
import type { DeskTranslation } from '../desk/desk-translation.ts';
import { retranslateArticle, servesPair } from '../pipeline/article-retranslation.ts';
import type { TranslationServices } from '../pipeline/translation-step.ts';
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
  };

export function createWebApp(options: WebAppOptions): Hono {
  const site = createSiteApp(options);
  const translation = options.translation ? deskTranslation(options.store, options.translation, options.now ?? (() => new Date())) : null;
  const desk = createDeskApp({ ...options, translation });
  const app = new Hono();
  if (options.service) mountServiceRoutes(app, { ...options.service, config: options.config, store: options.store }, routePatterns([desk, site]));
  // c.env carries the node server's socket, which the desk reads the client's address from.
  app.all('/desk', (c) => desk.fetch(c.req.raw, c.env));
  app.all('/desk/*', (c) => desk.fetch(c.req.raw, c.env));
  app.all('*', (c) => site.fetch(c.req.raw, c.env));
  return app;
}

/** The desk's view of the engines: none when the configuration has none. */
export function deskTranslation(store: Store, services: TranslationServices, now: () => Date): DeskTranslation | null {
  if (services.engines.length === 0) return null;
  return {
    serves: (pair) => servesPair(services, pair),
    translateAgain: (translation, article) => retranslateArticle(store, services, now, article, translation),
  };
}
