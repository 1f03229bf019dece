/**
 * The DDL that differs between the engines, as the migrations ask for it; each
 * dialect (sqlite-dialect.ts, postgres-dialect.ts) implements it. Declared here
 * so that migrations import nothing from outside this folder. A released
 * migration calls these, so what a helper produces never changes: a different
 * column definition is a new helper, used by a new migration.
 */
import type { ColumnDefinitionBuilder } from 'kysely';

export interface SchemaHelpers {
  /** An integer primary key the engine numbers itself, read back as a JS number. */
  autoIncrementId(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
}
