import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { INSERT_BATCH_ROWS } from './entries-table.ts';
import { appliedMigrations } from './migrate.ts';
import { openStore } from './open-store.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';
import { testQueryBuilder } from './test-query-builder.ts';
import { cleanArticle, feedEntry, sourceDefinition } from './test-records.ts';

const NOW = '2024-05-01T09:00:00.000Z';

for (const dialect of testDialects) {
  void describe(`store on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('reports its dialect and starts empty', async () => {
      const store = await database().open();
      assert.equal(store.dialect, dialect.name);
      assert.deepEqual(await store.counts(), { sources: 0, entries: 0, articles: 0 });
    });

    void it('re-opens an existing database without re-running migrations and keeps its data', async () => {
      const first = await database().open();
      await first.upsertSource(sourceDefinition('wire'), 'config', NOW);
      await first.close();

      const second = await database().open();
      assert.equal((await second.getSource('wire'))?.name, 'Source wire');
      const applied = await appliedMigrations(testQueryBuilder(second));
      assert.deepEqual(applied.slice(0, 4), ['0001-initial', '0002-headline-lang', '0003-entry-wire-fields', '0004-source-defined-url']);
      assert.equal(new Set(applied).size, applied.length, 'each migration is recorded once');
      assert.deepEqual(applied, [...applied].sort(), 'in the order of their names');
    });

    void it('upgrading to the headline-language schema has old articles rebuilt', async () => {
      const old = await database().open();
      await old.upsertSource(sourceDefinition('wire'), 'config', NOW);
      await old.saveEntries([feedEntry('wire', 'a')], NOW);
      const [entry] = await old.entriesNeedingArticles(1);
      assert.ok(entry);
      await old.saveArticle(cleanArticle('Built before 0002'), { entryId: entry.id, sourceId: 'wire', section: 'world', slug: 's' }, NOW);
      assert.deepEqual(await old.entriesNeedingArticles(5), []);
      // Back to the schema as 0001 left it.
      const db = testQueryBuilder(old);
      await sql`alter table articles drop column headline_lang`.execute(db);
      await sql`delete from wiredesk_migration where name = '0002-headline-lang'`.execute(db);
      await old.close();

      const upgraded = await database().open();
      assert.deepEqual((await upgraded.entriesNeedingArticles(5)).map((e) => e.guid), ['a']);
    });

    void it('lets two stores work on one database at the same time', async () => {
      const [server, cli] = await Promise.all([database().open(), database().open()]);
      await cli.upsertSource(sourceDefinition('wire'), 'cli', NOW);
      await cli.saveEntries([feedEntry('wire', 'a')], NOW);
      assert.deepEqual(await server.counts(), { sources: 1, entries: 1, articles: 0 });
    });

    void it('writes nothing when a batch of entries fails part-way', async () => {
      const store = await database().open();
      await store.upsertSource(sourceDefinition('wire'), 'config', NOW);
      await store.saveEntries([feedEntry('wire', 'kept', { title: 'Before' })], NOW);

      // More rows than one INSERT takes, so the first statement has already
      // written when the last row (no title) breaks the second one.
      const batch = Array.from({ length: INSERT_BATCH_ROWS + 1 }, (_, i) => feedEntry('wire', `new-${i}`));
      batch.unshift(feedEntry('wire', 'kept', { title: 'After' }));
      batch.push({ ...feedEntry('wire', 'broken'), title: null as unknown as string });

      await assert.rejects(store.saveEntries(batch, NOW), /^Error: store: could not save \d+ entries of source wire$/);
      assert.equal((await store.counts()).entries, 1);
      const [kept] = await store.entriesNeedingArticles(10);
      assert.equal(kept?.title, 'Before');
    });

    void it('rejects an entry of a source it does not know, naming the source', async () => {
      const store = await database().open();
      await assert.rejects(store.saveEntries([feedEntry('ghost', 'a')], NOW), /source ghost/);
      assert.equal((await store.counts()).entries, 0);
    });

    void it('keeps Devanagari text exactly as given, byte for byte', async () => {
      const store = await database().open();
      // Precomposed and decomposed nukta letters, a conjunct with ZWJ, and an astral emoji.
      const hindi = 'नई दिल्ली में बारिश: \u0958 और \u0915\u093C, क्\u200Dष, 🌧️ मौसम विभाग की चेतावनी।';
      await store.upsertSource(
        sourceDefinition('samachar', { name: 'समाचार सेवा', language: 'hi', notice: { hi: hindi, en: 'Syndicated' } }),
        'config',
        NOW,
      );
      await store.saveEntries(
        [feedEntry('samachar', 'गुइड-१', { title: hindi, summary: hindi, contentHtml: `<p>${hindi}</p>`, authors: ['संवाददाता'] })],
        NOW,
      );
      const [entry] = await store.entriesNeedingArticles(1);
      assert.ok(entry);
      assert.equal(entry.guid, 'गुइड-१');
      assert.equal(entry.title, hindi);
      assert.deepEqual(entry.authors, ['संवाददाता']);

      const article = cleanArticle(hindi, { lang: 'hi', dateline: 'सियोल', text: hindi });
      const id = await store.saveArticle(
        article,
        { entryId: entry.id, sourceId: 'samachar', section: 'मौसम', slug: 'nai-dilli' },
        NOW,
      );
      const stored = await store.getArticle(id);
      assert.equal(stored?.headline, hindi);
      assert.equal(stored?.dateline, 'सियोल');
      assert.deepEqual(stored?.blocks, article.blocks);
      const [listed] = await store.latestArticles({ lang: 'hi', section: 'मौसम', limit: 1 });
      assert.equal(listed?.headline, hindi);
      const source = await store.getSource('samachar');
      assert.equal(source?.name, 'समाचार सेवा');
      assert.deepEqual(source?.notice, { hi: hindi, en: 'Syndicated' });
    });
  });
}

void describe('openStore', () => {
  void it('refuses a database URL it cannot serve, without echoing the URL', async () => {
    await assert.rejects(
      openStore({ dataDir: '/nonexistent', databaseUrl: 'mysql://admin:hunter2@db.example/desk' }),
      (error: Error) => {
        assert.match(error.message, /^store: databaseUrl must start with postgres:\/\/ or postgresql:\/\/, not mysql:$/);
        return true;
      },
    );
  });

  void it('refuses a PostgreSQL schema name that is not a plain identifier', async () => {
    await assert.rejects(
      openStore({ dataDir: '/nonexistent', databaseUrl: 'postgres://127.0.0.1:1/desk', pgSchema: 'x; drop table y' }),
      /^Error: store: pgSchema "x; drop table y" must be lowercase letters, digits and underscores$/,
    );
  });

  void it('names the PostgreSQL server it cannot reach, without the password', async () => {
    await assert.rejects(
      openStore({ dataDir: '/nonexistent', databaseUrl: 'postgres://desk:hunter2@127.0.0.1:1/desk' }),
      (error: Error) => {
        assert.equal(error.message, 'store: cannot connect to PostgreSQL at 127.0.0.1:1/desk');
        return true;
      },
    );
  });
});
