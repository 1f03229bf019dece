import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store, StoryRecord } from '../store/store.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from '../store/test-records.ts';
import { ArticleNotFoundError, ArticleStateError, InvalidEditError, RevisionConflictError } from './article-errors.ts';
import { killArticle, restoreArticle } from './article-states.ts';

const NOW = new Date('2026-05-01T10:00:00Z');

function story(id: string, title: string): StoryRecord {
  return { id, title, firstSeen: '2026-05-01T01:00:00.000Z', lastSeen: '2026-05-01T02:00:00.000Z', articleCount: 2, sourceCount: 2, independentSourceCount: 2, languages: ['en'], trendScore: 3, mergedInto: null };
}

for (const dialect of testDialects) {
  void describe(`killing and restoring on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    /** Two sources' reports of one story: the first names it. */
    async function storyOfTwo(): Promise<{ store: Store; first: number; second: number }> {
      const store = await database().open();
      const ids: number[] = [];
      for (const [i, source] of ['wire', 'paper'].entries()) {
        await store.upsertSource(sourceDefinition(source, { name: `The ${source}` }), 'config', NOW.toISOString());
        await store.saveEntries([feedEntry(source, 'a')], NOW.toISOString());
        const [entry] = await store.entriesNeedingArticles(1);
        const article = cleanArticle(`Report ${i + 1}`, { published: `2026-05-01T0${i + 1}:00:00Z` });
        ids.push(await store.saveArticle(article, { entryId: entry!.id, sourceId: source, section: 'world', slug: 'r' }, NOW.toISOString()));
      }
      const [first, second] = ids as [number, number];
      await store.saveStoryMemberships([
        { articleId: first, storyId: 's', nearDuplicateOf: null, canonicalId: first },
        { articleId: second, storyId: 's', nearDuplicateOf: null, canonicalId: second },
      ]);
      await store.saveStories([story('s', 'Report 1')], NOW.toISOString());
      return { store, first, second };
    }

    void it('a kill takes the article out of its story, and the story is renamed and recounted at once', async () => {
      const { store, first } = await storyOfTwo();
      const change = await killArticle(store, first, { actor: 'cli:sam', reason: '  Legal   hold ', now: NOW });
      assert.deepEqual(change, {
        action: 'kill',
        object: { type: 'article', id: first },
        actor: 'cli:sam',
        at: NOW.toISOString(),
        reason: 'Legal hold',
        revision: 1,
        before: { status: 'published' },
        after: { status: 'killed' },
      });
      const record = await store.getStory('s');
      assert.equal(record?.title, 'Report 2', 'the killed headline no longer names the story');
      assert.equal(record?.articleCount, 1);
      assert.deepEqual(await store.storiesNeedingSummary(), []);
    });

    void it('a story whose every article is killed is gone', async () => {
      const { store, first, second } = await storyOfTwo();
      await killArticle(store, first, { actor: 'cli:sam', reason: 'r', now: NOW });
      await killArticle(store, second, { actor: 'cli:sam', reason: 'r', now: NOW });
      assert.equal(await store.getStory('s'), null);
    });

    void it('refuses what makes no sense, saying why', async () => {
      const { store, first, second } = await storyOfTwo();
      await assert.rejects(killArticle(store, first, { actor: 'cli:sam', reason: ' ', now: NOW }), InvalidEditError);
      await assert.rejects(killArticle(store, 999, { actor: 'cli:sam', reason: 'r', now: NOW }), ArticleNotFoundError);
      await assert.rejects(restoreArticle(store, first, { actor: 'cli:sam', now: NOW }), (e: Error) => e instanceof ArticleStateError && /is not killed/.test(e.message));
      await killArticle(store, first, { actor: 'cli:sam', reason: 'wrong photo', now: NOW });
      await assert.rejects(killArticle(store, first, { actor: 'ravi@desk', reason: 'again', now: NOW }), /is already killed by cli:sam at 2026-05-01 10:00 UTC: wrong photo/);
      await assert.rejects(killArticle(store, second, { actor: 'ravi@desk', reason: 'r', now: NOW, expectedRevision: 3 }), RevisionConflictError);
    });

    void it('a restore brings it back with its own revision', async () => {
      const { store, first } = await storyOfTwo();
      await killArticle(store, first, { actor: 'cli:sam', reason: 'r', now: NOW });
      const change = await restoreArticle(store, first, { actor: 'cli:sam', now: NOW, reason: 'cleared by legal' });
      assert.deepEqual([change.action, change.revision, change.before, change.after, change.reason], ['restore', 2, { status: 'killed' }, { status: 'published' }, 'cleared by legal']);
      assert.equal((await store.getArticle(first))?.killed, null);
      assert.ok((await store.latestArticles({ limit: 5, visibleAt: NOW.toISOString() })).some((a) => a.id === first));
    });
  });
}
