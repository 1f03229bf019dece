/** How long a desk session lasts: named limits, and the checks that apply them. */
import type { SessionCutoffs } from '../../store/store.ts';

/** A session unused this long has ended: a laptop left open overnight asks for the password again. */
export const SESSION_IDLE_MS = 12 * 60 * 60_000;
/** However busy, a session ends this long after sign-in: a stolen cookie is not good forever. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60_000;
/**
 * A session's last use is written at most this often: idle expiry is measured
 * in hours, and a write per request would be a write per page view.
 */
export const SESSION_TOUCH_MS = 60_000;

/**
 * Between a right password and the TOTP code of a two-factor account: long
 * enough to find the phone and unlock it, short enough that a password given
 * on a shared machine and walked away from is not half a sign-in for long.
 */
export const PENDING_SIGN_IN_MS = 5 * 60_000;

export function sessionCutoffs(now: Date): SessionCutoffs {
  return {
    idleBefore: new Date(now.getTime() - SESSION_IDLE_MS).toISOString(),
    createdBefore: new Date(now.getTime() - SESSION_ABSOLUTE_MS).toISOString(),
  };
}

/** Neither idle too long nor too old. */
export function isSessionLive(session: { createdAt: string; lastSeenAt: string }, now: Date): boolean {
  const t = now.getTime();
  return t - Date.parse(session.lastSeenAt) <= SESSION_IDLE_MS && t - Date.parse(session.createdAt) <= SESSION_ABSOLUTE_MS;
}

export function needsTouch(session: { lastSeenAt: string }, now: Date): boolean {
  return now.getTime() - Date.parse(session.lastSeenAt) >= SESSION_TOUCH_MS;
}
