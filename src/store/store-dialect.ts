/**
 * What differs between the engines, in one place. Everything else in the store
 * is the same Kysely code for both; a new difference becomes a member here and
 * a line in sqlite-dialect.ts and postgres-dialect.ts, never an `if` elsewhere.
 */
import type { Kysely, Transaction } from 'kysely';
import type { SchemaHelpers } from './migrations/schema-helpers.ts';
import type { Database } from './schema.ts';
import type { SearchEngine } from './search-engine.ts';
import type { DialectName } from './store.ts';

/** Also the part migrations need to write portable DDL (migrations/schema-helpers.ts). */
export interface StoreDialect extends SchemaHelpers {
  readonly name: DialectName;
  /** Opens the connection (or pool) with the engine's session settings applied. */
  connect(): Promise<Kysely<Database>>;
  /**
   * Called first inside the migration transaction: makes concurrent openers of
   * one database take turns, so each migration runs once.
   */
  lockMigrations(trx: Transaction<Database>): Promise<void>;
  /**
   * Writes a consistent copy of the open database to `destination` while others
   * keep reading and writing (SQLite's online backup); engines backed up by their
   * own tools (pg_dump) refuse with a sentence that says so.
   */
  backup(destination: string): Promise<void>;
  /** Full-text search: the index (also a migration helper) and the ranked match. */
  readonly search: SearchEngine;
}
