import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store, TranslationRecord } from './store.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';
import { cleanArticle, feedEntry, hindiTranslation, sourceDefinition } from './test-records.ts';

const T0 = '2026-03-02T08:00:00.000Z';
const T1 = '2026-03-02T09:00:00.000Z';
const LATER = '2026-04-01T00:00:00.000Z';

/** guid → publication time; one article each, all English, section world. */
const PUBLISHED: Record<string, string> = {
  jan: '2026-01-15T10:00:00.000Z',
  feb1: '2026-02-01T00:00:00.000Z',
  feb2: '2026-02-27T23:59:59.000Z',
  mar: '2026-03-01T09:00:00.000Z',
  killed: '2026-02-10T00:00:00.000Z',
  embargoed: '2026-02-11T00:00:00.000Z',
  superseded: '2026-02-12T00:00:00.000Z',
  copy: '2026-02-13T00:00:00.000Z',
};

function spanish(articleId: number, articleVersion: string, fields: Partial<TranslationRecord> = {}): TranslationRecord {
  const blocks: TranslationRecord['blocks'] = [{ type: 'paragraph', content: [{ kind: 'text', text: 'El puerto reabre.' }] }];
  return hindiTranslation(articleId, articleVersion, { targetLang: 'es', headline: 'El puerto reabre', translatedHeadline: 'El puerto reabre', blocks, text: 'El puerto reabre.', ...fields });
}

for (const dialect of testDialects) {
  void describe(`feeds and sitemaps reads on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    /** The articles of PUBLISHED, with the killed one killed, the embargoed one embargoed until LATER, the superseded and the copy out of lists. */
    async function seeded(): Promise<{ store: Store; ids: Record<string, number> }> {
      const store = await database().open();
      await store.upsertSource(sourceDefinition('wire'), 'config', T0);
      const guids = Object.keys(PUBLISHED);
      await store.saveEntries(guids.map((guid) => feedEntry('wire', guid)), T0);
      const entries = new Map((await store.entriesNeedingArticles(guids.length)).map((e) => [e.guid, e.id]));
      const ids: Record<string, number> = {};
      for (const guid of guids) {
        const placement = { entryId: entries.get(guid)!, sourceId: 'wire', section: 'world', slug: guid, embargoedUntil: guid === 'embargoed' ? LATER : null };
        ids[guid] = await store.saveArticle(cleanArticle(`Headline ${guid}`, { published: PUBLISHED[guid]! }), placement, T0);
      }
      await store.killArticle(ids['killed']!, { actor: 'cli:test', at: T1, reason: 'legal' });
      await store.saveStoryMemberships([
        { articleId: ids['superseded']!, storyId: 's', nearDuplicateOf: null, canonicalId: ids['superseded']!, supersededBy: ids['feb2']! },
        { articleId: ids['feb2']!, storyId: 's', nearDuplicateOf: null, canonicalId: ids['feb2']! },
        { articleId: ids['copy']!, storyId: 's', nearDuplicateOf: ids['feb2']!, canonicalId: ids['feb2']! },
      ]);
      return { store, ids };
    }

    const version = async (store: Store, id: number) => (await store.getArticle(id))!.updatedAt;

    void it('lists the months holding listed, visible articles, with counts, leaving out killed, embargoed, superseded and copies', async () => {
      const { store } = await seeded();
      const months = await store.sitemapMonths(T1);
      assert.deepEqual(months.map((m) => [m.month, m.articles]), [['2026-01', 1], ['2026-02', 2], ['2026-03', 1]]);
      assert.ok(months.every((m) => m.lastModified === T0), 'the articles were last changed when stored');
      const afterEmbargo = await store.sitemapMonths('2026-04-02T00:00:00Z');
      const february = afterEmbargo.find((m) => m.month === '2026-02');
      assert.deepEqual([february?.articles, february?.lastModified], [3, LATER], 'an ended embargo counts as a change');
    });

    void it('reads a month of articles newest first, in pages, with their published translations', async () => {
      const { store, ids } = await seeded();
      await store.saveTranslation(spanish(ids['feb1']!, await version(store, ids['feb1']!)), T1);
      await store.saveTranslation(spanish(ids['feb2']!, await version(store, ids['feb2']!), { status: 'review' }), T1);
      await store.saveTranslation(spanish(ids['mar']!, await version(store, ids['mar']!), { status: 'unavailable', blocks: null, headline: null, text: null }), T1);
      const february = { from: '2026-02-01T00:00:00Z', until: '2026-03-01T00:00:00Z', visibleAt: T1 };
      const all = await store.sitemapArticles({ ...february, limit: 10 });
      assert.deepEqual(all.map((a) => a.slug), ['feb2', 'feb1']);
      assert.deepEqual(all[1], {
        id: ids['feb1'],
        lang: 'en',
        section: 'world',
        slug: 'feb1',
        headline: 'Headline feb1',
        published: '2026-02-01T00:00:00.000Z',
        modified: T0,
        translations: [{ lang: 'es', headline: 'El puerto reabre', modified: T1 }],
      });
      assert.deepEqual(all[0]?.translations, [], 'a translation held for review is not published');
      assert.deepEqual((await store.sitemapArticles({ ...february, limit: 1, offset: 1 })).map((a) => a.slug), ['feb1']);
      const months = await store.sitemapMonths(T1);
      assert.equal(months.find((m) => m.month === '2026-02')?.lastModified, T1, 'a published translation counts as a change');
      assert.equal(months.find((m) => m.month === '2026-03')?.lastModified, T0, 'an unavailable one does not');
    });

    void it('reads articles whole by the batch, and their published translations into one language', async () => {
      const { store, ids } = await seeded();
      await store.saveTranslation(spanish(ids['jan']!, await version(store, ids['jan']!)), T1);
      await store.saveTranslation(spanish(ids['mar']!, await version(store, ids['mar']!), { status: 'review' }), T1);
      const wanted = [ids['jan']!, ids['mar']!, 999_999];
      const articles = await store.getArticles(wanted);
      assert.deepEqual(articles.map((a) => a.headline).sort(), ['Headline jan', 'Headline mar']);
      assert.deepEqual(articles.find((a) => a.id === ids['jan'])?.blocks, [{ type: 'paragraph', content: [{ kind: 'text', text: 'Headline jan.' }] }]);
      const translations = await store.publishedTranslationsInto(wanted, 'es');
      assert.deepEqual([...translations.keys()], [ids['jan']]);
      assert.equal(translations.get(ids['jan']!)?.text, 'El puerto reabre.');
      assert.equal((await store.publishedTranslationsInto(wanted, 'hi')).size, 0);
      assert.deepEqual(await store.getArticles([]), []);
    });

    void it('lists only published translations for an edition when asked, never the originals marked unavailable', async () => {
      const { store, ids } = await seeded();
      await store.saveTranslation(spanish(ids['jan']!, await version(store, ids['jan']!)), T1);
      await store.saveTranslation(spanish(ids['mar']!, await version(store, ids['mar']!), { status: 'pending', blocks: null, headline: null, text: null }), T1);
      const listed = async (publishedOnly: boolean) =>
        (await store.editionTranslationSummaries({ targetLang: 'es', limit: 10, visibleAt: T1, publishedOnly })).map((s) => [s.id, s.translationState]);
      assert.deepEqual(await listed(false), [[ids['mar'], 'unavailable'], [ids['jan'], 'machine']]);
      assert.deepEqual(await listed(true), [[ids['jan'], 'machine']]);
    });
  });
}
