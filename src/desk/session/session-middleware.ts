/**
 * The desk's sessions: found from the cookie on every request, ended when
 * idle or old or when their user is disabled, started at the login form
 * and again, with a new id, at sign-in.
 */
import type { MiddlewareHandler } from 'hono';
import type { StoredUser } from '../../store/store.ts';
import type { DeskContext, DeskDeps, DeskEnv, DeskSession } from '../desk-context.ts';
import { clearSessionCookie, newCsrfToken, newSessionId, sessionIdFrom, sessionIdHash, setSessionCookie } from './session-cookie.ts';
import { isSessionLive, needsTouch, sessionCutoffs } from './session-limits.ts';

/**
 * Sessions past their limits are deleted on sight; the rest of them, left by
 * visitors who never came back, are purged at most this often.
 */
const PURGE_INTERVAL_MS = 10 * 60_000;

/** Sets `session` for the handlers: the live session of the cookie, or null. */
export function sessionMiddleware(deps: DeskDeps): MiddlewareHandler<DeskEnv> {
  return async (c, next) => {
    c.set('session', await liveSession(c, deps));
    await next();
  };
}

async function liveSession(c: DeskContext, deps: DeskDeps): Promise<DeskSession | null> {
  const id = sessionIdFrom(c);
  if (id === null) return null;
  const idHash = sessionIdHash(id);
  const stored = await deps.store.getSession(idHash);
  if (stored === null) return null;
  const now = deps.now();
  if (!isSessionLive(stored, now) || stored.user?.disabledAt) {
    await deps.store.deleteSession(idHash);
    return null;
  }
  if (needsTouch(stored, now)) await deps.store.touchSession(idHash, now.toISOString());
  return { idHash, csrfToken: stored.csrfToken, createdAt: stored.createdAt, user: stored.user, pending: stored.pending };
}

/** The login form's session, for its CSRF token: the visitor's own if live, else a new one. */
export async function ensureVisitorSession(c: DeskContext, deps: DeskDeps): Promise<DeskSession> {
  const current = c.get('session');
  if (current) return current;
  await purgeNowAndThen(deps);
  return startSession(c, deps, null);
}

/**
 * A new session for a user who just signed in, under a new id: the one the
 * visitor had before (which someone else may have planted) is deleted.
 */
export function startUserSession(c: DeskContext, deps: DeskDeps, user: StoredUser): Promise<DeskSession> {
  return startSession(c, deps, user);
}

/** Deletes the request's session and its cookie. */
export async function endSession(c: DeskContext, deps: DeskDeps): Promise<void> {
  const session = c.get('session');
  if (session) await deps.store.deleteSession(session.idHash);
  clearSessionCookie(c, deps.secureCookies);
  c.set('session', null);
}

async function startSession(c: DeskContext, deps: DeskDeps, user: StoredUser | null): Promise<DeskSession> {
  const id = newSessionId();
  const idHash = sessionIdHash(id);
  const csrfToken = newCsrfToken();
  const now = deps.now().toISOString();
  const replaces = c.get('session')?.idHash ?? null;
  await deps.store.startSession({ idHash, userId: user?.id ?? null, csrfToken, address: deps.clientAddress(c) }, now, replaces);
  setSessionCookie(c, id, deps.secureCookies);
  const session = { idHash, csrfToken, createdAt: now, user };
  c.set('session', session);
  return session;
}

/** When each store's sessions were last purged by this process. */
const lastPurge = new WeakMap<object, number>();

async function purgeNowAndThen(deps: DeskDeps): Promise<void> {
  const now = deps.now();
  const last = lastPurge.get(deps.store);
  if (last !== undefined && Math.abs(now.getTime() - last) < PURGE_INTERVAL_MS) return;
  lastPurge.set(deps.store, now.getTime());
  await deps.store.deleteExpiredSessions(sessionCutoffs(now));
}
