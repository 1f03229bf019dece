/**
 * Brings a database up to the newest schema; runs every time a store is opened.
 *
 * A small migrator of our own rather than Kysely's: Kysely's looks for its
 * bookkeeping tables by introspecting every table of every schema, which fails
 * when another client creates or drops a schema at that moment (seen with
 * parallel test schemas; pg-boss creating its own schema would do the same).
 * Here all pending migrations run in one transaction behind the dialect's
 * migration lock, so workers starting together apply each migration once, and
 * a failed migration leaves the schema as it was.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import { allMigrations } from './migrations/index.ts';
import type { Database } from './schema.ts';
import type { StoreDialect } from './store-dialect.ts';

export const MIGRATION_TABLE = 'wiredesk_migration';

export async function migrateToLatest(db: Kysely<Database>, dialect: StoreDialect): Promise<string[]> {
  const migrations = Object.entries(allMigrations(dialect)).sort(([a], [b]) => a.localeCompare(b));
  // Nothing pending, the common case: a read says so without the write lock, which a pass in
  // another process may hold for seconds while it saves a large feed (longer than the busy timeout).
  if (await upToDate(db, migrations.map(([name]) => name))) return [];
  let current = '(bookkeeping)';
  try {
    return await db.transaction().execute(async (trx) => {
      await dialect.lockMigrations(trx);
      await trx.schema
        .createTable(MIGRATION_TABLE)
        .ifNotExists()
        .addColumn('name', 'text', (col) => col.primaryKey())
        .addColumn('applied_at', 'text', (col) => col.notNull())
        .execute();
      const applied = new Set(await appliedMigrations(trx));
      const ran: string[] = [];
      for (const [name, migration] of migrations) {
        if (applied.has(name)) continue;
        current = name;
        await runMigration(trx, name, migration);
        ran.push(name);
      }
      return ran;
    });
  } catch (cause) {
    throw new Error(`store: migration ${current} failed on ${dialect.name}`, { cause });
  }
}

async function upToDate(db: Kysely<Database>, names: string[]): Promise<boolean> {
  try {
    const applied = new Set(await appliedMigrations(db));
    return names.every((name) => applied.has(name));
  } catch {
    // No bookkeeping table yet: a new database, migrated under the lock below.
    return false;
  }
}

export async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(db);
  return rows.map((row) => row.name);
}

async function runMigration(db: Kysely<Database>, name: string, migration: Migration): Promise<void> {
  await migration.up(db as Kysely<unknown>);
  await sql`insert into ${sql.table(MIGRATION_TABLE)} (name, applied_at) values (${name}, ${new Date().toISOString()})`.execute(db);
}
