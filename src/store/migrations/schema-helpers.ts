/**
 * The DDL that differs between the engines, as the migrations ask for it; each
 * dialect (sqlite-dialect.ts, postgres-dialect.ts) implements it. Declared here
 * so that migrations import nothing from outside this folder. A released
 * migration calls these, so what a helper produces never changes: a different
 * column definition is a new helper, used by a new migration.
 */
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';

export interface SchemaHelpers {
  /** An integer primary key the engine numbers itself, read back as a JS number. */
  autoIncrementId(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /**
   * Triggers that refuse every UPDATE and DELETE of the table's rows (and, on
   * PostgreSQL, TRUNCATE): an append-only log stays so whatever code runs.
   */
  makeAppendOnly(db: Kysely<unknown>, table: string): Promise<void>;
  /**
   * Triggers that add one to `content_generation.generation` (0017) when rows
   * of the table are inserted, deleted or updated (only updates that set one of
   * `columns`, when given). The number moves when the change commits and is
   * seen with it, never before.
   */
  countChanges(db: Kysely<unknown>, table: string, columns?: readonly string[]): Promise<void>;
  /** Removes what `countChanges` made for the table. */
  dropChangeCount(db: Kysely<unknown>, table: string): Promise<void>;
  /**
   * The engine's full-text index over `search_documents` (0016): an FTS5
   * table kept in step by triggers on SQLite; a weighted tsvector column, its
   * GIN index and a pg_trgm index on PostgreSQL. And the triggers that list
   * an article in `search_pending` when its text or a translation's is written.
   */
  createSearchIndex(db: Kysely<unknown>): Promise<void>;
  dropSearchIndex(db: Kysely<unknown>): Promise<void>;
}
