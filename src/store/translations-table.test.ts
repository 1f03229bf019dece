import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store, TranslationRecord } from './store.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from './test-records.ts';

const T0 = '2026-03-02T08:00:00.000Z';
const T1 = '2026-03-02T09:00:00.000Z';
const T2 = '2026-03-02T10:00:00.000Z';

function hindi(articleId: number, articleVersion: string, fields: Partial<TranslationRecord> = {}): TranslationRecord {
  return {
    articleId,
    targetLang: 'hi',
    articleVersion,
    engine: 'apertium',
    headline: 'बंदरगाह फिर खुला',
    headlineLang: null,
    translatedHeadline: 'बंदरगाह फिर खुला',
    headlinePolicy: 'translate',
    blocks: [{ type: 'paragraph', content: [{ kind: 'text', text: 'बंदरगाह सोमवार को खुला।' }] }],
    text: 'बंदरगाह सोमवार को खुला।',
    status: 'pass',
    issues: [],
    attempts: 1,
    nextAttemptAt: null,
    lastError: null,
    ...fields,
  };
}

for (const dialect of testDialects) {
  void describe(`translations on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    /** Two English articles of source `wire` (section world) and one Hindi of `desk`; their ids and versions. */
    async function storeWithArticles(): Promise<{ store: Store; ids: number[]; version: (id: number) => Promise<string> }> {
      const store = await database().open();
      await store.upsertSource(sourceDefinition('wire'), 'config', T0);
      await store.upsertSource(sourceDefinition('desk', { section: 'india' }), 'config', T0);
      await store.saveEntries([feedEntry('wire', 'a'), feedEntry('wire', 'b'), feedEntry('desk', 'c')], T0);
      const entries = await store.entriesNeedingArticles(10);
      const byGuid = new Map(entries.map((e) => [e.guid, e.id]));
      const ids = [
        await store.saveArticle(cleanArticle('Harbour reopens', { lang: 'en', published: '2026-03-01T08:00:00Z' }), { entryId: byGuid.get('a')!, sourceId: 'wire', section: 'world', slug: 'harbour' }, T0),
        await store.saveArticle(cleanArticle('Rail strike ends', { lang: 'en', published: '2026-03-01T09:00:00Z' }), { entryId: byGuid.get('b')!, sourceId: 'wire', section: 'world', slug: 'rail' }, T0),
        await store.saveArticle(cleanArticle('बारिश', { lang: 'hi' }), { entryId: byGuid.get('c')!, sourceId: 'desk', section: 'india', slug: 'barish' }, T0),
      ];
      const version = async (id: number) => (await store.getArticle(id))!.updatedAt;
      return { store, ids, version };
    }

    void it('saves a translation and reads it back whole; saving again replaces it', async () => {
      const { store, ids, version } = await storeWithArticles();
      const record = hindi(ids[0]!, await version(ids[0]!), { status: 'review', issues: [{ code: 'untranslated', message: 'English run left', span: null }] });
      const id = await store.saveTranslation(record, T1);
      const stored = await store.getTranslation(id);
      assert.deepEqual({ ...stored, id: 0 }, { ...record, id: 0, approvedAt: null, createdAt: T1, updatedAt: T1 });
      const again = await store.saveTranslation({ ...record, status: 'pass', issues: [] }, T2);
      assert.equal(again, id);
      assert.equal((await store.getTranslation(id))!.status, 'pass');
      assert.equal((await store.getTranslation(id))!.createdAt, T1);
    });

    void it('a review is published once approved, and a new version needs approving again', async () => {
      const { store, ids, version } = await storeWithArticles();
      const record = hindi(ids[0]!, await version(ids[0]!), { status: 'review' });
      const id = await store.saveTranslation(record, T1);
      const published = async () => [(await store.publishedTranslation(ids[0]!, 'hi'))?.id ?? null, (await store.publishedTranslationsOf(ids[0]!)).map((t) => t.id)];
      assert.deepEqual(await published(), [null, []]);
      assert.deepEqual((await store.editionTranslationSummaries({ targetLang: 'hi', limit: 10 })).map((s) => [s.headline, s.lang, s.translationState]), [['Harbour reopens', 'en', 'unavailable']]);
      assert.equal(await store.approveTranslation(id, T2), true);
      const summaries = await store.editionTranslationSummaries({ targetLang: 'hi', limit: 10 });
      assert.deepEqual(summaries.map((s) => [s.id, s.headline, s.lang, s.translationState]), [[ids[0], 'बंदरगाह फिर खुला', 'hi', 'machine']]);
      assert.deepEqual(await published(), [id, [id]]);
      await store.saveTranslation(record, T2);
      assert.deepEqual(await published(), [null, []]);
      assert.equal(await store.approveTranslation(999, T2), false);
    });

    void it('pending and unavailable translations are not published; lists filter by status', async () => {
      const { store, ids, version } = await storeWithArticles();
      await store.saveTranslation(hindi(ids[0]!, await version(ids[0]!), { status: 'pending', blocks: null, headline: null, text: null, nextAttemptAt: T2, lastError: 'engine down' }), T1);
      await store.saveTranslation(hindi(ids[1]!, await version(ids[1]!)), T1);
      const listed = await store.editionTranslationSummaries({ targetLang: 'hi', limit: 10 });
      assert.deepEqual(listed.map((s) => [s.id, s.translationState]), [[ids[1], 'machine'], [ids[0], 'unavailable']]);
      assert.deepEqual((await store.listTranslations({ status: 'pending', limit: 10 })).map((t) => t.articleId), [ids[0]]);
      assert.equal((await store.listTranslations({ limit: 10 })).length, 2);
      assert.deepEqual((await store.translationsOf(ids[0]!)).map((t) => t.status), ['pending']);
    });

    void it('work to do: missing, stale, unavailable and due pending translations of the wanted sources', async () => {
      const { store, ids, version } = await storeWithArticles();
      const need = async (now: string) =>
        (await store.articlesNeedingTranslation({ targetLang: 'hi', sourceIds: ['wire', 'desk'], sections: [], servedFrom: ['en'], now, limit: 10 })).map((w) => w.article.id);
      // The Hindi article is never translated into Hindi; oldest first.
      assert.deepEqual(await need(T1), [ids[0], ids[1]]);
      await store.saveTranslation(hindi(ids[0]!, await version(ids[0]!)), T1);
      await store.saveTranslation(hindi(ids[1]!, await version(ids[1]!), { status: 'pending', attempts: 2, nextAttemptAt: T2 }), T1);
      assert.deepEqual(await need(T1), []);
      const due = await store.articlesNeedingTranslation({ targetLang: 'hi', sourceIds: [], sections: ['world'], servedFrom: [], now: T2, limit: 10 });
      assert.deepEqual(due.map((w) => [w.article.id, w.previous]), [[ids[1], { status: 'pending', attempts: 2 }]]);
      // Rebuilding the article makes its translation stale.
      const entry = (await store.listEntries({ limit: 10 })).find((e) => e.guid === 'a')!;
      await store.saveArticle(cleanArticle('Harbour reopens fully', { lang: 'en' }), { entryId: entry.id, sourceId: 'wire', section: 'world', slug: 'harbour' }, T2);
      assert.deepEqual(await need(T1), [ids[0]]);
      // Unavailable: asked again only once an engine serves the article's language.
      await store.saveTranslation(hindi(ids[1]!, await version(ids[1]!), { status: 'unavailable', engine: null }), T1);
      const unserved = await store.articlesNeedingTranslation({ targetLang: 'hi', sourceIds: ['wire'], sections: [], servedFrom: ['ur'], now: T2, limit: 10 });
      assert.deepEqual(unserved.map((w) => w.article.id), [ids[0]]);
      assert.deepEqual((await need(T2)).sort(), [ids[0], ids[1]].sort());
      assert.deepEqual(await store.articlesNeedingTranslation({ targetLang: 'hi', sourceIds: ['other'], sections: [], servedFrom: [], now: T2, limit: 10 }), []);
    });

    void it('translations go with their article', async () => {
      const { store, ids, version } = await storeWithArticles();
      await store.saveTranslation(hindi(ids[0]!, await version(ids[0]!)), T1);
      assert.equal(await store.removeSource('wire'), true);
      assert.equal((await store.listTranslations({ limit: 10 })).length, 0);
    });
  });
}
