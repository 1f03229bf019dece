/** Opens the configured database, migrated and ready: SQLite by default, PostgreSQL on request. */
import { createKyselyStore } from './kysely-store.ts';
import { migrateToLatest } from './migrate.ts';
import { isPostgresUrl, postgresDialect } from './postgres-dialect.ts';
import { sqliteDialect } from './sqlite-dialect.ts';
import type { StoreDialect } from './store-dialect.ts';
import type { Store } from './store.ts';

export interface OpenStoreOptions {
  /** Holds `wiredesk.sqlite` when no database URL is given; created if missing. */
  dataDir: string;
  /** `postgres://…` or `postgresql://…` for PostgreSQL; null for the SQLite file. */
  databaseUrl: string | null;
  /** PostgreSQL only: keep every table in this schema (created if missing). */
  pgSchema?: string;
  /**
   * SQLite only: this connection serves pages on its thread's event loop, so
   * each statement outside a transaction first lets waiting requests through
   * (sqlite-dialect.ts); set by `serve` and `demo`, not by the pipeline.
   */
  servesPages?: boolean;
}

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const dialect = chooseDialect(options);
  const db = await dialect.connect();
  try {
    await migrateToLatest(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createKyselyStore(db, dialect);
}

function chooseDialect(options: OpenStoreOptions): StoreDialect {
  const url = options.databaseUrl;
  if (url === null || url === '') return sqliteDialect(options.dataDir, { servesPages: options.servesPages === true });
  if (isPostgresUrl(url)) return postgresDialect(url, options.pgSchema);
  // Only the scheme is quoted: the rest of a database URL may hold a password.
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0] ?? 'a URL without a scheme';
  throw new Error(`store: databaseUrl must start with postgres:// or postgresql://, not ${scheme}`);
}
