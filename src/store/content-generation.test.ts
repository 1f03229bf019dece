import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store } from './store.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';
import { cleanArticle, feedEntry, hindiTranslation, sourceDefinition } from './test-records.ts';

const T0 = '2024-05-01T09:00:00.000Z';
const T1 = '2024-05-01T10:00:00.000Z';
const LATER = '2024-05-02T06:00:00.000Z';

for (const dialect of testDialects) {
  void describe(`content generation on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);
    const generation = async (store: Store) => (await store.contentState(T1)).generation;

    async function storeWithArticle(): Promise<{ store: Store; id: number }> {
      const store = await database().open();
      await store.upsertSource(sourceDefinition('wire'), 'config', T0);
      await store.saveEntries([feedEntry('wire', 'a')], T0);
      const [entry] = await store.entriesNeedingArticles(1);
      const id = await store.saveArticle(cleanArticle('Headline a'), { entryId: entry!.id, sourceId: 'wire', section: 'world', slug: 'a' }, T0);
      return { store, id };
    }

    void it('moves with every write the site shows, from any connection, and not with a fetch', async () => {
      const { store, id } = await storeWithArticle();
      const other = await database().open();
      const before = await generation(other);

      await store.recordFetchSuccess('wire', { at: T1, status: 200, etag: '"x"', lastModified: null, nextFetchAt: LATER });
      await store.saveEntries([feedEntry('wire', 'b')], T1);
      assert.equal(await generation(other), before, 'fetch state and raw entries show nowhere cached');

      await store.killArticle(id, { actor: 'cli:sam', at: T1, reason: 'legal hold' });
      const afterKill = await generation(other);
      assert.ok(afterKill > before, 'a kill moves it, seen by another connection');

      await store.upsertSource(sourceDefinition('wire', { name: 'Renamed Wire' }), 'config', T1);
      assert.ok((await generation(other)) > afterKill, 'a source renamed moves it');
    });

    void it('moves when a held translation is stored and when a reviewer approves it', async () => {
      const { store, id } = await storeWithArticle();
      const other = await database().open();
      const articleVersion = (await store.getArticle(id))!.updatedAt;
      const before = await generation(other);
      const translation = await store.saveTranslation(hindiTranslation(id, articleVersion, { status: 'review' }), T1);
      const saved = await generation(other);
      assert.ok(saved > before);
      assert.equal(await store.approveTranslation(translation, T1), true);
      assert.ok((await generation(other)) > saved, 'an approval moves it');
    });

    void it('names the next embargo end, ignoring killed articles and ended embargoes', async () => {
      const store = await database().open();
      await store.upsertSource(sourceDefinition('wire'), 'config', T0);
      await store.saveEntries(['a', 'b', 'c'].map((guid) => feedEntry('wire', guid)), T0);
      const entries = await store.entriesNeedingArticles(3);
      const ids: number[] = [];
      const ends = ['2024-05-01T12:00:00.000Z', '2024-05-01T11:00:00.000Z', '2024-05-01T09:30:00.000Z'];
      for (const [i, entry] of entries.entries()) {
        const placement = { entryId: entry.id, sourceId: 'wire', section: 'world', slug: entry.guid, embargoedUntil: ends[i]! };
        ids.push(await store.saveArticle(cleanArticle(`Headline ${entry.guid}`), placement, T0));
      }
      assert.equal((await store.contentState(T1)).nextEmbargoEnd, '2024-05-01T11:00:00.000Z');
      await store.killArticle(ids[1]!, { actor: 'cli:sam', at: T1, reason: 'wrong' });
      assert.equal((await store.contentState(T1)).nextEmbargoEnd, '2024-05-01T12:00:00.000Z');
      assert.equal((await store.contentState(LATER)).nextEmbargoEnd, null);
    });
  });
}
