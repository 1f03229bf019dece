/**
 * Failed desk logins, one row each, counted per throttle key (an account or
 * an address) over a recent window. Kept in the database so that every web
 * process counts the same failures.
 */
import type { Kysely } from 'kysely';
import { countValue, utcTimestamp } from './column-values.ts';
import type { LoginFailureCount } from './desk-records.ts';
import type { Database } from './schema.ts';

type Db = Kysely<Database>;

export async function recordLoginFailure(db: Db, keys: string[], now: string): Promise<void> {
  if (keys.length === 0) return;
  const at = utcTimestamp(now, 'time of failed login');
  await db
    .insertInto('login_failures')
    .values(keys.map((key) => ({ throttle_key: key, at })))
    .execute();
}

/** Failures at `since` (ISO) or later, per key; every asked key is in the map. */
export async function countLoginFailures(db: Db, keys: string[], since: string): Promise<Map<string, LoginFailureCount>> {
  const counts = new Map<string, LoginFailureCount>(keys.map((key) => [key, { count: 0, lastAt: null }]));
  if (keys.length === 0) return counts;
  const rows = await db
    .selectFrom('login_failures')
    .select(['throttle_key', (eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.max('at').as('last_at')])
    .where('throttle_key', 'in', keys)
    .where('at', '>=', utcTimestamp(since, 'start of login failure window'))
    .groupBy('throttle_key')
    .execute();
  for (const row of rows) counts.set(row.throttle_key, { count: countValue(row.n), lastAt: row.last_at });
  return counts;
}

/** Forgets a key's failures (an account after a successful login). */
export async function clearLoginFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('throttle_key', '=', key).execute();
}

/** Forgets failures older than `before`: they no longer count. */
export async function pruneLoginFailures(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('login_failures').where('at', '<', utcTimestamp(before, 'login failure cut-off')).executeTakeFirst();
  return Number(result.numDeletedRows);
}
