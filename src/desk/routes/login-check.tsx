/**
 * POST /desk/login: checks the email and password (and the TOTP code of an
 * account with two-factor sign-in), slowly when someone has been guessing,
 * and starts a session under a new id. Every failure reads the same, whether
 * or not the account exists and whichever factor was wrong.
 */
import { safeNextPath } from '../access.ts';
import { recordAudit, userActor } from '../audit.ts';
import type { DeskContext, DeskDeps, DeskHandler } from '../desk-context.ts';
import { formatWait } from '../desk-dates.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { parseLoginForm, type LoginForm } from '../forms/login-form.ts';
import { loginWait, recordFailedLogin, recordSuccessfulLogin } from '../login-throttle.ts';
import { LoginPage } from '../pages/login-page.tsx';
import { hashPassword, verifyNothing, verifyPassword } from '../password-hash.ts';
import { startUserSession } from '../session/session-middleware.ts';
import { secondFactorPasses } from '../two-factor.ts';

export const loginCheck: DeskHandler = async (c, deps) => {
  const { form, email, next } = parseLoginForm((await c.req.parseBody()));
  if (form === null) return again(c, deps, email, next, deps.strings.loginIncomplete, 400);
  const now = deps.now();
  const attempt = { email: form.email, address: deps.clientAddress(c) };
  const wait = await loginWait(deps.store, attempt, now);
  if (wait > 0) {
    c.header('Retry-After', String(Math.ceil(wait / 1000)));
    return again(c, deps, form.email, form.next, deps.strings.tooManyAttempts(formatWait(wait, deps.lang)), 429);
  }
  const checked = await checkPassword(deps, form);
  const user = checked !== null && (await secondFactorPasses(deps.store, checked, form.code, now)) ? checked : null;
  if (user === null) {
    await recordFailedLogin(deps.store, attempt, now);
    await recordAudit(deps.store, { kind: 'unverified', email: form.email }, { action: 'login-failed', address: attempt.address }, now);
    return again(c, deps, form.email, form.next, deps.strings.loginFailed, 401);
  }
  await recordSuccessfulLogin(deps.store, attempt, now);
  await deps.store.recordUserLogin(user.id, now.toISOString());
  await startUserSession(c, deps, user);
  await recordAudit(deps.store, userActor(user), { action: 'login', object: { type: 'user', id: user.id }, address: attempt.address }, now);
  return c.redirect(safeNextPath(form.next), 303);
};

/** The account when the password is its own and it is enabled; null otherwise, after the same work either way. */
async function checkPassword(deps: DeskDeps, form: LoginForm) {
  const user = await deps.store.getUserByEmail(form.email);
  if (user === null) {
    await verifyNothing(form.password, deps.passwordParams);
    return null;
  }
  const verdict = await verifyPassword(form.password, user.passwordHash, deps.passwordParams);
  if (!verdict.ok || user.disabledAt !== null) return null;
  if (verdict.needsRehash) {
    // The password is known only now: bring its hash up to the current parameters.
    await deps.store.setUserPassword(user.id, await hashPassword(form.password, deps.passwordParams), deps.now().toISOString());
  }
  return user;
}

function again(c: DeskContext, deps: DeskDeps, email: string, next: string, error: string, status: 400 | 401 | 429): Promise<Response> {
  const session = c.get('session');
  // The CSRF check passed, so there is a session; a missing one is a broken invariant.
  if (!session) throw new Error('desk: login form posted without a session');
  const page = <LoginPage deps={deps} session={session} email={email} next={next ? safeNextPath(next) : ''} error={error} />;
  return renderDeskPage(c, page, status);
}
