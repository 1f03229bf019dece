/**
 * The records the clusterer keeps for recent articles and stories, and the
 * small operations on them: remembering an article and its group of copies,
 * adding an article to a story, merging two stories, forgetting stories
 * whose last article fell out of the window.
 */
import type { ArticleFeatures } from './article-features.ts';
import { FeatureCounter, type FeatureTable } from './feature-table.ts';
import { storyNorms, type StoryVectors, type WeightedVectors } from './story-similarity.ts';
import type { DocumentFrequencies, FeatureCounts } from './term-weights.ts';

/** Features a story keeps per vector: its most frequent ones. Enough to describe an event, and bounds scoring work. */
export const MAX_STORY_FEATURES = 256;

const HOUR_MS = 3_600_000;

/**
 * Copies of one text; the canonical is the earliest, then the longest, then
 * the first added. Never the smallest id: ids follow the order articles
 * happened to arrive in, and the same articles must give the same canonical.
 */
export interface DuplicateGroup {
  canonical: { id: string; time: number; length: number; seq: number };
}

export interface ArticleRecord {
  id: string;
  storyId: string;
  duplicateOf: string | null;
  group: DuplicateGroup;
}

/** What one slice of the window holds. */
export interface Slice {
  articles: Map<string, ArticleRecord>;
  /** Exact-text key → article id. */
  exact: Map<string, string>;
  /** Stories that took an article in this slice. */
  touched: string[];
}

/** A story's counts are FeatureCounters: its feature strings are held once, in the clusterer's FeatureTable, for all stories. */
export interface Story extends StoryVectors {
  terms: FeatureCounter;
  keys: FeatureCounter;
  names: FeatureCounter;
  id: string;
  /** Stories started before this one: the tie-break between stories, in place of ids, which follow arrival. */
  seq: number;
  articleIds: string[];
  languages: string[];
  /** The slice of its last article: when that slice is dropped, so is the story. */
  lastSlice: Slice | null;
}

export interface StoryLimits {
  maxStoryArticles: number;
  maxStorySpanHours: number;
}

/** `seq`: the articles added before this one. */
export function rememberArticle(
  input: { id: string; headline: string; text: string },
  time: number,
  seq: number,
  original: ArticleRecord | undefined,
  slice: Slice,
): ArticleRecord {
  const candidate = { id: input.id, time, length: input.headline.length + input.text.length, seq };
  const group = original?.group ?? { canonical: candidate };
  if (original && isBetterCanonical(candidate, group.canonical)) group.canonical = candidate;
  const record: ArticleRecord = { id: input.id, storyId: '', duplicateOf: original?.id ?? null, group };
  slice.articles.set(input.id, record);
  return record;
}

function isBetterCanonical(a: DuplicateGroup['canonical'], b: DuplicateGroup['canonical']): boolean {
  return a.time !== b.time ? a.time < b.time : a.length !== b.length ? a.length > b.length : a.seq < b.seq;
}

export function canonicalOf(record: ArticleRecord): string {
  return record.group.canonical.id;
}

export function newStory(id: string, seq: number, time: number, table: FeatureTable): Story {
  return {
    id,
    seq,
    articleIds: [],
    languages: [],
    terms: new FeatureCounter(table),
    keys: new FeatureCounter(table),
    names: new FeatureCounter(table),
    termsNorm: 0,
    keysNorm: 0,
    namesNorm: 0,
    firstSeen: time,
    lastSeen: time,
    lastSlice: null,
  };
}

/** Whether the story may take an article at `time` without exceeding its size or span. */
export function storyAccepts(story: Story, time: number, limits: StoryLimits): boolean {
  if (story.articleIds.length >= limits.maxStoryArticles) return false;
  const span = Math.max(story.lastSeen, time) - Math.min(story.firstSeen, time);
  return span <= limits.maxStorySpanHours * HOUR_MS;
}

export function absorbArticle(
  story: Story,
  record: ArticleRecord,
  lang: string,
  features: ArticleFeatures,
  vectors: WeightedVectors,
  time: number,
  slice: Slice,
  frequencies: DocumentFrequencies,
): void {
  story.articleIds.push(record.id);
  if (!story.languages.includes(lang)) story.languages.push(lang);
  story.firstSeen = Math.min(story.firstSeen, time);
  story.lastSeen = Math.max(story.lastSeen, time);
  story.termsNorm = addWithNorm(story.terms, story.termsNorm, features.terms, vectors.idf, frequencies);
  story.keysNorm = addWithNorm(story.keys, story.keysNorm, features.keys, vectors.idf, frequencies);
  story.namesNorm = addWithNorm(story.names, story.namesNorm, features.names, vectors.idf, frequencies);
  if (story.lastSlice !== slice) {
    story.lastSlice = slice;
    slice.touched.push(story.id);
  }
}

/**
 * Adds the article's counts and updates the story's IDF-weighted norm for
 * the features that changed only: the others keep the IDF they had when
 * last counted, which drifts slowly (a logarithm of document counts), and
 * every pruning recomputes the norm in full. Returns the new norm.
 */
function addWithNorm(
  target: FeatureCounter,
  targetNorm: number,
  source: FeatureCounts,
  idf: ReadonlyMap<string, number>,
  frequencies: DocumentFrequencies,
): number {
  let squared = targetNorm * targetNorm;
  for (const [feature, count] of source) {
    const before = target.add(feature, count) ?? 0;
    const weight = idf.get(feature) ?? frequencies.idf(feature);
    squared += ((before + count) ** 2 - before ** 2) * weight * weight;
  }
  if (target.size <= 2 * MAX_STORY_FEATURES) return Math.sqrt(Math.max(0, squared));
  target.keepStrongest(MAX_STORY_FEATURES);
  return storyNorms({ terms: target, keys: new Map(), names: new Map() }, frequencies).termsNorm;
}

function addAll(target: FeatureCounter, source: FeatureCounter): void {
  for (const [feature, count] of source) target.add(feature, count);
  if (target.size > 2 * MAX_STORY_FEATURES) target.keepStrongest(MAX_STORY_FEATURES);
}

/** Lets go of a story's features: it left the window or was merged into another. */
function releaseStory(story: Story): void {
  story.terms.releaseAll();
  story.keys.releaseAll();
  story.names.releaseAll();
}

/**
 * Two stories as one: the younger (later first article; then the one
 * started later) goes into the older, if the result stays within the
 * limits. Null when it would not.
 */
export function mergeStory(a: Story, b: Story, limits: StoryLimits, frequencies: DocumentFrequencies): { from: Story; into: Story } | null {
  const aFirst = a.firstSeen !== b.firstSeen ? a.firstSeen < b.firstSeen : a.seq < b.seq;
  const [into, from] = aFirst ? [a, b] : [b, a];
  if (into.articleIds.length + from.articleIds.length > limits.maxStoryArticles) return null;
  if (Math.max(into.lastSeen, from.lastSeen) - into.firstSeen > limits.maxStorySpanHours * HOUR_MS) return null;
  into.articleIds.push(...from.articleIds);
  for (const lang of from.languages) if (!into.languages.includes(lang)) into.languages.push(lang);
  addAll(into.terms, from.terms);
  addAll(into.keys, from.keys);
  addAll(into.names, from.names);
  releaseStory(from);
  Object.assign(into, storyNorms(into, frequencies));
  into.lastSeen = Math.max(into.lastSeen, from.lastSeen);
  return { from, into };
}

/** Forgets the stories whose last article was in a slice that left the window. */
export function closeStories(dropped: Slice, stories: Map<string, Story>): void {
  for (const id of dropped.touched) {
    const story = stories.get(id);
    if (story && story.lastSlice === dropped) {
      stories.delete(id);
      releaseStory(story);
    }
  }
}
