/**
 * POST /desk/login: checks the email and password, slowly when someone has
 * been guessing, and starts a session under a new id. Every failure reads
 * the same and takes as long, whether or not the account exists. An account
 * with two-factor sign-in is not signed in yet: the session waits for its
 * code (login-code.tsx).
 */
import { safeNextPath } from '../access.ts';
import { recordAudit, userActor } from '../audit.ts';
import type { DeskContext, DeskDeps, DeskHandler } from '../desk-context.ts';
import { formatWait } from '../desk-dates.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { parseLoginForm, type LoginForm } from '../forms/login-form.ts';
import { loginWait, recordFailedLogin, recordSuccessfulLogin } from '../login-throttle.ts';
import { LoginCodePage } from '../pages/login-code-page.tsx';
import { LoginPage } from '../pages/login-page.tsx';
import { hashPassword, verifyNothing, verifyPassword } from '../password-hash.ts';
import { startUserSession } from '../session/session-middleware.ts';
import type { StoredUser } from '../../store/store.ts';

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
  const user = await checkPassword(deps, form);
  if (user === null) {
    await failedSignIn(deps, attempt, now);
    return again(c, deps, form.email, form.next, deps.strings.loginFailed, 401);
  }
  if (user.totpEnabled) {
    const session = visitorSession(c);
    await deps.store.setSessionPending(session.idHash, { userId: user.id, at: now.toISOString() });
    return renderDeskPage(c, <LoginCodePage deps={deps} session={session} next={form.next ? safeNextPath(form.next) : ''} error={null} />);
  }
  return signIn(c, deps, user, attempt, now, form.next);
};

/** Every factor was right: a new session under a new id, the account's failures cleared, the login logged. */
export async function signIn(c: DeskContext, deps: DeskDeps, user: StoredUser, attempt: { email: string; address: string }, now: Date, next: string): Promise<Response> {
  await recordSuccessfulLogin(deps.store, attempt, now);
  await deps.store.recordUserLogin(user.id, now.toISOString());
  await startUserSession(c, deps, user);
  await recordAudit(deps.store, userActor(user), { action: 'login', object: { type: 'user', id: user.id }, address: attempt.address }, now);
  return c.redirect(safeNextPath(next), 303);
}

/** Counted against the account and the address, and logged with the email as typed. */
export async function failedSignIn(deps: DeskDeps, attempt: { email: string; address: string }, now: Date): Promise<void> {
  await recordFailedLogin(deps.store, attempt, now);
  await recordAudit(deps.store, { kind: 'unverified', email: attempt.email }, { action: 'login-failed', address: attempt.address }, now);
}

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

/** The CSRF check passed, so there is a session; a missing one is a broken invariant. */
export function visitorSession(c: DeskContext) {
  const session = c.get('session');
  if (!session) throw new Error(`desk: ${c.req.path} posted without a session`);
  return session;
}

export function again(c: DeskContext, deps: DeskDeps, email: string, next: string, error: string, status: 400 | 401 | 429): Promise<Response> {
  const page = <LoginPage deps={deps} session={visitorSession(c)} email={email} next={next ? safeNextPath(next) : ''} error={error} />;
  return renderDeskPage(c, page, status);
}
