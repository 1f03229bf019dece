/**
 * The engines every storage test runs on: SQLite always, PostgreSQL when
 * WIREDESK_TEST_DATABASE_URL names a server (e.g. postgres://postgres@127.0.0.1:5432/test).
 * Each test gets a database of its own: a fresh temp directory for SQLite,
 * a fresh schema for PostgreSQL, dropped again afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'node:test';
import { dropPostgresSchema } from './bench-support.ts';
import { openStore } from './open-store.ts';
import type { DialectName, Store } from './store.ts';

export interface TestDatabase {
  /** Opens a store on this database; opening again re-opens the same data. */
  open(): Promise<Store>;
  /** Closes the stores opened here and deletes the database. */
  destroy(): Promise<void>;
}

export interface TestDialect {
  name: DialectName;
  create(): Promise<TestDatabase>;
}

const postgresUrl = process.env['WIREDESK_TEST_DATABASE_URL'];

const sqlite: TestDialect = {
  name: 'sqlite',
  async create() {
    const dataDir = await mkdtemp(join(tmpdir(), 'wiredesk-store-'));
    return trackStores(
      () => openStore({ dataDir, databaseUrl: null }),
      () => rm(dataDir, { recursive: true, force: true }),
    );
  },
};

function postgres(url: string): TestDialect {
  return {
    name: 'postgres',
    create() {
      const pgSchema = `wd_test_${randomBytes(6).toString('hex')}`;
      return Promise.resolve(
        trackStores(
          () => openStore({ dataDir: '/nonexistent', databaseUrl: url, pgSchema }),
          () => dropPostgresSchema(url, pgSchema),
        ),
      );
    },
  };
}

export const testDialects: TestDialect[] = postgresUrl ? [sqlite, postgres(postgresUrl)] : [sqlite];

/**
 * Inside a describe(): a fresh database for each test, destroyed after it.
 * `const database = useFreshDatabase(dialect)`, then `database().open()` in a test.
 */
export function useFreshDatabase(dialect: TestDialect): () => TestDatabase {
  let current: TestDatabase | undefined;
  beforeEach(async () => {
    current = await dialect.create();
  });
  afterEach(async () => {
    await current?.destroy();
    current = undefined;
  });
  return () => {
    if (current === undefined) throw new Error('store test: no database outside a test');
    return current;
  };
}

function trackStores(open: () => Promise<Store>, remove: () => Promise<void>): TestDatabase {
  const opened: Store[] = [];
  return {
    async open() {
      const store = await open();
      let closed: Promise<void> | undefined;
      // A test may close a store itself; the pg pool refuses a second end().
      const tracked: Store = { ...store, close: () => (closed ??= store.close()) };
      opened.push(tracked);
      return tracked;
    },
    async destroy() {
      for (const store of opened) await store.close();
      await remove();
    },
  };
}


/**
 * For end-to-end tests that run `wiredesk` processes on PostgreSQL: a fresh
 * schema, migrated, and a DATABASE_URL whose connections use it (search_path
 * in the URL's `options`), plus a name for pg-boss's own schema. `drop()`
 * removes both.
 */
export async function freshPostgresDesk(url: string): Promise<{ databaseUrl: string; jobsSchema: string; drop(): Promise<void> }> {
  const suffix = randomBytes(6).toString('hex');
  const pgSchema = `wd_e2e_${suffix}`;
  const jobsSchema = `wd_jobs_${suffix}`;
  await (await openStore({ dataDir: '/nonexistent', databaseUrl: url, pgSchema })).close();
  const databaseUrl = new URL(url);
  databaseUrl.searchParams.set('options', `-c search_path=${pgSchema}`);
  return {
    databaseUrl: databaseUrl.href,
    jobsSchema,
    async drop() {
      await dropPostgresSchema(url, pgSchema);
      await dropPostgresSchema(url, jobsSchema);
    },
  };
}
