import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { entryContentHash } from './entry-hash.ts';
import type { Store } from './store.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';
import { testQueryBuilder } from './test-query-builder.ts';
import { feedEntry, sourceDefinition } from './test-records.ts';

const T0 = '2024-05-01T09:00:00.000Z';
const T1 = '2024-05-01T09:15:00.000Z';

const wireFields = {
  dateline: 'SEOUL, Nov 27',
  byline: 'By Mira Sol, Staff Writer',
  subjects: ['medtop:20000763 elections', 'medtop:11000000 politics'],
  geo: { lat: 37.5665, lon: 126.978 },
};

for (const dialect of testDialects) {
  void describe(`entry wire fields and links on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    async function storeWithSources(...ids: string[]): Promise<Store> {
      const store = await database().open();
      for (const id of ids) await store.upsertSource(sourceDefinition(id), 'config', T0);
      return store;
    }

    void it('stores and reads back dateline, byline, subjects and geo', async () => {
      const store = await storeWithSources('wire');
      const given = feedEntry('wire', 'a', wireFields);
      await store.saveEntries([given], T0);
      const [stored] = await store.entriesNeedingArticles(1);
      assert.ok(stored);
      assert.equal(stored.dateline, 'SEOUL, Nov 27');
      assert.equal(stored.byline, 'By Mira Sol, Staff Writer');
      assert.deepEqual(stored.subjects, wireFields.subjects);
      assert.deepEqual(stored.geo, { lat: 37.5665, lon: 126.978 });
    });

    void it('a changed dateline is an update', async () => {
      const store = await storeWithSources('wire');
      await store.saveEntries([feedEntry('wire', 'a', wireFields)], T0);
      const moved = feedEntry('wire', 'a', { ...wireFields, dateline: 'BUSAN, Nov 27' });
      assert.deepEqual(await store.saveEntries([moved], T1), { inserted: 0, updated: 1, unchanged: 0 });
    });

    void it('an item whose guid changed but whose link did not updates the stored entry', async () => {
      const store = await storeWithSources('wire');
      const first = feedEntry('wire', 'old-guid-1', { url: 'https://wire.example/port/ferry?utm_source=rss' });
      await store.saveEntries([first], T0);
      const renamed = feedEntry('wire', 'new-guid-1', {
        url: 'https://WIRE.example/port/ferry?utm_medium=feed#top',
        title: 'Ferry returns (updated)',
      });
      assert.deepEqual(await store.saveEntries([renamed], T1), { inserted: 0, updated: 1, unchanged: 0 });
      const entries = await store.entriesNeedingArticles(10);
      assert.deepEqual(entries.map((e) => [e.guid, e.title]), [['new-guid-1', 'Ferry returns (updated)']]);
      assert.equal((await store.counts()).entries, 1);
      // The next fetch with the new guid finds it directly.
      assert.deepEqual(await store.saveEntries([renamed], T1), { inserted: 0, updated: 0, unchanged: 1 });
    });

    void it('a renamed guid with unchanged content counts as unchanged, not as a new entry', async () => {
      const store = await storeWithSources('wire');
      await store.saveEntries([feedEntry('wire', 'g1', { url: 'https://wire.example/a' })], T0);
      const renamed = feedEntry('wire', 'g2', { url: 'https://wire.example/a' });
      const result = await store.saveEntries([{ ...renamed, title: 'Item g1', summary: 'Summary of g1', contentHtml: '<p>Body of g1</p>' }], T1);
      assert.deepEqual(result, { inserted: 0, updated: 0, unchanged: 1 });
    });

    void it('a link shared by several items identifies none of them', async () => {
      const store = await storeWithSources('wire');
      const home = 'https://wire.example/';
      await store.saveEntries([feedEntry('wire', 'a', { url: home }), feedEntry('wire', 'b', { url: home })], T0);
      const result = await store.saveEntries([feedEntry('wire', 'c', { url: home })], T1);
      assert.deepEqual(result, { inserted: 1, updated: 0, unchanged: 0 });
    });

    void it('an item still listed keeps its entry when a new item shares its link', async () => {
      const store = await storeWithSources('wire');
      const link = 'https://wire.example/live';
      await store.saveEntries([feedEntry('wire', 'a', { url: link })], T0);
      const result = await store.saveEntries([feedEntry('wire', 'a', { url: link }), feedEntry('wire', 'b', { url: link })], T1);
      assert.deepEqual(result, { inserted: 1, updated: 0, unchanged: 1 });
    });

    void it('upgrading fills in link keys and leaves stored entries unchanged', async () => {
      const old = await storeWithSources('wire');
      const stored = feedEntry('wire', 'old-guid', { url: 'https://wire.example/story?utm_source=x' });
      await old.saveEntries([stored], T0);
      await undoWireFieldsMigration(old);
      await old.close();

      const upgraded = await database().open();
      const [entry] = await upgraded.entriesNeedingArticles(1);
      assert.ok(entry);
      assert.equal(entry.contentHash, entryContentHash(entry), 'the stored hash still matches its entry');
      assert.deepEqual(await upgraded.saveEntries([stored], T1), { inserted: 0, updated: 0, unchanged: 1 });
      const renamed = feedEntry('wire', 'new-guid', { url: 'https://wire.example/story' });
      const result = await upgraded.saveEntries([renamed], T1);
      assert.deepEqual(result, { inserted: 0, updated: 1, unchanged: 0 }, 'the backfilled link key finds the entry');
      assert.equal((await upgraded.counts()).entries, 1);
    });

    void it('links are matched within one source only', async () => {
      const store = await storeWithSources('one', 'two');
      await store.saveEntries([feedEntry('one', 'a', { url: 'https://shared.example/story' })], T0);
      const result = await store.saveEntries([feedEntry('two', 'b', { url: 'https://shared.example/story' })], T1);
      assert.deepEqual(result, { inserted: 1, updated: 0, unchanged: 0 });
    });
  });
}

void describe('entry content hash', () => {
  void it('is what it was before the wire fields existed when they are empty', () => {
    const entry = feedEntry('wire', 'a');
    const before = [entry.title, entry.summary, entry.contentHtml, entry.url, entry.published, entry.updated, entry.authors, ['world']];
    assert.equal(entryContentHash(entry), createHash('sha256').update(JSON.stringify(before)).digest('hex'));
  });

  void it('changes when a wire field is set', () => {
    const entry = feedEntry('wire', 'a');
    assert.notEqual(entryContentHash({ ...entry, byline: 'By Mira Sol' }), entryContentHash(entry));
    assert.notEqual(entryContentHash({ ...entry, subjects: ['medtop:1'] }), entryContentHash(entry));
  });
});

/** Puts the database back to its schema before migration 0003, as an older wiredesk left it. */
async function undoWireFieldsMigration(store: Store): Promise<void> {
  const db = testQueryBuilder(store);
  await sql`drop index entries_source_link`.execute(db);
  for (const column of ['dateline', 'byline', 'subjects', 'geo_lat', 'geo_lon', 'link_key']) {
    await sql`alter table entries drop column ${sql.ref(column)}`.execute(db);
  }
  await sql`delete from wiredesk_migration where name = '0003-entry-wire-fields'`.execute(db);
}
