/** The embedded engine: one SQLite file in the data directory, WAL mode, one writer. */
import { link, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  CompiledQuery,
  Kysely,
  SqliteDialect,
  SqliteDriver,
  sql,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type SqliteDatabase,
  type SqliteDialectConfig,
  type SqliteStatement,
} from 'kysely';
import type { Database } from './schema.ts';
import type { StoreDialect } from './store-dialect.ts';
import { sqliteSearch } from './search-sqlite.ts';

/** Table names spliced into trigger DDL: plain lowercase identifiers only. */
const PLAIN_IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export const SQLITE_FILE_NAME = 'wiredesk.sqlite';

/**
 * How long a statement waits for another process's write lock (a CLI command
 * next to a running server) before failing with SQLITE_BUSY. Writes here are
 * short batches, so a few seconds covers them without hanging a request.
 */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Prepared statements kept per connection, by their SQL. Kysely prepares every
 * query it runs afresh; the pipeline runs the same few hundred statements
 * over and over (preparing was 6 % of an ingest pass's CPU). Lists of values
 * make statements of every length, hence a bound, least recently used first.
 */
const STATEMENT_CACHE_SIZE = 256;

export interface SqliteDialectOptions {
  /** The connection serves pages on its thread: each statement outside a transaction first yields to the event loop. */
  servesPages?: boolean;
}

export function sqliteDialect(dataDir: string, options: SqliteDialectOptions = {}): StoreDialect {
  // The connection connect() opened: backups page through it.
  let opened: BetterSqlite3.Database | undefined;
  return {
    name: 'sqlite',
    async connect() {
      try {
        await mkdir(dataDir, { recursive: true });
      } catch (cause) {
        throw new Error(`store: cannot create data directory ${dataDir}`, { cause });
      }
      const file = join(dataDir, SQLITE_FILE_NAME);
      let database: BetterSqlite3.Database;
      try {
        database = new BetterSqlite3(file, { timeout: BUSY_TIMEOUT_MS });
      } catch (cause) {
        throw new Error(`store: cannot open SQLite database ${file}`, { cause });
      }
      // WAL lets the site read while the pipeline writes; NORMAL sync is the
      // usual WAL pairing: still atomic, only the last commits may be lost on power cut.
      database.pragma('journal_mode = WAL');
      database.pragma('synchronous = NORMAL');
      // SQLite ignores foreign keys (and so ON DELETE CASCADE) unless asked, per connection.
      database.pragma('foreign_keys = ON');
      opened = database;
      return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(database) }, database, options.servesPages === true) });
    },
    search: sqliteSearch,
    createSearchIndex: (db) => sqliteSearch.createSearchIndex(db),
    dropSearchIndex: (db) => sqliteSearch.dropSearchIndex(db),
    autoIncrementId: (column) => column.primaryKey().autoIncrement(),
    async makeAppendOnly(db, table) {
      const name = plainIdentifier(table);
      for (const event of ['update', 'delete']) {
        // RAISE takes a literal message, so the (checked) name is spliced in, not bound.
        await sql
          .raw(`create trigger ${name}_no_${event} before ${event} on ${name} begin select raise(abort, '${name} is append-only'); end`)
          .execute(db);
      }
    },
    async countChanges(db, table, columns) {
      const name = plainIdentifier(table);
      const updateOf = columns ? ` of ${columns.map(plainIdentifier).join(', ')}` : '';
      // Row triggers inside the writer's own transaction: the number commits with the change.
      for (const [event, suffix] of [['insert', 'insert'], [`update${updateOf}`, 'update'], ['delete', 'delete']] as const) {
        await sql
          .raw(`create trigger ${name}_content_${suffix} after ${event} on ${name} begin update content_generation set generation = generation + 1 where id = 1; end`)
          .execute(db);
      }
    },
    async dropChangeCount(db, table) {
      const name = plainIdentifier(table);
      for (const suffix of ['insert', 'update', 'delete']) await sql.raw(`drop trigger if exists ${name}_content_${suffix}`).execute(db);
    },
    // AUTOINCREMENT above: ids of deleted rows are never handed out again, so an
    // old article URL cannot start pointing at a different article.
    async lockMigrations(trx) {
      // Transactions begin IMMEDIATE (below), so this one holds the write lock
      // already; the table keeps a row to lock on engines that need one.
      await sql`create table if not exists wiredesk_migration_lock (id integer)`.execute(trx);
      await sql`delete from wiredesk_migration_lock`.execute(trx);
    },
    async backup(destination) {
      if (!opened) throw new Error('store: the SQLite database is not open');
      await writeBackup(opened, destination);
    },
  };
}

/**
 * SQLite's online backup copies the database page by page, between other
 * connections' writes, and starts again when one lands mid-copy, so the result
 * is one committed state. It goes to a file beside the destination, linked to
 * its name only when whole: an interrupted backup never carries the name, and
 * an existing file is never overwritten (link fails on it).
 */
async function writeBackup(database: BetterSqlite3.Database, destination: string): Promise<void> {
  const partial = join(dirname(destination), `.${process.pid}-${Date.now()}.wiredesk-backup.partial`);
  try {
    await database.backup(partial);
    await link(partial, destination);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new Error(`store: ${destination} exists; a backup never overwrites a file`, { cause });
    throw new Error(`store: backup to ${destination} failed`, { cause });
  } finally {
    await rm(partial, { force: true });
  }
}

/**
 * Kysely begins SQLite transactions DEFERRED: the write lock is taken at the
 * first write. In WAL mode a transaction that has read and then writes, while
 * another process has committed since its read, fails at once with
 * "database is locked" (SQLITE_BUSY_SNAPSHOT): the busy timeout cannot help,
 * as waiting would not make its snapshot current. Two `ingest` processes, or
 * `serve` beside one, lost entries that way. BEGIN IMMEDIATE takes the write
 * lock first, waiting up to the busy timeout for it, so every transaction
 * reads what it writes over. Every transaction here writes.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  readonly #settings: SqliteDialectConfig;
  readonly #database: BetterSqlite3.Database;
  readonly #servesPages: boolean;

  constructor(settings: SqliteDialectConfig, database: BetterSqlite3.Database, servesPages: boolean) {
    super(settings);
    this.#settings = settings;
    this.#database = database;
    this.#servesPages = servesPages;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#settings, this.#servesPages ? this.#database : null);
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  /** Set where the connection serves pages: statements outside a transaction wait for the event loop's next turn. */
  readonly #yieldingOn: BetterSqlite3.Database | null;
  #yielding: DatabaseConnection | undefined;

  constructor(settings: SqliteDialectConfig, yieldingOn: BetterSqlite3.Database | null) {
    super(settings);
    this.#yieldingOn = yieldingOn;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    const database = this.#yieldingOn;
    if (!database) return connection;
    this.#yielding ??= new YieldingConnection(connection, database);
    return this.#yielding;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * better-sqlite3 runs each statement on the calling thread, so a page rendered
 * on the serving thread holds its event loop from the first query to the
 * last: while the content changes under an ingest, every reader who arrived
 * meanwhile, even for a page already in memory, waited on that whole
 * rendering. Yielding before each statement lets them through between
 * queries. Not inside a transaction: that would hold the write lock, which
 * other processes wait on, across other work.
 */
class YieldingConnection implements DatabaseConnection {
  constructor(
    readonly inner: DatabaseConnection,
    readonly database: BetterSqlite3.Database,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (!this.database.inTransaction) await nextTurn();
    return this.inner.executeQuery<R>(query);
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

/** The database as Kysely sees it, preparing each distinct SQL text once (STATEMENT_CACHE_SIZE). */
function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(text: string): SqliteStatement {
      // Kysely runs one statement at a time on its one connection (a stream holds it to the end),
      // so a kept statement is never still running when asked for again.
      let statement = statements.get(text);
      if (statement) statements.delete(text);
      else statement = database.prepare(text);
      // (Re-)inserted last: a Map iterates in insertion order, so the first key is the least recently used.
      statements.set(text, statement);
      if (statements.size > STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
}

function plainIdentifier(name: string): string {
  if (!PLAIN_IDENTIFIER.test(name)) throw new Error(`store: "${name}" is not a plain table name`);
  return name;
}
