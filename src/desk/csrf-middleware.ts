/**
 * Cross-site request forgery, refused in one place for every state-changing
 * request (POST, PUT, PATCH, DELETE): the request must come from the site's
 * own origin (hono's `csrf` checks Origin and Sec-Fetch-Site), and carry the
 * session's token, as the form's hidden field or an X-CSRF-Token header,
 * compared in constant time. Either missing or wrong is 403.
 */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import type { DeskContext, DeskDeps, DeskEnv } from './desk-context.ts';
import { renderForbidden } from './pages/message-page.tsx';

/** Name of the hidden field every desk form carries. */
export const CSRF_FIELD = 'csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

const SAFE_METHOD = /^(GET|HEAD|OPTIONS)$/;

export function csrfMiddleware(deps: DeskDeps): MiddlewareHandler<DeskEnv> {
  const siteOrigin = new URL(deps.config.site.baseUrl).origin;
  // The public base URL, or the address the request reached (a laptop demo on 127.0.0.1).
  const originCheck = csrf({ origin: (origin, c) => origin === siteOrigin || origin === new URL(c.req.url).origin });
  return async (c, next) => {
    if (SAFE_METHOD.test(c.req.method)) return next();
    const sameOrigin = await passes(() => originCheck(c, () => Promise.resolve()));
    const expected = c.get('session')?.csrfToken;
    const given = c.req.header(CSRF_HEADER) ?? (await formToken(c));
    if (!sameOrigin || expected === undefined || given === null || !tokensEqual(given, expected)) {
      return renderForbidden(c, deps, deps.strings.formExpired);
    }
    return next();
  };
}

async function passes(check: () => Promise<unknown>): Promise<boolean> {
  try {
    await check();
    return true;
  } catch (error) {
    if (error instanceof HTTPException && error.status === 403) return false;
    throw error;
  }
}

/** The hidden field of a form post; hono keeps the parsed body for the handler. */
async function formToken(c: DeskContext): Promise<string | null> {
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) return null;
  const value = (await c.req.parseBody())[CSRF_FIELD];
  return typeof value === 'string' ? value : null;
}

function tokensEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  // The length of a random token says nothing; comparing only equal lengths keeps timingSafeEqual's contract.
  return a.length === b.length && timingSafeEqual(a, b);
}
