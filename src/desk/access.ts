/**
 * Deny by default. The few desk routes anyone may request are listed here and
 * nowhere else; every other request needs a signed-in user, and each route
 * names the privilege it needs, checked on the server before its handler runs.
 */
import type { MiddlewareHandler } from 'hono';
import type { DeskContext, DeskEnv, DeskHandler } from './desk-context.ts';
import { renderForbidden } from './pages/message-page.tsx';
import { hasPrivilege, type Privilege } from './roles.ts';

/** The login page, its form and its second step (the code of a two-factor account), and the desk's own stylesheet. */
const PUBLIC_ROUTES: ReadonlySet<string> = new Set(['GET /desk/login', 'POST /desk/login', 'POST /desk/login/code', 'GET /desk/assets/desk.css']);

export const LOGIN_PATH = '/desk/login';
export const HOME_PATH = '/desk';

/** What a route asks of the requester: nothing (only the routes above), a signed-in user, or a privilege. */
export type Access = 'public' | 'signed-in' | Privilege;

export function isPublicRoute(method: string, path: string): boolean {
  const verb = method === 'HEAD' ? 'GET' : method;
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return PUBLIC_ROUTES.has(`${verb} ${trimmed}`);
}

/** Everyone who is not signed in goes to the login page, which brings them back to a page they asked for. */
export function accessMiddleware(): MiddlewareHandler<DeskEnv> {
  return async (c, next) => {
    if (isPublicRoute(c.req.method, c.req.path) || c.get('session')?.user) return next();
    return c.redirect(loginPathFor(c), 303);
  };
}

/** The handler behind its route's privilege check. */
export function guarded(access: Access, handler: DeskHandler): DeskHandler {
  if (access === 'public') return handler;
  return async (c, deps) => {
    const user = c.get('session')?.user;
    // The access middleware has sent anonymous requests to the login page already; this is the second lock.
    if (!user) return c.redirect(loginPathFor(c), 303);
    if (access !== 'signed-in' && !hasPrivilege(user.role, access)) {
      return renderForbidden(c, deps, deps.strings.noPrivilege(deps.strings.roleName(user.role)));
    }
    return handler(c, deps);
  };
}

function loginPathFor(c: DeskContext): string {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return LOGIN_PATH;
  const url = new URL(c.req.url);
  const back = `${url.pathname}${url.search}`;
  return back === HOME_PATH ? LOGIN_PATH : `${LOGIN_PATH}?next=${encodeURIComponent(back)}`;
}

/**
 * Where to go after signing in: a desk path on this site, or the desk home.
 * `//evil.example`, `/desk/../x`, `https://…` and backslashes are not desk paths.
 */
export function safeNextPath(next: string | undefined): string {
  if (!next || !next.startsWith('/desk') || next.includes('\\') || next.startsWith('//')) return HOME_PATH;
  let url: URL;
  try {
    url = new URL(next, 'http://desk.invalid');
  } catch {
    return HOME_PATH;
  }
  if (url.origin !== 'http://desk.invalid' || !(url.pathname === HOME_PATH || url.pathname.startsWith(`${HOME_PATH}/`))) return HOME_PATH;
  if (url.pathname === LOGIN_PATH) return HOME_PATH;
  return `${url.pathname}${url.search}`;
}
