/**
 * The desk's session cookie and the random values behind it. The cookie
 * carries a 256-bit random id; the database keeps only its sha-256, so a
 * copy of the sessions table cannot be replayed as cookies.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_ABSOLUTE_MS } from './session-limits.ts';

export const SESSION_COOKIE = 'wiredesk_session';
/** The cookie goes only with desk requests, never with the public site's. */
export const SESSION_COOKIE_PATH = '/desk';
/** 32 random bytes, as OWASP's session guidance asks for at least 64 bits of entropy (the issue: 128). */
const ID_BYTES = 32;
/** base64url of 32 bytes: anything else in the cookie is not ours and is not looked up. */
const ID_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export function newSessionId(): string {
  return randomBytes(ID_BYTES).toString('base64url');
}

export function newCsrfToken(): string {
  return randomBytes(ID_BYTES).toString('base64url');
}

export function sessionIdHash(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

/** The session id the request's cookie carries, when it is well-formed. */
export function sessionIdFrom(c: Context): string | null {
  const id = getCookie(c, SESSION_COOKIE);
  return id !== undefined && ID_FORMAT.test(id) ? id : null;
}

/**
 * HttpOnly (no script reads it), SameSite=Lax (not sent with cross-site
 * POSTs), Path=/desk, and Secure when the site is served over https. It lives
 * as long as a session can; the server ends it sooner when idle.
 */
export function setSessionCookie(c: Context, id: string, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'Lax',
    path: SESSION_COOKIE_PATH,
    secure,
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: SESSION_COOKIE_PATH, secure, httpOnly: true, sameSite: 'Lax' });
}
