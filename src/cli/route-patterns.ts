/**
 * Which route of the site or the desk a request went to, as its pattern
 * (`/desk/articles/:id`, `/:section/:ref`), for the metrics' `route` label: raw
 * paths would make a series per article. The patterns come from the apps' own
 * route tables, matched by Hono's router as the apps match them.
 */
import type { Hono } from 'hono';
import { TrieRouter } from 'hono/router/trie-router';

/** Requests no route of the apps answers (404s from the catch-all middlewares). */
export const UNMATCHED_ROUTE = 'unmatched';

export type RoutePatterns = (method: string, path: string) => string;

/** Where several apps' routes match a path, the first app's win: list them in the order requests are dispatched to them. */
export function routePatterns(apps: readonly Pick<Hono, 'routes'>[]): RoutePatterns {
  const router = new TrieRouter<string>();
  for (const app of apps) {
    // ALL routes are the middlewares (app.use): they match every path and name none.
    for (const route of app.routes) if (route.method !== 'ALL') router.add(route.method, route.path, readable(route.path));
  }
  return (method, path) => {
    const [matches] = router.match(method === 'HEAD' ? 'GET' : method, path);
    return matches[0]?.[0] ?? UNMATCHED_ROUTE;
  };
}

/** `/:section{[a-z0-9][a-z0-9-]*}/:ref` reads `/:section/:ref`. */
function readable(pattern: string): string {
  return pattern.replace(/(:\w+)\{[^}]*\}/g, '$1');
}
