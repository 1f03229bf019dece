/**
 * Desk sessions, kept in the database so every web process sees the same
 * ones. Rows are keyed by a hash of the id; the id itself is only ever in the
 * user's cookie.
 */
import type { Kysely } from 'kysely';
import { utcTimestamp } from './column-values.ts';
import type { NewSession, SessionCutoffs, SignedInUser, StoredSession } from './desk-records.ts';
import type { Database } from './schema.ts';
import { toStoredUser } from './users-table.ts';

type Db = Kysely<Database>;

/**
 * Stores a new session; `replaces` (the hash of a session the visitor had
 * before, e.g. the login form's) is deleted in the same transaction, so a
 * session id known before signing in is worth nothing after it.
 */
export async function startSession(db: Db, session: NewSession, now: string, replaces: string | null): Promise<void> {
  const at = utcTimestamp(now, 'time of starting session');
  await db.transaction().execute(async (trx) => {
    if (replaces !== null) await trx.deleteFrom('sessions').where('id_hash', '=', replaces).execute();
    await trx
      .insertInto('sessions')
      .values({
        id_hash: session.idHash,
        user_id: session.userId,
        csrf_token: session.csrfToken,
        address: session.address,
        created_at: at,
        last_seen_at: at,
      })
      .execute();
  });
}

/** The session with its user (null before signing in); expiry is the caller's to judge. */
export async function getSession(db: Db, idHash: string): Promise<StoredSession | null> {
  const row = await db
    .selectFrom('sessions as s')
    .leftJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id_hash', 's.user_id', 's.csrf_token', 's.address', 's.created_at', 's.last_seen_at', 's.pending_user_id', 's.pending_at'])
    .select([
      'u.id as u_id',
      'u.email as u_email',
      'u.role as u_role',
      'u.password_hash as u_password_hash',
      'u.created_at as u_created_at',
      'u.updated_at as u_updated_at',
      'u.disabled_at as u_disabled_at',
      'u.last_login_at as u_last_login_at',
      'u.totp_secret as u_totp_secret',
    ])
    .where('s.id_hash', '=', idHash)
    .executeTakeFirst();
  if (row === undefined) return null;
  const user =
    row.u_id === null || row.u_email === null || row.u_role === null || row.u_password_hash === null
      ? null
      : toStoredUser({
          id: row.u_id,
          email: row.u_email,
          role: row.u_role,
          password_hash: row.u_password_hash,
          created_at: row.u_created_at ?? '',
          updated_at: row.u_updated_at ?? '',
          disabled_at: row.u_disabled_at,
          last_login_at: row.u_last_login_at,
          totp_secret: row.u_totp_secret,
          totp_last_step: null,
        });
  return {
    idHash: row.id_hash,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    address: row.address,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    user,
    pending: row.pending_user_id === null || row.pending_at === null ? null : { userId: row.pending_user_id, at: row.pending_at },
  };
}

/** Marks the session as waiting for `pending.userId`'s TOTP code, or clears that with null. */
export async function setSessionPending(db: Db, idHash: string, pending: { userId: number; at: string } | null): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ pending_user_id: pending?.userId ?? null, pending_at: pending === null ? null : utcTimestamp(pending.at, 'time of the pending sign-in') })
    .where('id_hash', '=', idHash)
    .execute();
}

export async function touchSession(db: Db, idHash: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: utcTimestamp(now, 'time of session use') }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Db, idHash: string): Promise<boolean> {
  const result = await db.deleteFrom('sessions').where('id_hash', '=', idHash).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Deletes sessions past either limit; returns how many. */
export async function deleteExpiredSessions(db: Db, cutoffs: SessionCutoffs): Promise<number> {
  const { idleBefore, createdBefore } = checkedCutoffs(cutoffs);
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('last_seen_at', '<', idleBefore), eb('created_at', '<', createdBefore)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Users with a live session, most recently seen first, each once. */
export async function signedInUsers(db: Db, cutoffs: SessionCutoffs): Promise<SignedInUser[]> {
  const { idleBefore, createdBefore } = checkedCutoffs(cutoffs);
  const rows = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.email', 'u.role', 's.last_seen_at', 's.address'])
    .where('s.last_seen_at', '>=', idleBefore)
    .where('s.created_at', '>=', createdBefore)
    .where('u.disabled_at', 'is', null)
    .orderBy('s.last_seen_at', 'desc')
    .orderBy('u.email')
    .execute();
  const seen = new Map<number, SignedInUser>();
  for (const row of rows) {
    if (!seen.has(row.id)) seen.set(row.id, { userId: row.id, email: row.email, role: row.role, lastSeenAt: row.last_seen_at, address: row.address });
  }
  return [...seen.values()];
}

function checkedCutoffs(cutoffs: SessionCutoffs): SessionCutoffs {
  return {
    idleBefore: utcTimestamp(cutoffs.idleBefore, 'idle cut-off of sessions'),
    createdBefore: utcTimestamp(cutoffs.createdBefore, 'absolute cut-off of sessions'),
  };
}
