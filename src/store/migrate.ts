/** Brings a database up to the newest schema; runs every time a store is opened. */
import { Migrator, type Kysely } from 'kysely';
import { allMigrations } from './migrations/index.ts';
import type { Database } from './schema.ts';
import type { StoreDialect } from './store-dialect.ts';

/**
 * Kysely's migrator takes a lock table, so several workers starting together
 * against one PostgreSQL run each migration once, and already applied
 * migrations are skipped: opening a store twice is harmless.
 */
export async function migrateToLatest(db: Kysely<Database>, dialect: StoreDialect): Promise<void> {
  const migrations = allMigrations(dialect);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    migrationTableSchema: await dialect.migrationTableSchema(db),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'bookkeeping';
    throw new Error(`store: migration ${failed} failed on ${dialect.name}`, { cause: error });
  }
}
