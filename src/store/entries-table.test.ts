import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SAVE_BATCH_ROWS } from './entries-table.ts';
import type { Store } from './store.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from './test-records.ts';

const T0 = '2024-05-01T09:00:00.000Z';
const T1 = '2024-05-01T09:15:00.000Z';
const T2 = '2024-05-01T09:30:00.000Z';

/** Makes an article for every entry that needs one, as the pipeline would. */
async function buildArticles(store: Store, now: string): Promise<void> {
  for (const entry of await store.entriesNeedingArticles(100)) {
    const placement = { entryId: entry.id, sourceId: entry.sourceId, section: 'world', slug: entry.guid };
    await store.saveArticle(cleanArticle(entry.title), placement, now);
  }
}

for (const dialect of testDialects) {
  void describe(`entries on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    async function storeWithSources(...ids: string[]): Promise<Store> {
      const store = await database().open();
      for (const id of ids) await store.upsertSource(sourceDefinition(id), 'config', T0);
      return store;
    }

    void it('stores a re-read feed once: inserted the first time, unchanged after', async () => {
      const store = await storeWithSources('wire');
      const feed = [feedEntry('wire', 'a'), feedEntry('wire', 'b')];
      assert.deepEqual(await store.saveEntries(feed, T0), { inserted: 2, updated: 0, unchanged: 0 });
      assert.deepEqual(await store.saveEntries(feed, T1), { inserted: 0, updated: 0, unchanged: 2 });
      assert.equal((await store.counts()).entries, 2);
    });

    void it('reads an entry back with every field it was given', async () => {
      const store = await storeWithSources('wire');
      const given = feedEntry('wire', 'a', { authors: ['A. Writer', 'B. Editor'], categories: ['world', 'asia'] });
      await store.saveEntries([given], T0);
      const [stored] = await store.entriesNeedingArticles(1);
      assert.ok(stored);
      const { id, contentHash, firstSeenAt, updatedAt, ...entry } = stored;
      assert.deepEqual(entry, given);
      assert.equal(typeof id, 'number');
      assert.match(contentHash, /^[0-9a-f]{64}$/);
      assert.equal(firstSeenAt, T0);
      assert.equal(updatedAt, T0);
    });

    void it('saves a feed larger than one transaction in batches: a failed batch keeps those before it, and the feed read again stores the rest once', async () => {
      const store = await storeWithSources('wire');
      const size = 2 * SAVE_BATCH_ROWS + 100;
      const feed = Array.from({ length: size }, (_, i) => feedEntry('wire', `item-${i}`));
      // The third batch holds an item the database refuses (no title), as a crash there would stop it.
      const broken = feed.map((entry, i) => (i === size - 1 ? { ...entry, title: null as unknown as string } : entry));
      await assert.rejects(
        store.saveEntries(broken, T0),
        new RegExp(`^Error: store: could not save entries ${2 * SAVE_BATCH_ROWS + 1}–${size} of ${size} of source wire \\(the ${2 * SAVE_BATCH_ROWS} before them are saved\\)$`),
      );
      assert.equal((await store.counts()).entries, 2 * SAVE_BATCH_ROWS);

      assert.deepEqual(await store.saveEntries(feed, T1), { inserted: 100, updated: 0, unchanged: 2 * SAVE_BATCH_ROWS });
      const stored = await store.listEntries({ limit: 2 * size });
      assert.equal(stored.length, size);
      assert.equal(new Set(stored.map((e) => e.guid)).size, size, 'no item stored twice');
    });

    void it('keeps the same guid from different sources apart', async () => {
      const store = await storeWithSources('one', 'two');
      const result = await store.saveEntries([feedEntry('one', 'shared'), feedEntry('two', 'shared')], T0);
      assert.deepEqual(result, { inserted: 2, updated: 0, unchanged: 0 });
    });

    void it('updates a changed item in place and asks for its article again', async () => {
      const store = await storeWithSources('wire');
      await store.saveEntries([feedEntry('wire', 'a'), feedEntry('wire', 'b')], T0);
      await buildArticles(store, T0);
      assert.deepEqual(await store.entriesNeedingArticles(10), []);
      const [before] = await store.latestArticles({ limit: 1 });

      const changed = feedEntry('wire', 'a', { title: 'Corrected headline' });
      const reordered = feedEntry('wire', 'b', { categories: ['World '] });
      assert.deepEqual(await store.saveEntries([changed, reordered], T1), { inserted: 0, updated: 1, unchanged: 1 });

      const pending = await store.entriesNeedingArticles(10);
      assert.deepEqual(
        pending.map((entry) => [entry.guid, entry.title, entry.firstSeenAt, entry.updatedAt]),
        [['a', 'Corrected headline', T0, T1]],
      );
      await buildArticles(store, T2);
      assert.deepEqual(await store.entriesNeedingArticles(10), []);
      assert.equal((await store.counts()).articles, 2);
      const rebuilt = await store.getArticle(before?.id ?? -1);
      assert.ok(rebuilt, 'the rebuilt article keeps its id');
    });

    void it('re-files an item whose categories changed, not one whose tags were only re-ordered', async () => {
      const store = await storeWithSources('wire');
      await store.saveEntries([feedEntry('wire', 'a', { categories: ['world', 'asia'] })], T0);
      await buildArticles(store, T0);
      const reordered = feedEntry('wire', 'a', { categories: ['Asia', 'world'] });
      assert.deepEqual(await store.saveEntries([reordered], T1), { inserted: 0, updated: 0, unchanged: 1 });
      const refiled = feedEntry('wire', 'a', { categories: ['sports'] });
      assert.deepEqual(await store.saveEntries([refiled], T2), { inserted: 0, updated: 1, unchanged: 0 });
      assert.equal((await store.entriesNeedingArticles(5)).length, 1);
    });

    void it('counts a guid listed twice in one batch once and keeps its last copy', async () => {
      const store = await storeWithSources('wire');
      const batch = [
        feedEntry('wire', 'a', { title: 'First copy' }),
        feedEntry('wire', 'b'),
        feedEntry('wire', 'a', { title: 'Last copy' }),
      ];
      assert.deepEqual(await store.saveEntries(batch, T0), { inserted: 2, updated: 0, unchanged: 0 });
      const titles = (await store.entriesNeedingArticles(10)).map((entry) => entry.title);
      assert.deepEqual(titles.sort(), ['Item b', 'Last copy']);

      const again = [feedEntry('wire', 'a', { title: 'Third copy' }), feedEntry('wire', 'a', { title: 'Fourth copy' })];
      assert.deepEqual(await store.saveEntries(again, T1), { inserted: 0, updated: 1, unchanged: 0 });
      const stored = (await store.entriesNeedingArticles(10)).find((entry) => entry.guid === 'a');
      assert.equal(stored?.title, 'Fourth copy');
    });

    void it('hands out entries needing articles oldest first, up to the limit', async () => {
      const store = await storeWithSources('wire');
      await store.saveEntries([feedEntry('wire', 'first')], T0);
      await store.saveEntries([feedEntry('wire', 'second')], T1);
      await store.saveEntries([feedEntry('wire', 'third')], T2);
      const pending = await store.entriesNeedingArticles(2);
      assert.deepEqual(
        pending.map((entry) => entry.guid),
        ['first', 'second'],
      );
    });

    void it('accepts an empty batch', async () => {
      const store = await storeWithSources('wire');
      assert.deepEqual(await store.saveEntries([], T0), { inserted: 0, updated: 0, unchanged: 0 });
    });

    void it('rejects a time that is not a timestamp, naming it', async () => {
      const store = await storeWithSources('wire');
      await assert.rejects(store.saveEntries([feedEntry('wire', 'a')], 'yesterday'), /store: .* "yesterday" is not an ISO 8601 timestamp/);
    });
  });
}
