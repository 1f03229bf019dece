/** The shared engine: PostgreSQL, for several workers on several machines. */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import type { StoreDialect } from './store-dialect.ts';
import { postgresSearch } from './search-postgres.ts';

/** A plain lowercase identifier: it goes into a connection option, where it cannot be bound. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/**
 * `pgSchema` puts every table (and the migration bookkeeping) in that schema,
 * created if missing: tests get a fresh schema each, and so could several desks
 * sharing one database. Without it, tables go where the server's search_path says.
 */
export function postgresDialect(connectionString: string, pgSchema?: string): StoreDialect {
  if (pgSchema !== undefined && !SCHEMA_NAME.test(pgSchema)) {
    throw new Error(`store: pgSchema "${pgSchema}" must be lowercase letters, digits and underscores`);
  }
  return {
    name: 'postgres',
    async connect() {
      const pool = new pg.Pool({
        connectionString,
        ...(pgSchema === undefined ? {} : { options: `-c search_path=${pgSchema}` }),
      });
      // pg-pool drops a broken idle client by itself; without a listener the
      // 'error' event would instead crash the process on a server restart.
      pool.on('error', (error) => {
        console.warn(`store: idle PostgreSQL connection failed: ${error.message}`);
      });
      const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
      try {
        await sql`select 1`.execute(db);
      } catch (cause) {
        await db.destroy();
        throw new Error(`store: cannot connect to PostgreSQL at ${describeServer(connectionString)}`, { cause });
      }
      if (pgSchema !== undefined) {
        try {
          await createSchemaOnce(db, pgSchema);
        } catch (cause) {
          await db.destroy();
          throw new Error(`store: cannot create PostgreSQL schema "${pgSchema}"`, { cause });
        }
      }
      return db;
    },
    // int4 identity, not serial8/bigint: pg returns int8 as strings, int4 as numbers.
    search: postgresSearch,
    createSearchIndex: (db) => postgresSearch.createSearchIndex(db),
    dropSearchIndex: (db) => postgresSearch.dropSearchIndex(db),
    autoIncrementId: (column) => column.primaryKey().generatedByDefaultAsIdentity(),
    async makeAppendOnly(db, table) {
      if (!SCHEMA_NAME.test(table)) throw new Error(`store: "${table}" is not a plain table name`);
      // One function serves every append-only table; it names the table in its message.
      await sql`create or replace function wiredesk_refuse_change() returns trigger language plpgsql as $$
        begin raise exception '% is append-only', tg_table_name; end $$`.execute(db);
      await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
        for each row execute function wiredesk_refuse_change()`.execute(db);
      // Row triggers do not see TRUNCATE; a statement trigger does.
      await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
        for each statement execute function wiredesk_refuse_change()`.execute(db);
    },
    async countChanges(db, table, columns) {
      for (const name of [table, ...(columns ?? [])]) {
        if (!SCHEMA_NAME.test(name)) throw new Error(`store: "${name}" is not a plain identifier`);
      }
      // Deferred to commit, and once per transaction (a transaction-local
      // setting remembers it): the counter row is locked only for the last
      // moment of a commit, so writers never wait on it holding other rows,
      // and the new number becomes visible with the change itself.
      await sql`create or replace function wiredesk_count_content_change() returns trigger language plpgsql as $$
        begin
          if current_setting('wiredesk.content_counted', true) is distinct from 'yes' then
            perform set_config('wiredesk.content_counted', 'yes', true);
            update content_generation set generation = generation + 1 where id = 1;
          end if;
          return null;
        end $$`.execute(db);
      const updateOf = columns ? ` of ${columns.join(', ')}` : '';
      await sql
        .raw(
          `create constraint trigger ${table}_content_change after insert or update${updateOf} or delete on ${table}
           deferrable initially deferred for each row execute function wiredesk_count_content_change()`,
        )
        .execute(db);
    },
    async dropChangeCount(db, table) {
      if (!SCHEMA_NAME.test(table)) throw new Error(`store: "${table}" is not a plain identifier`);
      await sql.raw(`drop trigger if exists ${table}_content_change on ${table}`).execute(db);
    },
    async lockMigrations(trx) {
      // Released at commit; every wiredesk opening this database takes turns here.
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(trx);
    },
    backup() {
      return Promise.reject(
        new Error('store: wiredesk backs up SQLite desks only; back up PostgreSQL with pg_dump (see docs/operations.md, "Backups")'),
      );
    },
  };
}

/**
 * Key of the advisory lock taken while creating a schema: an arbitrary constant
 * that only wiredesk uses.
 */
const SCHEMA_LOCK_KEY = 0x77_64_73_63; // "wdsc"
/** Advisory lock key held while migrating. */
const MIGRATION_LOCK_KEY = 0x77_64_6d_67; // "wdmg"

/**
 * `create schema if not exists` is not safe against itself: two workers starting
 * together can both find the schema missing and one fails on the catalogue's
 * unique index. A transaction-scoped advisory lock makes them take turns.
 */
async function createSchemaOnce(db: Kysely<Database>, schema: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SCHEMA_LOCK_KEY})`.execute(trx);
    await trx.schema.createSchema(schema).ifNotExists().execute();
  });
}

/** Host, port and database of a connection URL, without the credentials it may carry. */
function describeServer(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.host}${url.pathname}`;
  } catch {
    return 'the configured URL (unparsable)';
  }
}
