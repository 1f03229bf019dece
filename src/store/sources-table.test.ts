import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDialects, useFreshDatabase } from './test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from './test-records.ts';

const T0 = '2024-05-01T09:00:00.000Z';
const T1 = '2024-05-01T09:15:00.000Z';
const T2 = '2024-05-01T09:30:00.000Z';

for (const dialect of testDialects) {
  void describe(`sources on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('stores a definition and reads it back whole', async () => {
      const store = await database().open();
      const def = sourceDefinition('wire', {
        licence: 'CC BY 4.0',
        notice: { hi: 'सिंडिकेट', en: 'Syndicated' },
        licenceRules: { edits: 'headline', translation: 'review' },
      });
      await store.upsertSource(def, 'cli', '2024-05-01T14:30:00+05:30');
      assert.deepEqual(await store.getSource('wire'), {
        ...def,
        origin: 'cli',
        createdAt: T0,
        etag: null,
        lastModified: null,
        lastAttemptAt: null,
        lastSuccessAt: null,
        lastStatus: null,
        lastError: null,
        lastErrorKind: null,
        lastErrorBody: null,
        consecutiveFailures: 0,
        nextFetchAt: null,
        pausedAt: null,
      });
      assert.equal(await store.getSource('missing'), null);
    });

    void it('updates a definition without forgetting how the source was last fetched', async () => {
      const store = await database().open();
      await store.upsertSource(sourceDefinition('wire', { notice: 'Syndicated' }), 'config', T0);
      await store.recordFetchSuccess('wire', {
        at: T1,
        status: 200,
        etag: '"v1"',
        lastModified: 'Wed, 01 May 2024 09:00:00 GMT',
        nextFetchAt: T2,
      });
      await store.upsertSource(sourceDefinition('wire', { name: 'Renamed wire', notice: 'Syndicated' }), 'config', T2);

      const source = await store.getSource('wire');
      assert.equal(source?.name, 'Renamed wire');
      assert.equal(source?.notice, 'Syndicated');
      assert.equal(source?.createdAt, T0);
      assert.equal(source?.etag, '"v1"');
      assert.equal(source?.lastModified, 'Wed, 01 May 2024 09:00:00 GMT');
      assert.equal(source?.lastSuccessAt, T1);
      assert.equal(source?.nextFetchAt, T2);
    });

    void it('counts consecutive failures and clears them on the next success', async () => {
      const store = await database().open();
      await store.upsertSource(sourceDefinition('wire'), 'config', T0);
      await store.recordFetchSuccess('wire', { at: T0, status: 200, etag: '"v1"', lastModified: null, nextFetchAt: T1 });
      await store.recordFetchFailure('wire', { at: T1, status: 503, error: 'HTTP 503', errorKind: 'status', bodyStart: '<h1>Down for maintenance</h1>', nextFetchAt: T2 });
      assert.equal((await store.getSource('wire'))?.lastErrorBody, '<h1>Down for maintenance</h1>');
      await store.recordFetchFailure('wire', { at: T2, status: null, error: 'timed out', errorKind: 'timeout', nextFetchAt: null });

      const failing = await store.getSource('wire');
      assert.equal(failing?.consecutiveFailures, 2);
      assert.equal(failing?.lastError, 'timed out');
      assert.equal(failing?.lastErrorKind, 'timeout');
      assert.equal(failing?.lastErrorBody, null, 'a failure without a body does not keep the last one');
      assert.equal(failing?.lastStatus, null);
      assert.equal(failing?.lastAttemptAt, T2);
      assert.equal(failing?.lastSuccessAt, T0);
      assert.equal(failing?.etag, '"v1"', 'the validators of the last success are kept for the next request');

      await store.recordFetchSuccess('wire', { at: T2, status: 304, etag: '"v1"', lastModified: null, nextFetchAt: T1 });
      const recovered = await store.getSource('wire');
      assert.equal(recovered?.consecutiveFailures, 0);
      assert.equal(recovered?.lastError, null);
      assert.equal(recovered?.lastErrorKind, null);
      assert.equal(recovered?.lastStatus, 304);
      assert.equal(recovered?.lastSuccessAt, T2);
    });

    void it('pauses and resumes a source, keeping the pause across re-syncs of its definition', async () => {
      const store = await database().open();
      await store.upsertSource(sourceDefinition('wire'), 'config', T0);
      assert.equal(await store.setSourcePaused('wire', '2024-05-01T14:45:00+05:30'), true);
      assert.equal((await store.getSource('wire'))?.pausedAt, T1);
      await store.upsertSource(sourceDefinition('wire', { name: 'Renamed wire' }), 'config', T2);
      assert.equal((await store.getSource('wire'))?.pausedAt, T1);
      assert.equal(await store.setSourcePaused('wire', null), true);
      assert.equal((await store.getSource('wire'))?.pausedAt, null);
      assert.equal(await store.setSourcePaused('ghost', T0), false);
    });

    void it('makes a source due now without touching the rest of its fetch state', async () => {
      const store = await database().open();
      await store.upsertSource(sourceDefinition('wire'), 'config', T0);
      await store.recordFetchSuccess('wire', { at: T0, status: 200, etag: '"v1"', lastModified: null, nextFetchAt: T2 });
      assert.equal(await store.scheduleSourceFetch('wire', T1), true);
      const source = await store.getSource('wire');
      assert.equal(source?.nextFetchAt, T1);
      assert.equal(source?.etag, '"v1"');
      assert.equal(source?.lastSuccessAt, T0);
      assert.equal(await store.scheduleSourceFetch('ghost', T1), false);
    });

    void it('keeps a permanent move across re-syncs of the same definition; a new URL in the definition replaces it', async () => {
      const store = await database().open();
      await store.upsertSource(sourceDefinition('wire'), 'config', T0);
      await store.moveSource('wire', 'https://wire.example/moved/feed.xml');
      assert.equal((await store.getSource('wire'))?.url, 'https://wire.example/moved/feed.xml');

      await store.upsertSource(sourceDefinition('wire', { name: 'Renamed wire' }), 'config', T1);
      const resynced = await store.getSource('wire');
      assert.equal(resynced?.url, 'https://wire.example/moved/feed.xml');
      assert.equal(resynced?.name, 'Renamed wire');

      await store.upsertSource(sourceDefinition('wire', { url: 'https://wire.example/v2/feed.xml' }), 'config', T2);
      assert.equal((await store.getSource('wire'))?.url, 'https://wire.example/v2/feed.xml');
      await store.upsertSource(sourceDefinition('wire', { url: 'https://wire.example/v2/feed.xml' }), 'config', T2);
      assert.equal((await store.getSource('wire'))?.url, 'https://wire.example/v2/feed.xml');
      await assert.rejects(store.moveSource('ghost', 'https://ghost.example/'), /no source "ghost"/);
    });

    void it('refuses to record a fetch of a source it does not know', async () => {
      const store = await database().open();
      await assert.rejects(
        store.recordFetchFailure('ghost', { at: T0, status: 500, error: 'boom', errorKind: 'status', nextFetchAt: null }),
        /^Error: store: no source "ghost"$/,
      );
      await assert.rejects(
        store.recordFetchSuccess('ghost', { at: T0, status: 200, etag: null, lastModified: null, nextFetchAt: null }),
        /no source "ghost"/,
      );
    });

    void it('removes a source together with its entries and articles, and nothing else', async () => {
      const store = await database().open();
      for (const id of ['doomed', 'other']) {
        await store.upsertSource(sourceDefinition(id), 'config', T0);
        await store.saveEntries([feedEntry(id, 'a'), feedEntry(id, 'b')], T0);
      }
      for (const entry of await store.entriesNeedingArticles(10)) {
        const placement = { entryId: entry.id, sourceId: entry.sourceId, section: 'world', slug: entry.guid };
        await store.saveArticle(cleanArticle(entry.title), placement, T1);
      }
      assert.deepEqual(await store.counts(), { sources: 2, entries: 4, articles: 4 });

      assert.equal(await store.removeSource('doomed'), true);
      assert.deepEqual(await store.counts(), { sources: 1, entries: 2, articles: 2 });
      const remaining = await store.latestArticles({ limit: 10 });
      assert.deepEqual(remaining.map((article) => article.sourceId), ['other', 'other']);
      assert.equal(await store.removeSource('doomed'), false);
    });

    void it('prunes config sources dropped from the file, but never CLI ones', async () => {
      const store = await database().open();
      for (const id of ['alpha', 'beta', 'gamma']) await store.upsertSource(sourceDefinition(id), 'config', T0);
      await store.upsertSource(sourceDefinition('added-by-hand'), 'cli', T0);

      assert.deepEqual(await store.pruneConfigSources(['alpha']), ['beta', 'gamma']);
      assert.deepEqual(
        (await store.listSources()).map((source) => source.id),
        ['added-by-hand', 'alpha'],
      );
      assert.deepEqual(await store.pruneConfigSources([]), ['alpha']);
      assert.deepEqual(
        (await store.listSources()).map((source) => source.id),
        ['added-by-hand'],
      );
    });
  });
}
