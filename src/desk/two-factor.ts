/**
 * Two-factor sign-in for the accounts that turn it on: a user confirms a new
 * secret with a code from their app, sign-in then asks for a code as well as
 * the password, and an admin turns it off for someone who lost the device
 * (`wiredesk users reset-two-factor`). The secret never reaches the log.
 */
import type { Store, StoredUser } from '../store/store.ts';
import type { ChangeOrigin } from './accounts.ts';
import { recordAudit } from './audit.ts';
import { isTotpSecret, matchTotp } from './totp.ts';

export interface TwoFactorDeps {
  store: Store;
  now: () => Date;
}

export type TwoFactorProblem = { code: 'already-on' } | { code: 'not-on' } | { code: 'bad-secret' } | { code: 'wrong-code' };

export type TwoFactorResult = { ok: true } | { ok: false; problem: TwoFactorProblem };

/**
 * Turns two-factor sign-in on with `secret` once `code` shows the user's app
 * holds it. The secret comes back from the form the desk showed it in: it is
 * checked to be one the desk could have made, and proven by the code.
 */
export async function enableTwoFactor(deps: TwoFactorDeps, user: StoredUser, input: { secret: string; code: string }, origin: ChangeOrigin): Promise<TwoFactorResult> {
  if (user.totpEnabled) return { ok: false, problem: { code: 'already-on' } };
  if (!isTotpSecret(input.secret)) return { ok: false, problem: { code: 'bad-secret' } };
  const now = deps.now();
  const step = matchTotp(input.secret, input.code, now);
  if (step === null) return { ok: false, problem: { code: 'wrong-code' } };
  await deps.store.setUserTotp(user.id, { secret: input.secret, acceptedStep: step }, now.toISOString());
  await recordAudit(deps.store, origin.actor, { action: 'two-factor-on', object: { type: 'user', id: user.id }, before: { email: user.email, twoFactor: false }, after: { email: user.email, twoFactor: true }, address: origin.address ?? null }, now);
  return { ok: true };
}

/** Turns it off and ends the user's sessions; they sign in with the password alone and may turn it on again. */
export async function resetTwoFactor(deps: TwoFactorDeps, user: StoredUser, origin: ChangeOrigin): Promise<TwoFactorResult> {
  if (!user.totpEnabled) return { ok: false, problem: { code: 'not-on' } };
  const now = deps.now();
  await deps.store.setUserTotp(user.id, null, now.toISOString());
  await recordAudit(deps.store, origin.actor, { action: 'two-factor-reset', object: { type: 'user', id: user.id }, before: { email: user.email, twoFactor: true }, after: { email: user.email, twoFactor: false }, address: origin.address ?? null }, now);
  return { ok: true };
}

/**
 * The second factor of a sign-in whose password was right: nothing to check
 * for an account without it; otherwise a code of the window around `now`
 * whose step is later than any accepted before (then recorded).
 */
export async function secondFactorPasses(store: Store, user: StoredUser, code: string, now: Date): Promise<boolean> {
  if (!user.totpEnabled) return true;
  const secret = await store.getUserTotpSecret(user.id);
  if (secret === null) return true;
  const step = matchTotp(secret, code, now);
  return step !== null && (await store.claimTotpStep(user.id, step));
}
