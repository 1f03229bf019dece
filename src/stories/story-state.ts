/**
 * The clusterer's memory as JSON-safe data, so that a caller can persist it
 * between runs and carry on exactly where it stopped. Only the window is
 * held, so the state stays the size of a few days of news.
 */
import type { StoryClusterer } from './story-clusterer.ts';
import type { ArticleRecord, DuplicateGroup, Slice, Story } from './story-records.ts';
import { FeatureCounter, type FeatureTable } from './feature-table.ts';

/** 2: stories and copies carry the order they were added in (seq), the clusterer its counters. */
export const STATE_VERSION = 2;

type Pairs = [string, number][];

interface StoryState {
  id: string;
  seq: number;
  articleIds: string[];
  languages: string[];
  terms: Pairs;
  keys: Pairs;
  names: Pairs;
  termsNorm: number;
  keysNorm: number;
  namesNorm: number;
  firstSeen: number;
  lastSeen: number;
  /** Number of the slice of its last article. */
  lastSlice: number | null;
}

interface SliceState {
  number: number;
  articles: { id: string; storyId: string; duplicateOf: string | null; canonical: DuplicateGroup['canonical'] }[];
  exact: [string, string][];
  postings: [string, string[]][];
  touched: string[];
}

export interface ClustererState {
  version: number;
  clock: number | null;
  arrivals: number;
  storiesStarted: number;
  documents: number;
  frequencies: Pairs;
  knownNames: Pairs;
  /** Absent in states saved before they were kept: the clusterer then starts them afresh. */
  caselessKeys?: Pairs;
  textsByScript?: { latin: number; caseless: number };
  mergedInto: [string, string][];
  signatures: { slice: number; id: string; signature: number[] }[];
  slices: SliceState[];
  stories: StoryState[];
}

export function exportClusterer(clusterer: StoryClusterer): ClustererState {
  const sliceNumbers = new Map<Slice, number>(clusterer.slices.entries().map(({ number, data }) => [data, number]));
  const postings = postingsBySlice(clusterer);
  return {
    version: STATE_VERSION,
    clock: Number.isFinite(clusterer.clock) ? clusterer.clock : null,
    arrivals: clusterer.arrivals,
    storiesStarted: clusterer.storiesStarted,
    documents: clusterer.frequencies.documents,
    frequencies: [...clusterer.frequencies.counts],
    knownNames: [...clusterer.known.counts],
    caselessKeys: [...clusterer.known.caselessCounts],
    textsByScript: { latin: clusterer.known.latinTexts, caseless: clusterer.known.caselessTexts },
    mergedInto: [...clusterer.mergedInto],
    signatures: clusterer.lsh.exportState(),
    slices: clusterer.slices.entries().map(({ number, data }) => ({
      number,
      articles: [...data.articles.values()].map((r) => ({ id: r.id, storyId: r.storyId, duplicateOf: r.duplicateOf, canonical: r.group.canonical })),
      exact: [...data.exact],
      postings: [...(postings.get(number) ?? [])],
      touched: [...data.touched],
    })),
    stories: [...clusterer.activeStories.values()].map((story) => ({
      ...story,
      terms: [...story.terms],
      keys: [...story.keys],
      names: [...story.names],
      articleIds: [...story.articleIds],
      languages: [...story.languages],
      lastSlice: story.lastSlice ? (sliceNumbers.get(story.lastSlice) ?? null) : null,
    })),
  };
}

export function importClusterer(clusterer: StoryClusterer, state: ClustererState): void {
  if (state.version !== STATE_VERSION) throw new Error(`stories: saved state has version ${state.version}, expected ${STATE_VERSION}`);
  clusterer.clock = state.clock ?? Number.NEGATIVE_INFINITY;
  clusterer.arrivals = state.arrivals;
  clusterer.storiesStarted = state.storiesStarted;
  clusterer.frequencies.documents = state.documents;
  for (const [feature, count] of state.frequencies) clusterer.frequencies.counts.set(feature, count);
  for (const [key, count] of state.knownNames) clusterer.known.counts.set(key, count);
  for (const [key, count] of state.caselessKeys ?? []) clusterer.known.caselessCounts.set(key, count);
  clusterer.known.latinTexts = state.textsByScript?.latin ?? 0;
  clusterer.known.caselessTexts = state.textsByScript?.caseless ?? 0;
  for (const [from, into] of state.mergedInto) clusterer.mergedInto.set(from, into);
  clusterer.lsh.importState(state.signatures);
  const groups = new Map<string, DuplicateGroup>();
  const slices = state.slices.map((saved) => ({ number: saved.number, data: importSlice(saved, groups) }));
  clusterer.slices.restore(slices);
  importPostings(clusterer, state.slices);
  const byNumber = new Map(slices.map(({ number, data }) => [number, data]));
  for (const saved of state.stories) {
    const story: Story = {
      ...saved,
      terms: countsOf(saved.terms, clusterer.features),
      keys: countsOf(saved.keys, clusterer.features),
      names: countsOf(saved.names, clusterer.features),
      lastSlice: saved.lastSlice === null ? null : (byNumber.get(saved.lastSlice) ?? null),
    };
    clusterer.activeStories.set(story.id, story);
    for (const lang of story.languages) clusterer.languages.add(lang);
  }
}

function importSlice(saved: SliceState, groups: Map<string, DuplicateGroup>): Slice {
  const articles = new Map<string, ArticleRecord>();
  for (const { id, storyId, duplicateOf, canonical } of saved.articles) {
    const groupKey = `${canonical.id}\u0000${canonical.time}`;
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = { canonical: { ...canonical } }));
    articles.set(id, { id, storyId, duplicateOf, group });
  }
  return { articles, exact: new Map(saved.exact), touched: [...saved.touched] };
}

function countsOf(pairs: Pairs, table: FeatureTable): FeatureCounter {
  const counts = new FeatureCounter(table);
  for (const [feature, count] of pairs) counts.add(feature, count);
  return counts;
}

/** The postings index cut by the slice each posting was last made in, as it is saved. */
function postingsBySlice(clusterer: StoryClusterer): Map<number, Map<string, string[]>> {
  const bySlice = new Map<number, Map<string, string[]>>();
  for (const [feature, list] of clusterer.postings.entries()) {
    for (const { id, slice } of list) {
      let features = bySlice.get(slice);
      if (!features) bySlice.set(slice, (features = new Map<string, string[]>()));
      const ids = features.get(feature);
      if (ids) ids.push(id);
      else features.set(feature, [id]);
    }
  }
  return bySlice;
}

/** Posts again, oldest slice first, so each feature's stories keep their order. */
function importPostings(clusterer: StoryClusterer, slices: readonly SliceState[]): void {
  const ordered = [...slices].sort((a, b) => a.number - b.number);
  for (const { number, postings } of ordered) {
    for (const [feature, ids] of postings) for (const id of ids) clusterer.postings.post(id, [feature], number);
  }
  if (ordered.length > 0) clusterer.postings.forgetBefore(ordered[0]!.number);
}
