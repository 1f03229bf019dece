/**
 * The pass lease's queries (migration 0015). Each change is one statement that
 * names what it expects to find (no row, or the holder it read), so two
 * processes racing for the lease cannot both win, on SQLite or PostgreSQL,
 * without a transaction around the read.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { PassLease } from './store.ts';

export async function readPassLease(db: Kysely<Database>, name: string): Promise<PassLease | null> {
  const row = await db.selectFrom('pass_leases').selectAll().where('name', '=', name).executeTakeFirst();
  return row ? { name: row.name, holder: row.holder, pid: Number(row.pid), host: row.host, acquiredAt: row.acquired_at, expiresAt: row.expires_at } : null;
}

/** Takes the lease when there is no row (`replacing` null) or when the row is still the one read (its holder is `replacing`). */
export async function claimPassLease(db: Kysely<Database>, lease: PassLease, replacing: string | null): Promise<boolean> {
  const values = {
    holder: lease.holder,
    pid: lease.pid,
    host: lease.host,
    acquired_at: lease.acquiredAt,
    expires_at: lease.expiresAt,
  };
  if (replacing === null) {
    const result = await db
      .insertInto('pass_leases')
      .values({ name: lease.name, ...values })
      .onConflict((oc) => oc.column('name').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const result = await db.updateTable('pass_leases').set(values).where('name', '=', lease.name).where('holder', '=', replacing).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Moves the expiry on; false when the lease is no longer this holder's. */
export async function renewPassLease(db: Kysely<Database>, name: string, holder: string, expiresAt: string): Promise<boolean> {
  const result = await db.updateTable('pass_leases').set({ expires_at: expiresAt }).where('name', '=', name).where('holder', '=', holder).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function releasePassLease(db: Kysely<Database>, name: string, holder: string): Promise<void> {
  await db.deleteFrom('pass_leases').where('name', '=', name).where('holder', '=', holder).execute();
}
