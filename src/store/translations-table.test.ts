import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store } from './store.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';
import { cleanArticle, feedEntry, hindiTranslation, sourceDefinition } from './test-records.ts';

const T0 = '2026-03-02T08:00:00.000Z';
const T1 = '2026-03-02T09:00:00.000Z';
const T2 = '2026-03-02T10:00:00.000Z';

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
      const record = hindiTranslation(ids[0]!, await version(ids[0]!), { status: 'review', issues: [{ code: 'untranslated', message: 'English run left', span: null }] });
      const id = await store.saveTranslation(record, T1);
      const stored = await store.getTranslation(id);
      assert.deepEqual({ ...stored, id: 0 }, { ...record, id: 0, approvedAt: null, createdAt: T1, updatedAt: T1, sourceSnapshot: null, segmentOrigins: null, staleSince: null, staleFrom: null });
      const again = await store.saveTranslation({ ...record, status: 'pass', issues: [] }, T2);
      assert.equal(again, id);
      assert.equal((await store.getTranslation(id))!.status, 'pass');
      assert.equal((await store.getTranslation(id))!.createdAt, T1);
    });

    void it('a review is published once approved, and a new version needs approving again', async () => {
      const { store, ids, version } = await storeWithArticles();
      const record = hindiTranslation(ids[0]!, await version(ids[0]!), { status: 'review' });
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
      await store.saveTranslation(hindiTranslation(ids[0]!, await version(ids[0]!), { status: 'pending', blocks: null, headline: null, text: null, nextAttemptAt: T2, lastError: 'engine down' }), T1);
      await store.saveTranslation(hindiTranslation(ids[1]!, await version(ids[1]!)), T1);
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
      await store.saveTranslation(hindiTranslation(ids[0]!, await version(ids[0]!)), T1);
      await store.saveTranslation(hindiTranslation(ids[1]!, await version(ids[1]!), { status: 'pending', attempts: 2, nextAttemptAt: T2 }), T1);
      assert.deepEqual(await need(T1), []);
      const due = await store.articlesNeedingTranslation({ targetLang: 'hi', sourceIds: [], sections: ['world'], servedFrom: [], now: T2, limit: 10 });
      assert.deepEqual(due.map((w) => [w.article.id, w.previous]), [[ids[1], { status: 'pending', attempts: 2 }]]);
      // Rebuilding the article makes its translation stale.
      const entry = (await store.listEntries({ limit: 10 })).find((e) => e.guid === 'a')!;
      await store.saveArticle(cleanArticle('Harbour reopens fully', { lang: 'en' }), { entryId: entry.id, sourceId: 'wire', section: 'world', slug: 'harbour' }, T2);
      assert.deepEqual(await need(T1), [ids[0]]);
      // Unavailable: asked again only once an engine serves the article's language.
      await store.saveTranslation(hindiTranslation(ids[1]!, await version(ids[1]!), { status: 'unavailable', engine: null }), T1);
      const unserved = await store.articlesNeedingTranslation({ targetLang: 'hi', sourceIds: ['wire'], sections: [], servedFrom: ['ur'], now: T2, limit: 10 });
      assert.deepEqual(unserved.map((w) => w.article.id), [ids[0]]);
      assert.deepEqual((await need(T2)).sort(), [ids[0], ids[1]].sort());
      assert.deepEqual(await store.articlesNeedingTranslation({ targetLang: 'hi', sourceIds: ['other'], sections: [], servedFrom: [], now: T2, limit: 10 }), []);
    });

    void it('a translation keeps the source it was made from and its segment origins; a failed retry leaves them as they were', async () => {
      const { store, ids, version } = await storeWithArticles();
      const sourceSnapshot = { headline: 'Harbour reopens', segments: ['The harbour reopened on Monday.'] };
      const segmentOrigins = { headline: { engine: 1 }, segments: [{ 'human-memory': 1 }] };
      const id = await store.saveTranslation(hindiTranslation(ids[0]!, await version(ids[0]!), { status: 'review', sourceSnapshot, segmentOrigins }), T1);
      await store.saveTranslation(hindiTranslation(ids[0]!, await version(ids[0]!), { status: 'pending', blocks: null, headline: null, text: null, nextAttemptAt: T2, lastError: 'engine down' }), T2);
      const stored = await store.getTranslation(id);
      assert.deepEqual([stored?.status, stored?.sourceSnapshot, stored?.segmentOrigins], ['pending', sourceSnapshot, segmentOrigins]);
      await store.saveTranslation(hindiTranslation(ids[0]!, await version(ids[0]!), { sourceSnapshot: null, segmentOrigins: null }), T2);
      assert.deepEqual([(await store.getTranslation(id))?.sourceSnapshot, (await store.getTranslation(id))?.segmentOrigins], [null, null]);
    });

    void it('a change to the headline or body marks its translations stale with what they were made from; the mark stays until a pass or an approval', async () => {
      const { store, ids, version } = await storeWithArticles();
      const sourceSnapshot = { headline: 'Harbour reopens', segments: ['Old text.'] };
      const id = await store.saveTranslation(hindiTranslation(ids[0]!, await version(ids[0]!), { status: 'review', sourceSnapshot }), T1);
      assert.ok(await store.approveTranslation(id, T1));
      const edit = (expectedRevision: number, field: 'standfirst' | 'headline', at: string) =>
        store.reviseArticle(ids[0]!, {
          expectedRevision,
          action: 'edit',
          actor: 'editor@desk.example',
          at,
          reason: null,
          values: field === 'standfirst' ? { standfirst: 'A new standfirst' } : { headline: { headline: 'Harbour reopens at last', headlineLang: null, slug: 'harbour' } },
          changes: [{ field, before: 'x', after: 'y' }],
        });
      assert.equal((await edit(0, 'standfirst', T1)).outcome, 'done');
      assert.equal((await store.getTranslation(id))?.staleSince, null, 'the standfirst is not translated');
      assert.equal((await edit(1, 'headline', T2)).outcome, 'done');
      const stale = await store.getTranslation(id);
      assert.equal(stale?.staleSince, T2);
      assert.deepEqual(stale?.staleFrom, { source: sourceSnapshot, approvedAt: T1 });
      assert.ok(stale?.approvedAt, 'still published until the next pass translates it again');
      // A second change keeps the first mark: the reviewer sees every change since the version they approved.
      assert.equal((await edit(2, 'headline', '2026-03-02T11:00:00.000Z')).outcome, 'done');
      assert.equal((await store.getTranslation(id))?.staleSince, T2);
      // Translated again and held for review: still marked. Approved: current.
      await store.saveTranslation(hindiTranslation(ids[0]!, await version(ids[0]!), { status: 'review' }), T2);
      assert.equal((await store.getTranslation(id))?.staleSince, T2);
      assert.ok(await store.approveTranslation(id, T2));
      assert.deepEqual([(await store.getTranslation(id))?.staleSince, (await store.getTranslation(id))?.staleFrom], [null, null]);
    });

    void it('a wire update of the body marks the translation stale, and one that passes the gate clears it', async () => {
      const { store, ids, version } = await storeWithArticles();
      const id = await store.saveTranslation(hindiTranslation(ids[0]!, await version(ids[0]!)), T1);
      const entry = (await store.listEntries({ limit: 10 })).find((e) => e.guid === 'a')!;
      const body = [{ type: 'paragraph' as const, content: [{ kind: 'text' as const, text: 'The harbour reopened fully on Tuesday.' }] }];
      await store.saveArticle(cleanArticle('Harbour reopens', { lang: 'en', published: '2026-03-01T08:00:00Z', blocks: body }), { entryId: entry.id, sourceId: 'wire', section: 'world', slug: 'harbour' }, T2);
      const stale = await store.getTranslation(id);
      assert.equal(stale?.staleSince, T2);
      assert.deepEqual(stale?.staleFrom, { source: null, approvedAt: null }, 'made before its source was recorded');
      await store.saveTranslation(hindiTranslation(ids[0]!, await version(ids[0]!)), T2);
      assert.equal((await store.getTranslation(id))?.staleSince, null);
    });

    void it('approving a translation of an earlier version of its article keeps it stale', async () => {
      const { store, ids, version } = await storeWithArticles();
      const made = await version(ids[0]!);
      const id = await store.saveTranslation(hindiTranslation(ids[0]!, made, { status: 'review' }), T1);
      const edit = await store.reviseArticle(ids[0]!, {
        expectedRevision: 0,
        action: 'correct',
        actor: 'editor@desk.example',
        at: T2,
        reason: 'wrong day',
        values: { body: { blocks: [{ type: 'paragraph', content: [{ kind: 'text', text: 'The harbour reopened on Tuesday.' }] }], text: 'The harbour reopened on Tuesday.', image: null } },
        changes: [{ field: 'body', before: 'x', after: 'y' }],
      });
      assert.equal(edit.outcome, 'done');
      assert.ok(await store.approveTranslation(id, T2));
      const approved = await store.getTranslation(id);
      assert.equal(approved?.staleSince, T2, 'the pass brings it back for review');
      assert.equal(approved?.articleVersion, made);
    });

    void it('confirming a version moves it on and keeps the approval', async () => {
      const { store, ids, version } = await storeWithArticles();
      const id = await store.saveTranslation(hindiTranslation(ids[0]!, await version(ids[0]!), { status: 'review' }), T1);
      assert.ok(await store.approveTranslation(id, T1));
      await store.confirmTranslationVersion(id, T2);
      const kept = await store.getTranslation(id);
      assert.deepEqual([kept?.articleVersion, kept?.approvedAt, kept?.updatedAt], [T2, T1, T1]);
    });

    void it('translations go with their article', async () => {
      const { store, ids, version } = await storeWithArticles();
      await store.saveTranslation(hindiTranslation(ids[0]!, await version(ids[0]!)), T1);
      assert.equal(await store.removeSource('wire'), true);
      assert.equal((await store.listTranslations({ limit: 10 })).length, 0);
    });
  });
}
