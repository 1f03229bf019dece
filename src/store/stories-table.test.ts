import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store, StoryRecord, TranslationRecord } from './store.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from './test-records.ts';

const T0 = '2026-11-24T09:00:00.000Z';

function story(id: string, fields: Partial<StoryRecord> = {}): StoryRecord {
  return {
    id,
    title: `Story ${id}`,
    firstSeen: '2026-11-24T06:00:00.000Z',
    lastSeen: '2026-11-24T08:00:00.000Z',
    articleCount: 1,
    sourceCount: 1,
    independentSourceCount: 1,
    languages: ['en'],
    trendScore: 1,
    mergedInto: null,
    ...fields,
  };
}

for (const dialect of testDialects) {
  void describe(`stories on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    /** Articles by guid, one source per language, published an hour apart in the given order. */
    async function articles(store: Store, specs: { guid: string; lang: string }[]): Promise<number[]> {
      const ids = [];
      for (const [i, { guid, lang }] of specs.entries()) {
        const sourceId = `src-${lang}`;
        await store.upsertSource(sourceDefinition(sourceId, { language: lang === 'hi' ? 'hi' : 'en' }), 'config', T0);
        await store.saveEntries([feedEntry(sourceId, guid)], T0);
        const entry = (await store.listEntries({ sourceId, limit: 50 })).find((e) => e.guid === guid);
        assert.ok(entry);
        const published = new Date(Date.parse(T0) + i * 3_600_000).toISOString();
        ids.push(await store.saveArticle(cleanArticle(`Headline ${guid}`, { lang, published }), { entryId: entry.id, sourceId, section: 'world', slug: guid }, T0));
      }
      return ids;
    }

    it('keeps memberships and stories, and lists stories by trend or recency, per language', async () => {
      const store = await database().open();
      const [a, b, c] = await articles(store, [{ guid: 'a', lang: 'en' }, { guid: 'b', lang: 'hi' }, { guid: 'c', lang: 'en' }]);
      assert.ok(a && b && c);
      assert.deepEqual(await store.clusteringBounds(T0), { newest: '2026-11-24T11:00:00.000Z', oldestUnassigned: T0 });
      await store.saveStoryMemberships([
        { articleId: a, storyId: 's1', nearDuplicateOf: null, canonicalId: a },
        { articleId: b, storyId: 's1', nearDuplicateOf: a, canonicalId: a },
        { articleId: c, storyId: 's2', nearDuplicateOf: null, canonicalId: c },
      ]);
      assert.deepEqual(await store.clusteringBounds(T0), { newest: '2026-11-24T11:00:00.000Z', oldestUnassigned: null });
      await store.saveStories([story('s1', { trendScore: 5, lastSeen: '2026-11-24T10:00:00.000Z', languages: ['en', 'hi'] }), story('s2', { trendScore: 2, lastSeen: '2026-11-24T11:00:00.000Z' })], T0);

      assert.deepEqual((await store.listStories({ sort: 'trend', limit: 10 })).map((s) => s.id), ['s1', 's2']);
      assert.deepEqual((await store.listStories({ sort: 'recent', limit: 10 })).map((s) => s.id), ['s2', 's1']);
      assert.deepEqual((await store.listStories({ sort: 'trend', lang: 'hi', limit: 10 })).map((s) => s.id), ['s1']);
      assert.deepEqual((await store.listStories({ sort: 'trend', excludeLangs: ['en'], limit: 10 })).map((s) => s.id), ['s1']);
      assert.deepEqual(await store.getStory('s1'), story('s1', { trendScore: 5, lastSeen: '2026-11-24T10:00:00.000Z', languages: ['en', 'hi'] }));

      const members = await store.storyMembers(['s1']);
      assert.deepEqual(members.map((m) => [m.id, m.isCanonical, m.nearDuplicateOf, m.headline]), [[a, true, null, 'Headline a'], [b, false, a, 'Headline b']]);
      const found = await store.storyMemberships([b, 999]);
      assert.deepEqual([...found.keys()], [b]);

      const replay = await store.articlesForClustering('2026-11-24T09:30:00Z', null, 10, T0);
      assert.deepEqual(replay.map((r) => [r.id, r.storyId]), [[b, 's1'], [c, 's2']]);
      const page = await store.articlesForClustering(T0, { sortKey: replay[0]?.sortKey ?? '', id: b }, 10, T0);
      assert.deepEqual(page.map((r) => r.id), [c]);
    });

    it('gives the clusterer each article\'s translated headlines, kept or shown, and none of a translation not made', async () => {
      const store = await database().open();
      const [a, b] = await articles(store, [{ guid: 'a', lang: 'en' }, { guid: 'b', lang: 'en' }]);
      assert.ok(a && b);
      const translation = (articleId: number, targetLang: string, fields: Partial<TranslationRecord>): TranslationRecord => ({
        articleId, targetLang, articleVersion: T0, engine: 'mt', headline: 'Headline a', headlineLang: 'en', translatedHeadline: null,
        headlinePolicy: 'keep', blocks: [], text: '', status: 'pass', issues: [], attempts: 1, nextAttemptAt: null, lastError: null, ...fields,
      });
      await store.saveTranslation(translation(a, 'hi', { translatedHeadline: 'शीर्षक ए' }), T0);
      await store.saveTranslation(translation(a, 'es', { headline: 'Titular a', headlineLang: null, headlinePolicy: 'translate', translatedHeadline: 'Titular a' }), T0);
      await store.saveTranslation(translation(b, 'hi', { headline: null, headlineLang: null, status: 'pending', blocks: null, text: null }), T0);
      const replay = await store.articlesForClustering(T0, null, 10, T0);
      assert.deepEqual(replay.map((r) => [r.id, r.translatedHeadlines]), [
        [a, [{ lang: 'es', headline: 'Titular a' }, { lang: 'hi', headline: 'शीर्षक ए' }]],
        [b, []],
      ]);
    });

    it('hides merged stories from lists, deletes emptied ones, and stops old ones trending', async () => {
      const store = await database().open();
      const [a, b] = await articles(store, [{ guid: 'a', lang: 'en' }, { guid: 'b', lang: 'en' }]);
      assert.ok(a && b);
      await store.saveStoryMemberships([
        { articleId: a, storyId: 'kept', nearDuplicateOf: null, canonicalId: a },
        { articleId: b, storyId: 'kept', nearDuplicateOf: null, canonicalId: b },
      ]);
      await store.saveStories([story('kept'), story('merged', { mergedInto: 'kept' }), story('emptied', { lastSeen: '2026-11-20T00:00:00.000Z' })], T0);
      assert.deepEqual((await store.listStories({ sort: 'trend', limit: 10 })).map((s) => s.id), ['kept', 'emptied']);
      await store.clearTrendsBefore('2026-11-23T00:00:00Z');
      assert.equal((await store.getStory('emptied'))?.trendScore, 0);
      assert.equal((await store.getStory('kept'))?.trendScore, 1);
      assert.deepEqual(await store.deleteEmptyStories(), ['emptied']);
      assert.equal((await store.getStory('merged'))?.mergedInto, 'kept');
    });

    it('drops an article\'s membership with the article', async () => {
      const store = await database().open();
      const [a] = await articles(store, [{ guid: 'a', lang: 'en' }]);
      assert.ok(a);
      await store.saveStoryMemberships([{ articleId: a, storyId: 's', nearDuplicateOf: null, canonicalId: a }]);
      await store.removeSource('src-en');
      assert.equal((await store.storyMemberships([a])).size, 0);
    });
  });
}
