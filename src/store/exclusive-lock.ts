/**
 * One writer at a time across every process on one database, for steps whose
 * order matters (story assignment, the translation memory's counters). On
 * PostgreSQL a session advisory lock, held on one connection of the pool for
 * as long as the work runs: a process that dies releases it with its
 * connection. The work itself uses the pool's other connections. SQLite has
 * one writer by construction and runs the work as it is.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { DialectName } from './store.ts';

export async function exclusively<T>(db: Kysely<Database>, dialect: DialectName, name: string, work: () => Promise<T>): Promise<T> {
  if (dialect !== 'postgres') return work();
  return db.connection().execute(async (connection) => {
    // hashtext: a stable 32-bit key from the name; the names are wiredesk's own constants.
    await sql`select pg_advisory_lock(hashtext(${name}))`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${name}))`.execute(connection);
    }
  });
}
