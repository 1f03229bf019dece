/**
 * Adding, disabling and re-passwording desk accounts, for the `wiredesk users`
 * commands and the desk's users page alike: validate, hash, store, audit. A
 * refusal comes back as a problem code, which each caller words in its own
 * language; storage failures are thrown.
 */
import type { Store, StoredUser } from '../store/store.ts';
import { recordAudit, type Actor } from './audit.ts';
import { isPlausibleEmail, normaliseEmail } from './email-address.ts';
import { hashPassword, SCRYPT_DEFAULTS, type ScryptParams } from './password-hash.ts';
import { passwordProblem, type PasswordProblem } from './password-policy.ts';
import { isRole } from './roles.ts';

export interface AccountDeps {
  store: Store;
  now: () => Date;
  /** scrypt parameters for new hashes; the defaults unless a test asks for cheaper ones. */
  passwordParams?: ScryptParams;
}

export type AccountProblem =
  | { code: 'bad-email' }
  | { code: 'bad-role' }
  | { code: 'exists' }
  | { code: 'no-such-user' }
  | { code: 'disabled-already' }
  /** Disabling it would leave the desk without an active admin. */
  | { code: 'last-admin' }
  | { code: 'weak-password'; problem: PasswordProblem };

export type AccountResult = { ok: true; user: StoredUser } | { ok: false; problem: AccountProblem };

/** Where the change came from, for the audit log. */
export interface ChangeOrigin {
  actor: Actor;
  address?: string | null;
}

export async function addUser(
  deps: AccountDeps,
  input: { email: string; role: string; password: string },
  origin: ChangeOrigin,
): Promise<AccountResult> {
  const email = normaliseEmail(input.email);
  if (!isPlausibleEmail(email)) return refused({ code: 'bad-email' });
  if (!isRole(input.role)) return refused({ code: 'bad-role' });
  const weak = passwordProblem(input.password, email);
  if (weak) return refused({ code: 'weak-password', problem: weak });
  if (await deps.store.getUserByEmail(email)) return refused({ code: 'exists' });
  const passwordHash = await hashPassword(input.password, deps.passwordParams ?? SCRYPT_DEFAULTS);
  const now = deps.now();
  const id = await deps.store.createUser({ email, role: input.role, passwordHash }, now.toISOString());
  // Added meanwhile by someone else: the unique email decided.
  if (id === null) return refused({ code: 'exists' });
  await recordAudit(deps.store, origin.actor, { action: 'user-add', object: { type: 'user', id }, after: { email, role: input.role }, address: origin.address ?? null }, now);
  return found(deps.store, id);
}

/** Refused for the last active admin: someone must be left who can manage accounts. */
export async function disableUser(deps: AccountDeps, user: StoredUser, origin: ChangeOrigin): Promise<AccountResult> {
  const now = deps.now();
  const outcome = await deps.store.disableUser(user.id, now.toISOString());
  if (outcome === 'last-admin') return refused({ code: 'last-admin' });
  if (outcome === 'unchanged') {
    return refused((await deps.store.getUser(user.id)) ? { code: 'disabled-already' } : { code: 'no-such-user' });
  }
  await recordAudit(
    deps.store,
    origin.actor,
    { action: 'user-disable', object: { type: 'user', id: user.id }, before: { email: user.email, disabled: false }, after: { email: user.email, disabled: true }, address: origin.address ?? null },
    now,
  );
  return found(deps.store, user.id);
}

/**
 * Sets a new password and ends the user's sessions. The hashes are not
 * written to the log: a changed password is recorded as the fact alone.
 */
export async function changePassword(deps: AccountDeps, user: StoredUser, password: string, origin: ChangeOrigin): Promise<AccountResult> {
  const weak = passwordProblem(password, user.email);
  if (weak) return refused({ code: 'weak-password', problem: weak });
  const passwordHash = await hashPassword(password, deps.passwordParams ?? SCRYPT_DEFAULTS);
  const now = deps.now();
  if (!(await deps.store.setUserPassword(user.id, passwordHash, now.toISOString(), { endSessions: true }))) return refused({ code: 'no-such-user' });
  await recordAudit(deps.store, origin.actor, { action: 'user-passwd', object: { type: 'user', id: user.id }, address: origin.address ?? null }, now);
  return found(deps.store, user.id);
}

/** The account with this email (normalised first), or null. */
export function findUser(store: Store, email: string): Promise<StoredUser | null> {
  return store.getUserByEmail(normaliseEmail(email));
}

function refused(problem: AccountProblem): AccountResult {
  return { ok: false, problem };
}

async function found(store: Store, id: number): Promise<AccountResult> {
  const user = await store.getUser(id);
  if (!user) throw new Error(`desk: user ${id} vanished while being changed`);
  return { ok: true, user };
}
