import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { openStore } from './open-store.ts';
import type { Database } from './schema.ts';
import { SQLITE_FILE_NAME } from './sqlite-dialect.ts';
import { testQueryBuilder } from './test-query-builder.ts';

/** The single value a `pragma` statement returns. */
async function firstValue(db: Kysely<Database>, query: RawBuilder<unknown>): Promise<unknown> {
  const { rows } = await query.execute(db);
  return Object.values(rows[0] ?? {})[0];
}

void describe('SQLite store file', () => {
  let root = '';
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'wiredesk-sqlite-'));
  });
  after(() => rm(root, { recursive: true, force: true }));

  void it('creates the data directory and the database file in it, in WAL mode with foreign keys on', async () => {
    const dataDir = join(root, 'not', 'yet', 'there');
    const store = await openStore({ dataDir, databaseUrl: null, pgSchema: 'ignored_without_postgres' });
    try {
      assert.equal(store.dialect, 'sqlite');
      assert.ok(existsSync(join(dataDir, SQLITE_FILE_NAME)));
      const db = testQueryBuilder(store);
      assert.equal(await firstValue(db, sql`pragma journal_mode`), 'wal');
      assert.equal(await firstValue(db, sql`pragma foreign_keys`), 1);
      assert.ok(Number(await firstValue(db, sql`pragma busy_timeout`)) >= 1000);
    } finally {
      await store.close();
    }
  });

  void it('names the data directory it cannot create', async () => {
    const notADirectory = join(root, 'a-file');
    await writeFile(notADirectory, 'not a directory');
    await assert.rejects(
      openStore({ dataDir: join(notADirectory, 'data'), databaseUrl: null }),
      /^Error: store: cannot create data directory .*a-file\/data$/,
    );
  });
});

void describe('SQLite connection that serves pages', () => {
  let root = '';
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'wiredesk-sqlite-serving-'));
  });
  after(() => rm(root, { recursive: true, force: true }));

  /** What ran first: two queries in a row, or a callback queued for the event loop's next turn before them. */
  async function orderOfQueriesAndATurn(db: Kysely<Database>, inTransaction: boolean): Promise<string[]> {
    const order: string[] = [];
    const twoQueries = async (q: Kysely<Database>) => {
      await sql`select 1`.execute(q);
      order.push('first query');
      await sql`select 2`.execute(q);
      order.push('second query');
    };
    if (inTransaction) {
      await db.transaction().execute(async (trx) => {
        setImmediate(() => order.push('waiting request'));
        await twoQueries(trx);
      });
    } else {
      setImmediate(() => order.push('waiting request'));
      await twoQueries(db);
    }
    await new Promise((resolve) => setImmediate(resolve));
    return order;
  }

  void it('lets a waiting request through before its queries, outside transactions only; the pipeline\'s connection does not', async () => {
    const serving = await openStore({ dataDir: join(root, 'serving'), databaseUrl: null, servesPages: true });
    const pipeline = await openStore({ dataDir: join(root, 'pipeline'), databaseUrl: null });
    try {
      assert.deepEqual(await orderOfQueriesAndATurn(testQueryBuilder(serving), false), ['waiting request', 'first query', 'second query']);
      assert.deepEqual(await orderOfQueriesAndATurn(testQueryBuilder(serving), true), ['first query', 'second query', 'waiting request'], 'a transaction holds the write lock: it runs through');
      assert.deepEqual(await orderOfQueriesAndATurn(testQueryBuilder(pipeline), false), ['first query', 'second query', 'waiting request']);
    } finally {
      await serving.close();
      await pipeline.close();
    }
  });
});
