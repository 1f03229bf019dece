/**
 * Search on both engines, one suite: Devanagari words whole, the spelling
 * variants, romanised queries, English stemming, ranking, paging, the
 * editions' filters, and the index kept in step through builds, edits,
 * kills, restores, embargoes and translations.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseSearchQuery } from '../text/search-query.ts';
import type { ArticleSearchQuery, Store, TranslationRecord } from './store.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';
import { testQueryBuilder } from './test-query-builder.ts';
import { cleanArticle, feedEntry, hindiTranslation as sharedHindiTranslation, sourceDefinition } from './test-records.ts';

const T0 = '2026-03-02T08:00:00.000Z';
const T1 = '2026-03-02T09:00:00.000Z';
const T2 = '2026-03-02T10:00:00.000Z';

interface Seed {
  guid: string;
  headline: string;
  text: string;
  lang: string;
  published?: string;
  embargoedUntil?: string;
}

const SEEDS: Seed[] = [
  { guid: 'quake', lang: 'hi', headline: 'नेपाल में भूकंप के तेज़ झटके', text: 'काठमांडू में सुबह भूकंप आया। लोग घरों से बाहर निकले।' },
  { guid: 'modi', lang: 'hi', headline: 'मोदी ने संसद में बजट पर बात की', text: 'प्रधानमंत्री मोदी ने कहा कि किसानों को राहत मिलेगी।' },
  { guid: 'hindi', lang: 'hi', headline: 'हिन्दी दिवस पर कार्यक्रम', text: 'विद्यालयों में हिन्दी कविता पाठ हुआ।' },
  { guid: 'land', lang: 'hi', headline: 'ज़मीन विवाद में सुनवाई टली', text: 'अदालत ने अगली तारीख़ तय की।' },
  { guid: 'laugh', lang: 'hi', headline: 'हँसी के पल', text: 'कलाकारों ने दर्शकों को हँसाया।' },
  { guid: 'vote', lang: 'en', headline: 'Voters head to the polls in the election', text: 'Polling stations opened early as elections began across the state.' },
  { guid: 'rain', lang: 'en', headline: 'Heavy rain floods streets', text: 'The storm brought heavy rain overnight.' },
  { guid: 'later', lang: 'en', headline: 'Rain warning issued', text: 'More rain is expected.', embargoedUntil: T2 },
];

function hindiTranslation(articleId: number, articleVersion: string, fields: Partial<TranslationRecord> = {}): TranslationRecord {
  return sharedHindiTranslation(articleId, articleVersion, {
    headline: 'भारी बारिश से सड़कों पर पानी',
    translatedHeadline: 'भारी बारिश से सड़कों पर पानी',
    blocks: [{ type: 'paragraph', content: [{ kind: 'text', text: 'तूफ़ान से रात भर भारी बारिश हुई।' }] }],
    text: 'तूफ़ान से रात भर भारी बारिश हुई।',
    ...fields,
  });
}

for (const dialect of testDialects) {
  void describe(`search on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    async function seeded(): Promise<{ store: Store; ids: Map<string, number> }> {
      const store = await database().open();
      await store.upsertSource(sourceDefinition('wire'), 'config', T0);
      await store.saveEntries(SEEDS.map((s) => feedEntry('wire', s.guid)), T0);
      const entries = await store.entriesNeedingArticles(SEEDS.length);
      const ids = new Map<string, number>();
      for (const [i, seed] of SEEDS.entries()) {
        const entry = entries.find((e) => e.guid === seed.guid)!;
        const article = cleanArticle(seed.headline, { lang: seed.lang, text: seed.text, published: `2026-03-01T0${i}:00:00Z` });
        const placement = { entryId: entry.id, sourceId: 'wire', section: 'world', slug: seed.guid, embargoedUntil: seed.embargoedUntil ?? null };
        ids.set(seed.guid, await store.saveArticle(article, placement, T0));
      }
      return { store, ids };
    }

    async function find(store: Store, q: string, query: Partial<ArticleSearchQuery> = {}): Promise<string[]> {
      const hits = await store.searchArticles({ terms: parseSearchQuery(q).terms, visibleAt: T1, limit: 10, ...query });
      return hits.map((hit) => `${hit.lang}:${hit.slug}`);
    }

    void it('finds a Hindi word whole, not the letters a default tokenizer would cut it into', async () => {
      const { store } = await seeded();
      assert.deepEqual(await find(store, 'भूकंप'), ['hi:quake']);
      // भ, क and प are what unicode61 without marks indexes भूकंप as; none of them is a word here.
      assert.deepEqual(await find(store, 'भ'), []);
      assert.deepEqual(await find(store, 'प'), []);
      // A word that shares those letters (कंपनी: क, प…) does not find it either.
      assert.deepEqual(await find(store, 'कंपनी'), []);
    });

    void it('matches the spelling variants: anusvara and half nasal, nukta, chandrabindu', async () => {
      const { store } = await seeded();
      assert.deepEqual(await find(store, 'हिंदी'), ['hi:hindi']);
      assert.deepEqual(await find(store, 'हिन्दी'), ['hi:hindi']);
      assert.deepEqual(await find(store, 'जमीन'), ['hi:land']);
      assert.deepEqual(await find(store, 'ज़मीन'), ['hi:land']);
      assert.deepEqual(await find(store, 'झटके'), ['hi:quake']); // indexed as तेज़ झटके
      assert.deepEqual(await find(store, 'हंसी'), ['hi:laugh']);
    });

    void it('on PostgreSQL only, finds a headline word of nearly the same spelling (pg_trgm)', async () => {
      const { store } = await seeded();
      // मोदि (short i) is no folding rule's variant of मोदी.
      assert.deepEqual(await find(store, 'मोदि'), dialect.name === 'postgres' ? ['hi:modi'] : []);
    });

    void it('finds Devanagari text from a romanised query', async () => {
      const { store } = await seeded();
      assert.deepEqual(await find(store, 'bhukamp'), ['hi:quake']);
      assert.deepEqual(await find(store, 'bhookamp'), ['hi:quake']);
      assert.deepEqual(await find(store, 'modi'), ['hi:modi']);
      assert.deepEqual(await find(store, 'Modi sansad'), ['hi:modi']);
      assert.deepEqual(await find(store, 'zameen'), ['hi:land']);
      assert.deepEqual(await find(store, 'hindi'), ['hi:hindi']);
    });

    void it('stems English words and ranks a headline match first', async () => {
      const { store } = await seeded();
      assert.deepEqual(await find(store, 'elections'), ['en:vote']);
      assert.deepEqual(await find(store, 'polled election'), ['en:vote']);
      assert.deepEqual(await find(store, 'rain'), ['en:rain']);
    });

    void it('pages through the results with limit and offset', async () => {
      const { store } = await seeded();
      const all = await find(store, 'में');
      assert.ok(all.length >= 3, `expected several hits, got ${all.join(', ')}`);
      const first = await find(store, 'में', { limit: 2 });
      const second = await find(store, 'में', { limit: 2, offset: 2 });
      assert.deepEqual([...first, ...second], all.slice(0, 4));
    });

    void it('keeps to the edition: its language, and published translations into it', async () => {
      const { store, ids } = await seeded();
      assert.deepEqual(await find(store, 'बारिश', { lang: 'hi', translationsInto: 'hi' }), []);
      const rain = ids.get('rain')!;
      const version = (await store.getArticle(rain))!.updatedAt;
      await store.saveTranslation(hindiTranslation(rain, version, { status: 'review' }), T0);
      assert.deepEqual(await find(store, 'बारिश', { lang: 'hi', translationsInto: 'hi' }), [], 'held for review: not published');
      await store.saveTranslation(hindiTranslation(rain, version), T0);
      assert.deepEqual(await find(store, 'barish', { lang: 'hi', translationsInto: 'hi' }), ['hi:rain']);
      assert.deepEqual(await find(store, 'तूफान', { lang: 'hi', translationsInto: 'hi' }), ['hi:rain']);
      assert.deepEqual(await find(store, 'बारिश', { lang: 'en', translationsInto: 'en' }), []);
      assert.deepEqual(await find(store, 'rain', { lang: 'hi', translationsInto: 'hi' }), []);
      assert.deepEqual(await find(store, 'rain', { excludeLangs: ['hi'] }), ['en:rain']);
    });

    void it('follows kills, restores, embargoes and edits', async () => {
      const { store, ids } = await seeded();
      const quake = ids.get('quake')!;
      await store.killArticle(quake, { actor: 'cli:sam', at: T1, reason: 'legal' });
      assert.deepEqual(await find(store, 'भूकंप'), []);
      await store.restoreArticle(quake, { actor: 'cli:sam', at: T1 });
      assert.deepEqual(await find(store, 'भूकंप'), ['hi:quake']);

      assert.deepEqual(await find(store, 'warning'), [], 'embargoed until T2');
      assert.deepEqual(await find(store, 'warning', { visibleAt: T2 }), ['en:later']);

      const rain = (await store.getArticle(ids.get('rain')!))!;
      const outcome = await store.reviseArticle(rain.id, {
        expectedRevision: rain.revision,
        action: 'edit',
        actor: 'editor@desk',
        at: T1,
        reason: null,
        values: { headline: { headline: 'Monsoon floods streets', headlineLang: null, slug: 'monsoon' } },
        changes: [{ field: 'headline', before: rain.headline, after: 'Monsoon floods streets' }],
      });
      assert.equal(outcome.outcome, 'done');
      assert.deepEqual(await find(store, 'monsoon'), ['en:monsoon']);
      assert.deepEqual(await find(store, 'heavy'), ['en:monsoon'], 'the body still matches');
      assert.deepEqual(await find(store, 'storm floods'), ['en:monsoon']);
    });

    void it('fills the index for articles stored before it existed (the migration lists them)', async () => {
      const { store } = await seeded();
      const db = testQueryBuilder(store);
      await store.refreshSearchIndex();
      await db.deleteFrom('search_documents').execute();
      assert.deepEqual(await find(store, 'भूकंप'), [], 'nothing listed, nothing rebuilt');
      await db.insertInto('search_pending').columns(['article_id']).expression(db.selectFrom('articles').select('id')).execute();
      const progress: number[] = [];
      assert.equal(await store.refreshSearchIndex((p) => progress.push(p.remaining)), SEEDS.length);
      assert.deepEqual(progress, [0]);
      assert.deepEqual(await find(store, 'भूकंप'), ['hi:quake']);
    });

    void it('answers any text without an error (random Unicode, FTS syntax and Devanagari mixed)', async () => {
      const { store } = await seeded();
      const syntax = fc.constantFrom('"', '*', '-', '(', ')', ':', 'NEAR', 'OR', 'AND', 'NOT', '^', '+', '{', '}', "'", ';', '\\', '\u0000', 'भूकंप', 'हिन्दी', 'bhukamp');
      const query = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }), syntax), { maxLength: 12 }).map((parts) => parts.join(' '));
      await fc.assert(
        fc.asyncProperty(query, async (q) => {
          const hits = await store.searchArticles({ terms: parseSearchQuery(q).terms, visibleAt: T1, limit: 5 });
          assert.ok(hits.length <= 5);
        }),
        { numRuns: 150, seed: 13 },
      );
    });

    void it('treats full-text syntax as words and answers an empty or very long query', async () => {
      const { store } = await seeded();
      for (const q of ['"', '*', '-', '(', ':', 'NEAR', '"rain', 'rain*', '-rain', 'rain:', '(rain', 'NEAR(rain heavy)', "rain'"]) {
        const hits = await find(store, q);
        assert.ok(hits.length <= 1, `${q}: ${hits.join(', ')}`);
        if (/rain/.test(q) && !/NEAR/.test(q)) assert.deepEqual(hits, ['en:rain'], q);
      }
      assert.deepEqual(await find(store, 'NEAR(rain heavy)'), [], 'NEAR is a word to find, and no article has it');
      assert.deepEqual(await find(store, 'rain OR floods'), [], 'OR is a word too');
      // The index also holds each document's language; a query word is never matched against it.
      assert.deepEqual(await find(store, 'hi', { lang: 'hi', translationsInto: 'hi' }), []);
      assert.deepEqual(await find(store, 'en', { excludeLangs: ['hi'] }), []);
      assert.deepEqual(await find(store, ''), []);
      const long = parseSearchQuery('rain '.repeat(2_000));
      assert.equal(long.truncated, true);
      assert.deepEqual(await find(store, 'rain '.repeat(2_000)), ['en:rain']);
      assert.deepEqual(await find(store, 'x'.repeat(10_000)), []);
    });
  });
}
