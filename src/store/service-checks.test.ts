import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from './open-store.ts';
import { SQLITE_FILE_NAME } from './sqlite-dialect.ts';
import type { Store, TranslationRecord } from './store.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from './test-records.ts';

const T0 = '2026-03-02T08:00:00.000Z';

function translation(articleId: number, targetLang: string, status: TranslationRecord['status']): TranslationRecord {
  return {
    articleId,
    targetLang,
    articleVersion: T0,
    engine: 'apertium',
    headline: 'Harbour reopens',
    headlineLang: null,
    translatedHeadline: 'Harbour reopens',
    headlinePolicy: 'translate',
    blocks: [{ type: 'paragraph', content: [{ kind: 'text', text: 'The harbour reopened.' }] }],
    text: 'The harbour reopened.',
    status,
    issues: [],
    attempts: 1,
    nextAttemptAt: null,
    lastError: null,
  };
}

/** Three articles of one source; their ids. */
async function withArticles(store: Store): Promise<number[]> {
  await store.upsertSource(sourceDefinition('wire'), 'config', T0);
  await store.saveEntries([feedEntry('wire', 'a'), feedEntry('wire', 'b'), feedEntry('wire', 'c')], T0);
  const entries = await store.entriesNeedingArticles(10);
  return Promise.all(
    entries.map((entry, i) =>
      store.saveArticle(cleanArticle(`Bulletin ${i}`, { lang: 'en' }), { entryId: entry.id, sourceId: 'wire', section: 'world', slug: `bulletin-${i}` }, T0),
    ),
  );
}

let scratch: string;
before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'wiredesk-backup-'));
});
after(async () => {
  await rm(scratch, { recursive: true, force: true });
});

for (const dialect of testDialects) {
  void describe(`service checks on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('answers a ping and counts translations by status, leaving out statuses with none', async () => {
      const store = await database().open();
      await store.ping();
      assert.deepEqual(await store.translationStatusCounts(), new Map());
      const [a, b, c] = await withArticles(store);
      await store.saveTranslation(translation(a!, 'hi', 'pass'), T0);
      await store.saveTranslation(translation(b!, 'hi', 'pass'), T0);
      await store.saveTranslation(translation(c!, 'hi', 'review'), T0);
      await store.saveTranslation(translation(a!, 'ta', 'pending'), T0);
      assert.deepEqual(
        await store.translationStatusCounts(),
        new Map([
          ['pass', 2],
          ['review', 1],
          ['pending', 1],
        ]),
      );
    });

    if (dialect.name === 'sqlite') {
      void it('backs up the open database to a file that opens as a store with every article, and never overwrites one', async () => {
        const store = await database().open();
        const ids = await withArticles(store);
        const restored = await mkdtemp(join(scratch, 'restored-'));
        const file = join(restored, SQLITE_FILE_NAME);
        await store.backupTo(file);
        // Written after the backup: not in it.
        await store.saveEntries([feedEntry('wire', 'd')], T0);
        assert.deepEqual(await readdir(restored), [SQLITE_FILE_NAME], 'no partial file left beside it');

        const copy = await openStore({ dataDir: restored, databaseUrl: null });
        try {
          assert.deepEqual(await copy.counts(), { sources: 1, entries: 3, articles: 3 });
          for (const id of ids) assert.equal((await copy.getArticle(id))?.id, id);
        } finally {
          await copy.close();
        }

        const taken = join(scratch, 'taken.sqlite');
        await writeFile(taken, 'keep me');
        await assert.rejects(store.backupTo(taken), /taken\.sqlite exists; a backup never overwrites a file/);
      });
    } else {
      void it('refuses a backup and points at pg_dump', async () => {
        const store = await database().open();
        await assert.rejects(store.backupTo(join(scratch, 'pg.sqlite')), /back up PostgreSQL with pg_dump/);
      });
    }
  });
}
