import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_POSTINGS, MAX_STORIES_WEIGHED } from './story-candidates.ts';
import { CROSS_LINGUAL_QUERY_FEATURES, QUERY_FEATURES, StoryClusterer, type ArticleInput } from './story-clusterer.ts';

const MINUTE = 60_000;
const START = Date.UTC(2026, 4, 1);

/**
 * A word of letters only (digits would be read as numbers) whose phonetic
 * key is different for every n: its consonants spell n in base 11, each
 * one different from the one before, since a key drops vowels and doubled
 * letters.
 */
function word(n: number): string {
  const consonants = 'bdfgklmnprtv';
  let out = '';
  let last = 0;
  for (let k = n + 1; k > 0; k = Math.floor(k / 11)) {
    last = (last + 1 + (k % 11)) % consonants.length;
    out += `${consonants[last]}o`;
  }
  return out;
}

/** A report of event n: words and a place of its own, and the minister every wire quotes today. */
function report(n: number, id: string, minute: number): ArticleInput {
  const own = [0, 1, 2, 3, 4].map((k) => word(n * 5 + k));
  const place = own[0]![0]!.toUpperCase() + own[0]!.slice(1);
  return {
    id,
    lang: 'en',
    headline: `${place} ${own[1]} ${own[2]}`,
    text: `Minister Ramakant Verlaine said the ${own[1]} in ${place} would ${own[3]} the ${own[4]} by evening. Residents of ${place} said the ${own[2]} had begun.`,
    published: START + minute * MINUTE,
  };
}

/** Postings read to cluster one more report of a new event, once `stories` events are in the window. */
function lookupWorkAfter(stories: number): { postingsRead: number; clusterer: StoryClusterer } {
  const clusterer = new StoryClusterer();
  for (let n = 0; n < stories; n++) clusterer.add(report(n, `e${n}`, n));
  const before = clusterer.work.postingsRead;
  clusterer.add(report(stories, 'probe', stories));
  return { postingsRead: clusterer.work.postingsRead - before, clusterer };
}

test('a name shared by thousands of stories does not make an article cost more to look up', () => {
  const few = lookupWorkAfter(100);
  const many = lookupWorkAfter(3000);
  assert.equal(many.clusterer.stories().length >= 3000, true, 'every event is a story of its own');
  assert.ok(many.postingsRead <= few.postingsRead, `${many.postingsRead} postings read with 3,000 stories, ${few.postingsRead} with 100`);
  assert.ok(many.postingsRead <= (QUERY_FEATURES + CROSS_LINGUAL_QUERY_FEATURES) * MAX_POSTINGS);
});

test('among thousands of stories sharing a name, a follow-up still joins its own event', () => {
  const clusterer = new StoryClusterer();
  for (let n = 0; n < 3000; n++) clusterer.add(report(n, `e${n}`, n));
  const weighedBefore = clusterer.work.storiesWeighed;
  const followUp = clusterer.add(report(1234, 'follow-up', 3000));
  assert.equal(followUp.storyId, 'e1234');
  assert.ok(clusterer.work.storiesWeighed - weighedBefore <= 2 * MAX_STORIES_WEIGHED);
});
