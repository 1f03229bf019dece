/**
 * Stories from stored articles, on every test engine: copies and rewrites of
 * one event form one story, a replay after a restart gives the same stories,
 * and an updated article keeps its story.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseConfig } from '../config/load-config.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from '../store/test-records.ts';
import type { Store, StoryMembership } from '../store/store.ts';
import { silentLogger, type PipelineContext } from './pipeline-context.ts';
import { assignStories } from './story-assignment.ts';
import {
  BRIDGE_COPY,
  BRIDGE_ORIGINAL,
  BRIDGE_OWN_WORDS,
  BRIDGE_SECOND_COPY,
  BRIDGE_SIDEBAR,
  BRIDGE_UPDATE,
  ORCHARD_STORY,
  type StoryFixture,
} from './testdata/story-articles.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const CONFIG = `
site: { name: Test, baseUrl: "http://localhost" }
editions: [{ lang: en, path: / }]
sections: [{ id: world, title: World }]
`;

function contextFor(store: Store, extraConfig = ''): PipelineContext {
  const config = parseConfig(CONFIG + extraConfig, { file: null, env: {} });
  return { config, store, now: () => NOW, log: silentLogger };
}

/** Stores the article as the pipeline would (source, entry, article); returns its id. */
async function publish(store: Store, fixture: StoryFixture, text = fixture.text): Promise<number> {
  await store.upsertSource(sourceDefinition(fixture.source), 'config', NOW.toISOString());
  await store.saveEntries([feedEntry(fixture.source, fixture.guid, { title: fixture.headline, published: fixture.published })], NOW.toISOString());
  const entries = await store.listEntries({ sourceId: fixture.source, limit: 100 });
  const entry = entries.find((e) => e.guid === fixture.guid);
  assert.ok(entry);
  const paragraphs = text.split('\n\n').map((p) => ({ type: 'paragraph' as const, content: [{ kind: 'text' as const, text: p }] }));
  return store.saveArticle(
    cleanArticle(fixture.headline, { text, blocks: paragraphs, published: fixture.published }),
    { entryId: entry.id, sourceId: fixture.source, section: 'world', slug: 'a-slug' },
    NOW.toISOString(),
  );
}

async function membershipsOf(store: Store, ids: number[]): Promise<StoryMembership[]> {
  const found = await store.storyMemberships(ids);
  return ids.map((id) => {
    const membership = found.get(id);
    assert.ok(membership, `article ${id} is in a story`);
    return membership;
  });
}

for (const dialect of testDialects) {
  void describe(`story assignment on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    test('copies and a rewrite of one event are one story; an unrelated article is another', async () => {
      const store = await database().open();
      const ids = [];
      for (const fixture of [BRIDGE_ORIGINAL, BRIDGE_COPY, BRIDGE_SECOND_COPY, BRIDGE_OWN_WORDS, ORCHARD_STORY]) ids.push(await publish(store, fixture));
      const result = await assignStories(contextFor(store));
      assert.equal(result.articles, 5);

      const [original, copy, secondCopy, ownWords, orchard] = await membershipsOf(store, ids);
      assert.ok(original && copy && secondCopy && ownWords && orchard);
      assert.equal(copy.storyId, original.storyId);
      assert.equal(secondCopy.storyId, original.storyId);
      assert.equal(ownWords.storyId, original.storyId);
      assert.notEqual(orchard.storyId, original.storyId);
      assert.equal(copy.nearDuplicateOf !== null, true, 'the copy is recognised as a copy');
      assert.equal(copy.canonicalId, original.articleId, 'the earliest copy is the canonical');
      assert.equal(ownWords.canonicalId, ownWords.articleId);

      const story = await store.getStory(original.storyId);
      assert.ok(story);
      assert.equal(story.articleCount, 4);
      assert.equal(story.sourceCount, 3);
      // wire's text (copied by post and ledger) and ledger's own text.
      assert.equal(story.independentSourceCount, 2);
      assert.equal(story.title, BRIDGE_ORIGINAL.headline);
      const trends = await store.listStories({ sort: 'trend', limit: 10 });
      assert.deepEqual(trends.map((s) => s.id), [original.storyId, orchard.storyId]);
    });

    test('a restart replays the window to the same stories, and a later article joins its story', async () => {
      const first = await database().open();
      const ids = [];
      for (const fixture of [BRIDGE_ORIGINAL, BRIDGE_COPY, ORCHARD_STORY]) ids.push(await publish(first, fixture));
      await assignStories(contextFor(first));
      const before = await membershipsOf(first, ids);
      await first.close();

      const second = await database().open();
      await assignStories(contextFor(second));
      assert.deepEqual(await membershipsOf(second, ids), before, 'the same stories after a restart');
      const later = await publish(second, BRIDGE_OWN_WORDS);
      await assignStories(contextFor(second));
      const [joined] = await membershipsOf(second, [later]);
      assert.equal(joined?.storyId, before[0]?.storyId);
      assert.deepEqual(await membershipsOf(second, ids), before, 'earlier articles keep their stories');
    });

    test('an updated article keeps its story', async () => {
      const store = await database().open();
      const original = await publish(store, BRIDGE_ORIGINAL);
      const rewrite = await publish(store, BRIDGE_OWN_WORDS);
      await assignStories(contextFor(store));
      const [before] = await membershipsOf(store, [original]);

      const updatedText = `${BRIDGE_ORIGINAL.text}\n\nUpdated at 11:00: the board said the first lorries crossed at noon.`;
      assert.equal(await publish(store, BRIDGE_ORIGINAL, updatedText), original, 'the same article, rebuilt');
      await assignStories(contextFor(store));
      const [after, other] = await membershipsOf(store, [original, rewrite]);
      assert.equal(after?.storyId, before?.storyId);
      assert.equal(other?.storyId, before?.storyId);
      assert.equal((await store.getStory(before?.storyId ?? ''))?.articleCount, 2);
    });

    test('a stored story whose articles all moved to another points there', async () => {
      const store = await database().open();
      const original = await publish(store, BRIDGE_ORIGINAL);
      const copy = await publish(store, BRIDGE_COPY);
      await assignStories(contextFor(store));
      // As if an earlier pass had put the copy in a story of its own.
      await store.saveStoryMemberships([{ articleId: copy, storyId: '5000', nearDuplicateOf: null, canonicalId: copy }]);
      await store.saveStories([{ id: '5000', title: 'x', firstSeen: NOW.toISOString(), lastSeen: NOW.toISOString(), articleCount: 1, sourceCount: 1, independentSourceCount: 1, languages: ['en'], trendScore: 1, mergedInto: null }], NOW.toISOString());
      await assignStories(contextFor(store));
      const [first, second] = await membershipsOf(store, [original, copy]);
      assert.equal(second?.storyId, first?.storyId);
      assert.equal((await store.getStory('5000'))?.mergedInto, first?.storyId);
      assert.deepEqual((await store.listStories({ sort: 'trend', limit: 10 })).map((s) => s.id), [first?.storyId]);
    });

    test('the stories settings of wiredesk.yaml bound how large a story grows', async () => {
      const store = await database().open();
      const ids = [];
      for (const fixture of [BRIDGE_ORIGINAL, BRIDGE_COPY, BRIDGE_SECOND_COPY, BRIDGE_OWN_WORDS]) ids.push(await publish(store, fixture));
      await assignStories(contextFor(store, 'stories: { maxStoryArticles: 2 }\n'));
      const memberships = await membershipsOf(store, ids);
      const sizes = new Map<string, number>();
      for (const { storyId } of memberships) sizes.set(storyId, (sizes.get(storyId) ?? 0) + 1);
      assert.deepEqual([...sizes.values()], [2, 2], 'four reports of one event, two stories of two');
    });

    test('an update sent as a new item supersedes the earlier version; copies and the sidebar stay', async () => {
      const store = await database().open();
      const [original, copy, sidebar] = [await publish(store, BRIDGE_ORIGINAL), await publish(store, BRIDGE_COPY), await publish(store, BRIDGE_SIDEBAR)];
      await assignStories(contextFor(store));
      const update = await publish(store, BRIDGE_UPDATE);
      await assignStories(contextFor(store));

      const [first, copied, aside, latest] = await membershipsOf(store, [original, copy, sidebar, update]);
      assert.ok(first && copied && aside && latest);
      assert.equal(latest.storyId, first.storyId);
      assert.equal(first.supersededBy, update, 'the first take is superseded by the update');
      assert.equal(latest.supersededBy, null);
      assert.equal(copied.supersededBy, null, 'the post ran one version: it is not superseded');
      assert.equal(aside.supersededBy, null, 'the sidebar is a report of its own');
      assert.equal(copied.canonicalId, update, 'the copies of the first take are shown by the current version');

      const listed = (await store.latestArticles({ limit: 10 })).map((a) => a.id);
      assert.equal(listed.includes(original), false);
      assert.ok(listed.includes(update));
      const story = await store.getStory(first.storyId);
      assert.equal(story?.title, BRIDGE_UPDATE.headline, 'the story is named by the current version');
      assert.equal(story?.articleCount, aside.storyId === first.storyId ? 3 : 2, 'earlier versions are not counted as coverage');
      assert.deepEqual((await store.articleVersions(original)).map((a) => a.id), [original, update]);

      // A replay reaches the same versions.
      await assignStories(contextFor(store));
      assert.equal((await store.storyMemberships([original])).get(original)?.supersededBy, update);
    });

    test('an empty store has no stories', async () => {
      const store = await database().open();
      assert.deepEqual(await assignStories(contextFor(store)), { articles: 0, stories: 0 });
    });
  });
}
