/**
 * Version chains on the labelled corpus: its 17 development stories are new
 * reports by the same wire on the same event (a ship aground, then an oil
 * sheen near it), written afresh. Readers must see each of them, so none
 * may be taken for a later version of an earlier report.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoryClusterer } from '../../src/stories/story-clusterer.ts';
import { versionChains } from '../../src/stories/story-versions.ts';
import { readCorpus } from './stories-corpus.ts';

test('no report of the labelled corpus, development stories included, is chained as a version of another', async () => {
  const { articles } = await readCorpus();
  const ordered = [...articles].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  const clusterer = new StoryClusterer();
  const candidates = ordered.map((a) => {
    const { storyId } = clusterer.add({ id: a.id, lang: a.lang, headline: a.headline, text: a.text, published: a.published });
    return { id: a.id, storyId, sourceId: a.source, lang: a.lang, headline: a.headline, text: a.text, time: Date.parse(a.published), copyGroup: a.id };
  });
  for (const candidate of candidates) {
    candidate.storyId = clusterer.resolve(candidate.storyId);
    candidate.copyGroup = clusterer.canonicalOf(candidate.id) ?? candidate.id;
  }
  const updates = articles.filter((a) => a.kind === 'update');
  assert.ok(updates.length >= 15, `${updates.length} development stories`);
  const sameSourceAndStory = updates.filter((u) => {
    const mine = candidates.find((c) => c.id === u.id)!;
    return candidates.some((c) => c.id !== u.id && c.sourceId === mine.sourceId && c.storyId === mine.storyId && c.lang === mine.lang);
  });
  assert.ok(sameSourceAndStory.length >= 10, `${sameSourceAndStory.length} development stories share a story with their own wire's earlier report`);
  assert.deepEqual(versionChains(candidates), []);
});
