import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store } from './store.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';
import { feedEntry, sourceDefinition } from './test-records.ts';

const T0 = '2024-05-01T09:00:00.000Z';
const T1 = '2024-05-03T09:00:00.000Z';
const T2 = '2024-05-05T09:00:00.000Z';

for (const dialect of testDialects) {
  void describe(`listing entries on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    async function storeWithSources(...ids: string[]): Promise<Store> {
      const store = await database().open();
      for (const id of ids) await store.upsertSource(sourceDefinition(id), 'config', T0);
      return store;
    }

    void it('lists newest first by published time, undated entries by when they were first seen', async () => {
      const store = await storeWithSources('wire', 'desk');
      await store.saveEntries(
        [
          feedEntry('wire', 'old', { published: '2024-04-20T10:00:00.000Z' }),
          feedEntry('wire', 'new', { published: '2024-05-02T10:00:00.000Z' }),
          feedEntry('desk', 'undated', { published: null }),
        ],
        T0,
      );
      await store.saveEntries([feedEntry('desk', 'later-undated', { published: null })], T2);
      const listed = await store.listEntries({ limit: 10 });
      assert.deepEqual(
        listed.map((entry) => entry.guid),
        ['later-undated', 'new', 'undated', 'old'],
      );
      assert.equal(listed[1]?.title, 'Item new');
      assert.deepEqual(listed[1]?.authors, ['Desk Reporter']);
    });

    void it('narrows to one source and pages with limit and offset', async () => {
      const store = await storeWithSources('wire', 'desk');
      const hours = [1, 2, 3, 4, 5];
      await store.saveEntries(
        hours.map((h) => feedEntry('wire', `w${h}`, { published: `2024-05-01T0${h}:00:00.000Z` })),
        T0,
      );
      await store.saveEntries([feedEntry('desk', 'd1', { published: '2024-05-01T09:00:00.000Z' })], T0);
      const page = (offset: number) => store.listEntries({ sourceId: 'wire', limit: 2, offset });
      assert.deepEqual((await page(0)).map((e) => e.guid), ['w5', 'w4']);
      assert.deepEqual((await page(2)).map((e) => e.guid), ['w3', 'w2']);
      assert.deepEqual((await page(4)).map((e) => e.guid), ['w1']);
      assert.deepEqual(await store.listEntries({ sourceId: 'nobody', limit: 5 }), []);
      await assert.rejects(store.listEntries({ limit: -1 }), /store: limit must be a whole number of rows/);
    });

    void it('counts the entries each source delivered since a time', async () => {
      const store = await storeWithSources('wire', 'desk', 'quiet');
      await store.saveEntries([feedEntry('wire', 'a'), feedEntry('wire', 'b'), feedEntry('desk', 'c')], T0);
      await store.saveEntries([feedEntry('wire', 'd'), feedEntry('desk', 'e')], T2);
      // Seen again later: still counted once, at the time it was first seen.
      await store.saveEntries([feedEntry('wire', 'a', { title: 'Changed' })], T2);
      const since = await store.countEntriesSince(T1);
      assert.deepEqual([...since].sort(), [
        ['desk', 1],
        ['wire', 1],
      ]);
      assert.deepEqual([...(await store.countEntriesSince(T0))].sort(), [
        ['desk', 2],
        ['wire', 3],
      ]);
    });
  });
}
