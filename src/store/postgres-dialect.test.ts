import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { testDialects } from './test-databases.ts';
import { testQueryBuilder } from './test-query-builder.ts';
import { feedEntry, sourceDefinition } from './test-records.ts';
import { missing } from '../../test/missing-tool.ts';

const postgres = testDialects.find((dialect) => dialect.name === 'postgres');
const NOW = '2024-05-01T09:00:00.000Z';

void describe('PostgreSQL schemas', { skip: postgres ? false : missing('postgresql', 'WIREDESK_TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)') }, () => {
  void it('keeps two stores in one database apart, tables and migrations alike', async () => {
    assert.ok(postgres);
    const [first, second] = await Promise.all([postgres.create(), postgres.create()]);
    try {
      const a = await first.open();
      await a.upsertSource(sourceDefinition('only-in-first'), 'config', NOW);
      // The second schema migrates although the first already has a migration table.
      const b = await second.open();
      assert.deepEqual(await b.listSources(), []);
      assert.equal((await a.listSources()).length, 1);

      const { rows } = await sql<{ schema: string }>`
        select table_schema as schema from information_schema.tables where table_name = 'wiredesk_migration'
        and table_schema = current_schema()`.execute(testQueryBuilder(b));
      assert.equal(rows.length, 1, 'the migration table sits in the store schema');
    } finally {
      await Promise.all([first.destroy(), second.destroy()]);
    }
  });

  void it('stores each item once when two workers save the same feed at once', async () => {
    assert.ok(postgres);
    const database = await postgres.create();
    try {
      const [one, two] = await Promise.all([database.open(), database.open()]);
      await one.upsertSource(sourceDefinition('wire'), 'config', NOW);
      const feed = Array.from({ length: 50 }, (_, i) => feedEntry('wire', `item-${i}`));
      const results = await Promise.all([one.saveEntries(feed, NOW), two.saveEntries(feed, NOW)]);

      assert.equal(results[0].inserted + results[1].inserted, 50);
      assert.equal(results[0].unchanged + results[1].unchanged, 50);
      assert.equal((await one.counts()).entries, 50);
    } finally {
      await database.destroy();
    }
  });
});
