/**
 * POST /desk/login/code: the second step of signing in to an account with
 * two-factor sign-in, after its password was right on this session. A wrong
 * or used code is a failed sign-in like a wrong password (counted, throttled,
 * logged); a session that gave no password, or gave it too long ago, starts
 * again at the login form.
 */
import { safeNextPath } from '../access.ts';
import type { DeskContext, DeskDeps, DeskHandler } from '../desk-context.ts';
import { formatWait } from '../desk-dates.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { textField } from '../forms/form-values.ts';
import { loginWait } from '../login-throttle.ts';
import { LoginCodePage } from '../pages/login-code-page.tsx';
import { PENDING_SIGN_IN_MS } from '../session/session-limits.ts';
import { secondFactorPasses } from '../two-factor.ts';
import { again, failedSignIn, signIn, visitorSession } from './login-check.tsx';

/** A code is six digits, perhaps spaced as apps show it; anything longer is no code. */
const MAX_CODE_LENGTH = 16;

export const loginCode: DeskHandler = async (c, deps) => {
  const session = visitorSession(c);
  const body = await c.req.parseBody();
  const next = textField(body, 'next');
  const now = deps.now();
  const pending = session.pending ?? null;
  const user = pending && now.getTime() - Date.parse(pending.at) <= PENDING_SIGN_IN_MS ? await deps.store.getUser(pending.userId) : null;
  if (!user || user.disabledAt !== null || !user.totpEnabled) {
    if (pending) await deps.store.setSessionPending(session.idHash, null);
    return again(c, deps, '', next, deps.strings.loginCodeExpired, 401);
  }
  const attempt = { email: user.email, address: deps.clientAddress(c) };
  const wait = await loginWait(deps.store, attempt, now);
  if (wait > 0) {
    c.header('Retry-After', String(Math.ceil(wait / 1000)));
    return codeAgain(c, deps, next, deps.strings.tooManyAttempts(formatWait(wait, deps.lang)), 429);
  }
  if (!(await secondFactorPasses(deps.store, user, textField(body, 'code').slice(0, MAX_CODE_LENGTH), now))) {
    await failedSignIn(deps, attempt, now);
    return codeAgain(c, deps, next, deps.strings.loginCodeFailed, 401);
  }
  return signIn(c, deps, user, attempt, now, next);
};

function codeAgain(c: DeskContext, deps: DeskDeps, next: string, error: string, status: 401 | 429): Promise<Response> {
  return renderDeskPage(c, <LoginCodePage deps={deps} session={visitorSession(c)} next={next ? safeNextPath(next) : ''} error={error} />, status);
}
