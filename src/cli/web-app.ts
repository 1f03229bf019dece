/**
 * The one web server `serve` and `demo` run: the editorial desk under /desk
 * and the public site everywhere else, each a Hono app of its own with its own
 * headers (the site's `script-src 'none'` CSP, the desk's own), errors and
 * 404 pages. Requests go to exactly one of them by path.
 */
import { Hono } from 'hono';
import { createDeskApp, type DeskAppOptions } from '../desk/desk-app.tsx';
import { createSiteApp, type SiteOptions } from '../site/site-app.tsx';
import { routePatterns } from './route-patterns.ts';
import { mountServiceRoutes, type ServiceRoutesOptions } from './service-routes.ts';

export type WebAppOptions = SiteOptions &
  Pick<DeskAppOptions, 'clientAddress' | 'passwordParams'> & {
    /** `serve`'s /healthz, /readyz and /metrics, and request timing; absent in tests of the pages alone. */
    service?: Omit<ServiceRoutesOptions, 'config' | 'store'>;
  };

export function createWebApp(options: WebAppOptions): Hono {
  const site = createSiteApp(options);
  const desk = createDeskApp(options);
  const app = new Hono();
  if (options.service) mountServiceRoutes(app, { ...options.service, config: options.config, store: options.store }, routePatterns([desk, site]));
  // c.env carries the node server's socket, which the desk reads the client's address from.
  app.all('/desk', (c) => desk.fetch(c.req.raw, c.env));
  app.all('/desk/*', (c) => desk.fetch(c.req.raw, c.env));
  app.all('*', (c) => site.fetch(c.req.raw, c.env));
  return app;
}
