/**
 * Versions of one report in storage, on every test engine: lists show the
 * current version only, every version still reads back, and the chain
 * reads back from any of its versions.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store } from './store.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from './test-records.ts';

const T0 = '2026-05-14T07:00:00.000Z';

/** Articles of one wire, an hour apart in the order given; returns their ids. */
async function wireArticles(store: Store, guids: string[]): Promise<number[]> {
  await store.upsertSource(sourceDefinition('wire'), 'config', T0);
  const ids = [];
  for (const [i, guid] of guids.entries()) {
    await store.saveEntries([feedEntry('wire', guid)], T0);
    const entry = (await store.listEntries({ sourceId: 'wire', limit: 50 })).find((e) => e.guid === guid);
    assert.ok(entry);
    const published = new Date(Date.parse(T0) + i * 3_600_000).toISOString();
    ids.push(await store.saveArticle(cleanArticle(`Headline ${guid}`, { published }), { entryId: entry.id, sourceId: 'wire', section: 'world', slug: guid }, T0));
  }
  return ids;
}

for (const dialect of testDialects) {
  void describe(`article versions on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    it('lists show the current version only; each version and the chain read back', async () => {
      const store = await database().open();
      const [first, second, other, third] = await wireArticles(store, ['dam', 'dam-update-1', 'anglers', 'dam-update-2']);
      assert.ok(first && second && other && third);
      await store.saveStoryMemberships([
        { articleId: first, storyId: 's', nearDuplicateOf: null, canonicalId: third, supersededBy: third },
        { articleId: second, storyId: 's', nearDuplicateOf: first, canonicalId: third, supersededBy: third },
        { articleId: other, storyId: 's', nearDuplicateOf: null, canonicalId: other },
        { articleId: third, storyId: 's', nearDuplicateOf: second, canonicalId: third, supersededBy: null },
      ]);

      const listed = await store.latestArticles({ limit: 10 });
      assert.deepEqual(listed.map((a) => a.headline), ['Headline dam-update-2', 'Headline anglers']);
      assert.equal((await store.getArticle(first))?.headline, 'Headline dam', 'an earlier version is still there');

      const chain = [first, second, third];
      assert.deepEqual((await store.articleVersions(first)).map((a) => a.id), chain);
      assert.deepEqual((await store.articleVersions(third)).map((a) => a.id), chain);
      assert.deepEqual((await store.articleVersions(other)).map((a) => a.id), [other]);
      assert.deepEqual(await store.articleVersions(999_999), []);

      const members = await store.storyMembers(['s']);
      assert.deepEqual(members.map((m) => m.supersededBy), [third, third, null, null]);
      assert.equal((await store.storyMemberships([second])).get(second)?.supersededBy, third);
    });

    it('a membership written again without a later version makes the article current again', async () => {
      const store = await database().open();
      const [first, second] = await wireArticles(store, ['dam', 'dam-update-1']);
      assert.ok(first && second);
      await store.saveStoryMemberships([
        { articleId: first, storyId: 's', nearDuplicateOf: null, canonicalId: second, supersededBy: second },
        { articleId: second, storyId: 's', nearDuplicateOf: null, canonicalId: second },
      ]);
      assert.equal((await store.latestArticles({ limit: 10 })).length, 1);
      await store.saveStoryMemberships([{ articleId: first, storyId: 's', nearDuplicateOf: null, canonicalId: first }]);
      assert.deepEqual((await store.latestArticles({ limit: 10 })).map((a) => a.id), [second, first]);
      assert.deepEqual((await store.articleVersions(first)).map((a) => a.id), [first]);
    });
  });
}
