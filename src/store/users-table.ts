/** Desk accounts: one row per user, never deleted (disabled instead), so the audit log's actors stay known. */
import type { Kysely, Selectable } from 'kysely';
import { utcTimestamp } from './column-values.ts';
import type { DisableOutcome, NewUser, StoredUser } from './desk-records.ts';
import type { Database, UsersTable } from './schema.ts';

type Db = Kysely<Database>;

/** Returns the new id, or null when an account with that email exists already. */
export async function createUser(db: Db, user: NewUser, now: string): Promise<number | null> {
  const at = utcTimestamp(now, 'time of creating user');
  const row = await db
    .insertInto('users')
    .values({ email: user.email, role: user.role, password_hash: user.passwordHash, created_at: at, updated_at: at })
    .onConflict((conflict) => conflict.column('email').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function getUser(db: Db, id: number): Promise<StoredUser | null> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toStoredUser(row);
}

export async function getUserByEmail(db: Db, email: string): Promise<StoredUser | null> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  return row === undefined ? null : toStoredUser(row);
}

/** In email order. */
export async function listUsers(db: Db): Promise<StoredUser[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('email').execute();
  return rows.map(toStoredUser);
}

/**
 * False when there is no such user. With `endSessions`, every session of the
 * user ends in the same transaction: a new password locks out whoever knew the old one.
 */
export async function setUserPassword(db: Db, id: number, passwordHash: string, now: string, options: { endSessions?: boolean } = {}): Promise<boolean> {
  const at = utcTimestamp(now, 'time of changing password');
  return db.transaction().execute(async (trx) => {
    const result = await trx.updateTable('users').set({ password_hash: passwordHash, updated_at: at }).where('id', '=', id).executeTakeFirst();
    if (options.endSessions) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    return result.numUpdatedRows > 0n;
  });
}

/**
 * Disables the account and ends all its sessions, in one transaction, so no
 * request of the user is served after this returns. False when there is no
 * such user or it was disabled already.
 */
/**
 * Disables an active account and ends its sessions, unless it is the last
 * active admin: a desk with no admin left has nobody who can add or restore
 * accounts. The first statement touches every active admin's row, which
 * takes the write lock (SQLite) or those rows' locks (PostgreSQL) before
 * anything is counted, so two admins disabling each other at once cannot
 * both succeed: the second counts after the first has committed.
 */
export async function disableUser(db: Db, id: number, now: string): Promise<DisableOutcome> {
  const at = utcTimestamp(now, 'time of disabling user');
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set((eb) => ({ updated_at: eb.ref('updated_at') }))
      .where('role', '=', 'admin')
      .where('disabled_at', 'is', null)
      .execute();
    const user = await trx.selectFrom('users').select(['role', 'disabled_at']).where('id', '=', id).executeTakeFirst();
    if (!user || user.disabled_at !== null) return 'unchanged';
    if (user.role === 'admin') {
      const others = await trx
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('role', '=', 'admin')
        .where('disabled_at', 'is', null)
        .where('id', '<>', id)
        .executeTakeFirstOrThrow();
      if (Number(others.n) === 0) return 'last-admin';
    }
    await trx.updateTable('users').set({ disabled_at: at, updated_at: at }).where('id', '=', id).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    return 'disabled';
  });
}

/** The user's TOTP secret, or null while two-factor sign-in is off (or there is no such user). */
export async function getUserTotpSecret(db: Db, id: number): Promise<string | null> {
  const row = await db.selectFrom('users').select('totp_secret').where('id', '=', id).executeTakeFirst();
  return row?.totp_secret ?? null;
}

/**
 * Turns two-factor sign-in on with `secret` (and `acceptedStep`, the step of
 * the code that confirmed it, which cannot then sign in), or off with null.
 * Turning it off ends the user's sessions in the same transaction: it is
 * what an admin does when the device is lost, perhaps stolen with an open
 * session. False when there is no such user.
 */
export async function setUserTotp(db: Db, id: number, setting: { secret: string; acceptedStep: number } | null, now: string): Promise<boolean> {
  const at = utcTimestamp(now, 'time of changing two-factor sign-in');
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('users')
      .set({ totp_secret: setting?.secret ?? null, totp_last_step: setting?.acceptedStep ?? null, updated_at: at })
      .where('id', '=', id)
      .executeTakeFirst();
    if (setting === null) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    return result.numUpdatedRows > 0n;
  });
}

/**
 * Accepts a TOTP step once: true when `step` is later than every step
 * accepted before, and records it, in one statement, so two requests with
 * the same code cannot both succeed.
 */
export async function claimTotpStep(db: Db, id: number, step: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', id)
    .where('totp_secret', 'is not', null)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function recordUserLogin(db: Db, id: number, now: string): Promise<void> {
  await db.updateTable('users').set({ last_login_at: utcTimestamp(now, 'time of login') }).where('id', '=', id).execute();
}

export function toStoredUser(row: Selectable<UsersTable>): StoredUser {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    passwordHash: row.password_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    disabledAt: row.disabled_at,
    lastLoginAt: row.last_login_at,
    totpEnabled: row.totp_secret !== null,
  };
}
