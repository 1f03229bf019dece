import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, Figure } from '../extract/article.ts';
import type { Store } from './store.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from './test-records.ts';

const T0 = '2024-05-01T09:00:00.000Z';
const T1 = '2024-05-01T09:15:00.000Z';

const photo: Figure = {
  type: 'figure',
  src: 'https://wire.example/photo.jpg',
  alt: 'Harbour at dawn',
  caption: [{ kind: 'text', text: 'The harbour ' }, { kind: 'em', children: [{ kind: 'text', text: 'before' }] }],
  credit: 'Wire Photo',
};

for (const dialect of testDialects) {
  void describe(`articles on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    /** A store with one source and an entry per guid; returns the entry ids by guid. */
    async function storeWithEntries(guids: string[]): Promise<{ store: Store; entryIds: Map<string, number> }> {
      const store = await database().open();
      await store.upsertSource(sourceDefinition('wire'), 'config', T0);
      await store.saveEntries(
        guids.map((guid) => feedEntry('wire', guid)),
        T0,
      );
      const entries = await store.entriesNeedingArticles(guids.length);
      return { store, entryIds: new Map(entries.map((entry) => [entry.guid, entry.id])) };
    }

    async function publish(store: Store, entryId: number | undefined, article: Article, section = 'world'): Promise<number> {
      assert.ok(entryId !== undefined);
      return store.saveArticle(article, { entryId, sourceId: 'wire', section, slug: 'a-slug' }, T0);
    }

    void it('saves an article and reads it back whole', async () => {
      const { store, entryIds } = await storeWithEntries(['a']);
      const article = cleanArticle('Harbour reopens', {
        lang: 'hi',
        headlineLang: 'en',
        standfirst: 'Ships return after the storm.',
        dateline: 'SEOUL',
        byline: 'A. Writer',
        updated: '2024-05-01T10:00:00Z',
        url: 'https://wire.example/a',
        canonicalUrl: 'https://wire.example/a?canonical',
        siteName: 'Wire',
        image: photo,
        blocks: [
          { type: 'heading', level: 2, content: [{ kind: 'text', text: 'Why' }] },
          { type: 'list', ordered: true, items: [[{ kind: 'text', text: 'one' }], [{ kind: 'break' }]] },
          photo,
        ],
      });
      const id = await publish(store, entryIds.get('a'), article);
      assert.equal(typeof id, 'number');
      assert.deepEqual(await store.getArticle(id), {
        ...article,
        id,
        entryId: entryIds.get('a'),
        sourceId: 'wire',
        section: 'world',
        slug: 'a-slug',
        createdAt: T0,
        updatedAt: T0,
        revision: 0,
        killed: null,
        embargoedUntil: null,
        staffEdited: [],
        corrections: [],
      });
      assert.equal(await store.getArticle(id + 1000), null);
    });

    void it('replaces the article of an entry in place, keeping its id and creation time', async () => {
      const { store, entryIds } = await storeWithEntries(['a']);
      const entryId = entryIds.get('a') ?? -1;
      const id = await publish(store, entryId, cleanArticle('First version'));
      const placement = { entryId, sourceId: 'wire', section: 'asia', slug: 'second' };
      const again = await store.saveArticle(cleanArticle('Second version'), placement, T1);

      assert.equal(again, id);
      const stored = await store.getArticle(id);
      assert.equal(stored?.headline, 'Second version');
      assert.equal(stored?.section, 'asia');
      assert.equal(stored?.createdAt, T0);
      assert.equal(stored?.updatedAt, T1);
      assert.equal((await store.counts()).articles, 1);
    });

    void it('refuses an article for an entry that does not exist', async () => {
      const { store } = await storeWithEntries([]);
      await assert.rejects(publish(store, 999, cleanArticle('Orphan')), /^Error: store: no entry 999 for article "Orphan"$/);
    });

    void it('lists newest first by published time in UTC, then by id', async () => {
      const { store, entryIds } = await storeWithEntries(['early', 'late', 'tie-1', 'tie-2']);
      // 10:00 in India is 04:30 UTC: earlier than 05:00 UTC although it reads later.
      await publish(store, entryIds.get('early'), cleanArticle('Early', { published: '2024-05-01T10:00:00+05:30' }));
      await publish(store, entryIds.get('late'), cleanArticle('Late', { published: '2024-05-01T05:00:00Z' }));
      await publish(store, entryIds.get('tie-1'), cleanArticle('Tie 1', { published: '2024-04-30T00:00:00Z' }));
      await publish(store, entryIds.get('tie-2'), cleanArticle('Tie 2', { published: '2024-04-30T00:00:00Z' }));

      const headlines = (await store.latestArticles({ limit: 10 })).map((article) => article.headline);
      assert.deepEqual(headlines, ['Late', 'Early', 'Tie 2', 'Tie 1']);
      const page = await store.latestArticles({ limit: 2, offset: 1 });
      assert.deepEqual(
        page.map((article) => article.headline),
        ['Early', 'Tie 2'],
      );
      await assert.rejects(store.latestArticles({ limit: -1 }), /^Error: store: limit must be a whole number of rows, not -1$/);
    });

    void it('lists an undated article by the time it was stored, also after it is rebuilt', async () => {
      const { store, entryIds } = await storeWithEntries(['dated', 'undated']);
      await publish(store, entryIds.get('dated'), cleanArticle('Dated', { published: '2024-05-01T08:30:00Z' }));
      const undated = cleanArticle('Undated', { published: null });
      await publish(store, entryIds.get('undated'), undated); // stored at 09:00
      const newest = async () => (await store.latestArticles({ limit: 1 }))[0]?.headline;
      assert.equal(await newest(), 'Undated');

      const placement = { entryId: entryIds.get('undated') ?? -1, sourceId: 'wire', section: 'world', slug: 'u' };
      await store.saveArticle({ ...undated, headline: 'Undated, rebuilt' }, placement, '2024-05-02T00:00:00Z');
      await publish(store, entryIds.get('dated'), cleanArticle('Dated', { published: '2024-05-01T09:10:00Z' }));
      assert.equal(await newest(), 'Dated', 'the rebuild did not move the undated article up');
    });

    void it('filters by language and section, and returns list fields only', async () => {
      const { store, entryIds } = await storeWithEntries(['hi-world', 'hi-sport', 'en-world']);
      await publish(store, entryIds.get('hi-world'), cleanArticle('विश्व', { lang: 'hi', image: photo }), 'world');
      await publish(store, entryIds.get('hi-sport'), cleanArticle('खेल', { lang: 'hi' }), 'sport');
      await publish(store, entryIds.get('en-world'), cleanArticle('World', { lang: 'en' }), 'world');
      const headlines = async (query: { lang?: string; excludeLangs?: string[]; section?: string }) =>
        (await store.latestArticles({ ...query, limit: 10 })).map((article) => article.headline).sort();

      assert.deepEqual(await headlines({ lang: 'hi' }), ['खेल', 'विश्व']);
      assert.deepEqual(await headlines({ section: 'world' }), ['World', 'विश्व']);
      assert.deepEqual(await headlines({ lang: 'hi', section: 'world' }), ['विश्व']);
      assert.deepEqual(await headlines({ lang: 'ur' }), []);
      assert.deepEqual(await headlines({ excludeLangs: ['en'] }), ['खेल', 'विश्व']);
      assert.deepEqual(await headlines({ excludeLangs: ['en', 'hi'] }), []);

      const [summary] = await store.latestArticles({ lang: 'hi', section: 'world', limit: 1 });
      assert.deepEqual(summary, {
        id: summary?.id,
        headline: 'विश्व',
        headlineLang: null,
        standfirst: null,
        dateline: null,
        byline: null,
        published: '2024-05-01T08:00:00Z',
        lang: 'hi',
        image: photo,
        sourceId: 'wire',
        section: 'world',
        slug: 'a-slug',
        createdAt: T0,
      });
    });
  });
}
