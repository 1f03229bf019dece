/**
 * What differs between the engines, in one place. Everything else in the store
 * is the same Kysely code for both; a new difference becomes a member here and
 * a line in sqlite-dialect.ts and postgres-dialect.ts, never an `if` elsewhere.
 */
import type { ColumnDefinitionBuilder, Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';
import type { DialectName } from './store.ts';

/** The part of a dialect that migrations need to write portable DDL. */
export interface SchemaHelpers {
  /** An integer primary key the engine numbers itself, read back as a JS number. */
  autoIncrementId(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /**
   * Triggers that refuse every UPDATE and DELETE of the table's rows (and, on
   * PostgreSQL, TRUNCATE): an append-only log stays so whatever code runs.
   */
  makeAppendOnly(db: Kysely<unknown>, table: string): Promise<void>;
}

export interface StoreDialect extends SchemaHelpers {
  readonly name: DialectName;
  /** Opens the connection (or pool) with the engine's session settings applied. */
  connect(): Promise<Kysely<Database>>;
  /**
   * Called first inside the migration transaction: makes concurrent openers of
   * one database take turns, so each migration runs once.
   */
  lockMigrations(trx: Transaction<Database>): Promise<void>;
}
