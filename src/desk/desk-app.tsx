/**
 * The editorial desk as a Hono app under /desk: sessions, CSRF, deny-by-default
 * access, and the routes of desk-routes.ts. Its pages have their own strict
 * CSP and are never cached; the public site's headers do not apply here.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from '../config/schema.ts';
import { mainEdition } from '../site/editions.ts';
import type { Store } from '../store/store.ts';
import { clientAddressResolver, type ClientAddressOf } from '../util/client-address.ts';
import { accessMiddleware, guarded, isPublicRoute } from './access.ts';
import { csrfMiddleware } from './csrf-middleware.ts';
import { loadDeskStylesheet } from './desk-assets.ts';
import type { DeskDeps, DeskEnv } from './desk-context.ts';
import { DESK_ROUTES, type DeskRoute } from './desk-routes.ts';
import { deskStrings } from './desk-strings.ts';
import type { DeskTranslation } from './desk-translation.ts';
import { renderNotFound, renderServerError } from './pages/message-page.tsx';
import { SCRYPT_DEFAULTS, type ScryptParams } from './password-hash.ts';
import { sessionMiddleware } from './session/session-middleware.ts';

export interface DeskAppOptions {
  config: Config;
  store: Store;
  now?: () => Date;
  logError?: (message: string, error: unknown) => void;
  /** The client's address; by default the peer of the socket (@hono/node-server). */
  clientAddress?: (c: Context) => string;
  /** scrypt parameters for new hashes; tests that are not about hashing pass cheaper ones. */
  passwordParams?: ScryptParams;
  /** The configured engines, for "translate again"; without them the desk offers no re-translation. */
  translation?: DeskTranslation | null;
}

/**
 * Same-origin styles only, no frames, no plugins, forms only to the desk. No
 * desk page uses script yet; if one ever needs it, it must come from this
 * origin ('self'), never inline.
 */
const DESK_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Large enough for a whole post-edited article; login and user forms are a few hundred bytes. */
const DESK_BODY_LIMIT = 1024 * 1024;

export function createDeskApp(options: DeskAppOptions): Hono<DeskEnv> {
  const deps = deskDeps(options);
  const app = new Hono<DeskEnv>({ strict: false });
  app.use(
    secureHeaders({
      contentSecurityPolicy: DESK_CSP,
      xFrameOptions: 'DENY',
      // Desk URLs (user ids, filters) stay on the desk.
      referrerPolicy: 'same-origin',
      strictTransportSecurity: false,
    }),
  );
  app.use(async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  app.use(bodyLimit({ maxSize: DESK_BODY_LIMIT, onError: (c) => c.text('Request too large for the desk', 413) }));
  app.use(sessionMiddleware(deps));
  app.use(csrfMiddleware(deps));
  app.use(accessMiddleware());
  for (const route of DESK_ROUTES) addRoute(app, route, deps);
  app.notFound((c) => renderNotFound(c, deps));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) return error.getResponse();
    deps.logError(`desk: ${c.req.method} ${c.req.path} failed`, error);
    return renderServerError(c, deps);
  });
  return app;
}

function addRoute(app: Hono<DeskEnv>, route: DeskRoute, deps: DeskDeps): void {
  // The public list in access.ts is the one place a route becomes public.
  if ((route.access === 'public') !== isPublicRoute(route.method, route.path)) {
    throw new Error(`desk: route ${route.method} ${route.path} is "${route.access}" in desk-routes.ts but ${isPublicRoute(route.method, route.path) ? '' : 'not '}in access.ts's public list`);
  }
  const handler = guarded(route.access, route.handler);
  app.on(route.method, route.path, (c) => handler(c, deps));
}

function deskDeps(options: DeskAppOptions): DeskDeps {
  const { config } = options;
  const lang = mainEdition(config).lang;
  return {
    config,
    store: options.store,
    now: options.now ?? (() => new Date()),
    logError: options.logError ?? ((message, error) => console.error(message, error)),
    clientAddress: options.clientAddress ?? forwardedClientAddress(clientAddressResolver(config.proxy.trusted)),
    passwordParams: options.passwordParams ?? SCRYPT_DEFAULTS,
    lang,
    strings: deskStrings(lang),
    secureCookies: new URL(config.site.baseUrl).protocol === 'https:',
    stylesheet: loadDeskStylesheet(),
    translation: options.translation ?? null,
  };
}

/**
 * The client's address: the connection's peer, or behind the trusted proxies
 * (`proxy.trusted`) the address X-Forwarded-For gives. Without that setting
 * behind a proxy every request comes from the proxy, and the per-address
 * login throttle counts all clients together.
 */
function forwardedClientAddress(resolve: ClientAddressOf): (c: Context) => string {
  return (c) => {
    let peer: string | undefined;
    try {
      peer = getConnInfo(c).remote.address;
    } catch {
      peer = undefined;
    }
    return resolve(peer, c.req.header('x-forwarded-for'));
  };
}
