import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoryClusterer } from './story-clusterer.ts';
import { canonicalsAfterVersions, currentVersions, hasUpdateMarker, headlineOverlap, versionChains, type VersionCandidate } from './story-versions.ts';
import {
  PAPER_COPY,
  PAPER_UPDATE_COPY,
  WIRE_CORRECTED,
  WIRE_FIRST,
  WIRE_FOLLOW_UP,
  WIRE_REWRITTEN,
  WIRE_SIDEBAR,
  WIRE_UPDATE,
  type VersionedReport,
} from './testdata/versioned-reports.ts';

/**
 * The reports as the pipeline hands them over: clustered in publication
 * order, each with its group of copies as the clusterer found it. All are
 * put in one story, so that only the version rules keep reports apart.
 */
function candidates(reports: VersionedReport[]): VersionCandidate[] {
  const clusterer = new StoryClusterer();
  const ordered = [...reports].sort((a, b) => a.published.localeCompare(b.published));
  for (const r of ordered) clusterer.add({ id: r.id, lang: 'en', headline: r.headline, text: r.text, published: r.published });
  return ordered.map((r) => ({
    id: r.id,
    storyId: 'story',
    sourceId: r.source,
    lang: 'en',
    headline: r.headline,
    text: r.text,
    time: Date.parse(r.published),
    copyGroup: clusterer.canonicalOf(r.id) ?? r.id,
  }));
}

test('an update sent as a new item, with a new lead above the earlier text, supersedes the first take', () => {
  const chains = versionChains(candidates([WIRE_FIRST, WIRE_UPDATE]));
  assert.deepEqual(chains, [['wire-1', 'wire-2']]);
  assert.deepEqual([...currentVersions(chains)], [['wire-1', 'wire-2']]);
});

test('three versions form one chain, oldest first, the newest current', () => {
  const chains = versionChains(candidates([WIRE_CORRECTED, WIRE_FIRST, WIRE_UPDATE]));
  assert.deepEqual(chains, [['wire-1', 'wire-2', 'wire-3']]);
  assert.deepEqual(currentVersions(chains), new Map([['wire-1', 'wire-3'], ['wire-2', 'wire-3']]));
});

test('an update that rewrote half the text is a version when its headline marks or repeats the first', () => {
  assert.deepEqual(versionChains(candidates([WIRE_FIRST, WIRE_REWRITTEN])), [['wire-1', 'wire-rewritten']]);
  const unmarked = { ...WIRE_REWRITTEN, headline: 'Fire crews pump out the village school in Nizna' };
  assert.deepEqual(versionChains(candidates([WIRE_FIRST, unmarked])), [], 'half the text and nothing else in common: two reports');
});

test('a sidebar of the same source on the same event is a report of its own, not a version', () => {
  const chains = versionChains(candidates([WIRE_FIRST, WIRE_SIDEBAR, WIRE_UPDATE]));
  assert.deepEqual(chains, [['wire-1', 'wire-2']]);
  assert.equal(currentVersions(chains).has('wire-sidebar'), false);
});

test('the next day\'s follow-up, though it repeats the background, is not a version', () => {
  const chains = versionChains(candidates([WIRE_FIRST, WIRE_UPDATE, WIRE_FOLLOW_UP]));
  assert.deepEqual(chains, [['wire-1', 'wire-2']]);
});

test('versions from two sources form two chains; a copy of the first take alone stays as it is', () => {
  const both = versionChains(candidates([WIRE_FIRST, PAPER_COPY, WIRE_UPDATE, PAPER_UPDATE_COPY]));
  assert.deepEqual(both.sort(), [['paper-1', 'paper-2'], ['wire-1', 'wire-2']]);
  const oneCopy = versionChains(candidates([WIRE_FIRST, PAPER_COPY, WIRE_UPDATE]));
  assert.deepEqual(oneCopy, [['wire-1', 'wire-2']], 'the paper ran one version: nothing of it is superseded');
});

test('articles of different stories or languages are never versions of each other', () => {
  const [first, update] = candidates([WIRE_FIRST, WIRE_UPDATE]);
  assert.ok(first && update);
  assert.deepEqual(versionChains([first, { ...update, storyId: 'other' }]), []);
  assert.deepEqual(versionChains([first, { ...update, lang: 'hi' }]), []);
});

test('a group of copies whose canonical was superseded is shown by the current version', () => {
  // The paper copied the first take; the wire's update is a text of its own.
  const canonicalOf = new Map([['wire-1', 'wire-1'], ['paper-1', 'wire-1'], ['wire-2', 'wire-2'], ['other', 'other']]);
  const resolved = canonicalsAfterVersions(canonicalOf, new Map([['wire-1', 'wire-2']]));
  assert.deepEqual(resolved, new Map([['wire-1', 'wire-2'], ['paper-1', 'wire-2'], ['wire-2', 'wire-2'], ['other', 'other']]));
  // The update is a near-duplicate of the first take, so the clusterer made the first take its canonical.
  const nearCopy = canonicalsAfterVersions(new Map([['wire-1', 'wire-1'], ['wire-2', 'wire-1']]), new Map([['wire-1', 'wire-2']]));
  assert.deepEqual(nearCopy, new Map([['wire-1', 'wire-2'], ['wire-2', 'wire-2']]));
});

test('update markers and headline overlap are read as hints', () => {
  assert.equal(hasUpdateMarker('UPDATE 1-Engineers close failed gate'), true);
  assert.equal(hasUpdateMarker('CORRECTED-Dam gate fails'), true);
  assert.equal(hasUpdateMarker('ACTUALIZA 2-Falla una compuerta'), true);
  assert.equal(hasUpdateMarker('Updates to the timetable announced'), false);
  assert.ok(headlineOverlap('UPDATE 2-Ondrava dam gate fails above Breska', 'Ondrava dam gate fails, floods villages') >= 0.5);
  assert.ok(headlineOverlap(WIRE_FIRST.headline, WIRE_SIDEBAR.headline) < 0.5);
});
