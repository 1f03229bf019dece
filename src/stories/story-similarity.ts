/**
 * How alike an article and a story are: a weighted sum of three kinds of
 * evidence, scaled down by the time between them. Every constant is here.
 */
import { NUMBER_PREFIX, type ArticleFeatures } from './article-features.ts';
import type { DocumentFrequencies } from './term-weights.ts';

/**
 * The three bags are scored as one vector, so that a feature's weight is
 * its TF-IDF wherever it sits, and one shared feature among many that are
 * not counts for little: two unrelated reports that both name the one
 * person every wire names today share a name, but nothing else. (Separate
 * cosines per bag failed exactly there: two name bags holding only that
 * name have a cosine of 1.)
 *
 * Names weigh NAME_BOOST times their TF-IDF: two reports naming the same
 * rare people and places are rarely about different events. When the
 * article's language is not among the story's, its words cannot meet the
 * story's words, so terms are left out of both sides and the keys and
 * names carry the comparison.
 */
export const NAME_BOOST = 2;

/**
 * Across languages, a story's squared norm counts as at least this share of
 * the article's. A cosine favours a short text: a one-line English story
 * sharing one name with a Hindi report (`Brevik police thanked.`) can
 * outscore the report's translation, which shares two names but has many
 * words whose keys a translation does not keep. A translation is about as
 * long as its original, so a story far shorter than the article is scored
 * as if its squared norm were half the article's. On FLORES dev it lifted
 * P@1 a little in all three directions (docs/benchmarks.md#stories); the
 * share was chosen among 1, 0.5 and 0.25 with both halves' totals in view.
 * Within a language nothing changes.
 */
export const CROSS_LANGUAGE_NORM_FLOOR = 0.5;

/**
 * Time proximity: the score halves for every day between the article and
 * the nearest end of the story's time span. Follow-ups a few hours later
 * lose little; a report a week later must be far more alike to join.
 */
export const TIME_HALF_LIFE_HOURS = 24;
const HOUR_MS = 3_600_000;

/** Counts by feature, read-only: a Map, or a story's FeatureCounter (feature-table.ts). */
export interface Counts extends Iterable<[string, number]> {
  get(feature: string): number | undefined;
  readonly size: number;
}

/** Summed counts and their IDF-weighted norms at the last update. */
export interface StoryCounts {
  terms: Counts;
  keys: Counts;
  names: Counts;
  termsNorm: number;
  keysNorm: number;
  namesNorm: number;
}

/** An article's vectors weighted by IDF, with their norms, computed once per article. */
export interface WeightedVectors extends StoryCounts {
  terms: Map<string, number>;
  keys: Map<string, number>;
  names: Map<string, number>;
  /** IDF of each feature of the article, looked up once. */
  idf: Map<string, number>;
  /** The terms of its translated headlines, per language, weighted, with their norms. */
  translations: { lang: string; terms: Map<string, number>; termsNorm: number }[];
}

/** What scoring needs of a story. */
export interface StoryVectors extends StoryCounts {
  languages: readonly string[];
  firstSeen: number;
  lastSeen: number;
}

/**
 * Features an article keeps per vector for scoring, the heaviest by TF-IDF.
 * A headline and lead have 50–100 words; the 32 heaviest carry nearly all of
 * a cosine's mass (the rest are common words of low IDF), at a third of the
 * cost of scoring them all.
 */
export const MAX_ARTICLE_FEATURES = 32;

export function weightedVectors(features: ArticleFeatures, frequencies: DocumentFrequencies): WeightedVectors {
  const idf = new Map<string, number>();
  const terms = heaviest(weighted(features.terms, frequencies, idf));
  const keys = heaviest(weighted(features.keys, frequencies, idf));
  const names = heaviest(weighted(features.names, frequencies, idf));
  const translations = features.translations.map(({ lang, terms: counts }) => {
    const weights = heaviest(weighted(counts, frequencies, idf));
    return { lang, terms: weights, termsNorm: normOf(weights) };
  });
  return { idf, terms, keys, names, termsNorm: normOf(terms), keysNorm: normOf(keys), namesNorm: normOf(names), translations };
}

export function storyNorms(story: Pick<StoryVectors, 'terms' | 'keys' | 'names'>, frequencies: DocumentFrequencies) {
  return {
    termsNorm: weightedNorm(story.terms, frequencies),
    keysNorm: weightedNorm(story.keys, frequencies),
    namesNorm: weightedNorm(story.names, frequencies),
  };
}

export function storySimilarity(
  article: WeightedVectors,
  lang: string,
  time: number,
  story: StoryVectors,
): number {
  if (story.languages.includes(lang)) return timeProximity(time, story) * evidenceSimilarity(article, story, true);
  let best = evidenceSimilarity(article, story, false);
  // A headline translated into the story's language lets the article's words meet the story's, as if written in it.
  for (const { lang: translatedInto, terms, termsNorm } of article.translations) {
    if (story.languages.includes(translatedInto)) best = Math.max(best, evidenceSimilarity({ ...article, terms, termsNorm }, story, true));
  }
  return timeProximity(time, story) * best;
}

/** Cosine of the article and the story as single vectors of terms (same language only), keys and boosted names. */
export function evidenceSimilarity(article: WeightedVectors, story: StoryCounts, sameLanguage: boolean): number {
  const { idf } = article;
  const boost = NAME_BOOST * NAME_BOOST;
  const names = namesDot(article, story);
  let dot = dotWithCounts(article.keys, story.keys, idf) + boost * names.dot;
  let articleSquared = article.keysNorm ** 2 + boost * article.namesNorm ** 2;
  let storySquared = story.keysNorm ** 2 + boost * (story.namesNorm ** 2 + names.lateSquared);
  if (sameLanguage) {
    dot += dotWithCounts(article.terms, story.terms, idf);
    articleSquared += article.termsNorm ** 2;
    storySquared += story.termsNorm ** 2;
  } else storySquared = Math.max(storySquared, CROSS_LANGUAGE_NORM_FLOOR * articleSquared);
  if (dot === 0) return 0;
  return Math.min(1, dot / Math.sqrt(articleSquared * storySquared));
}

export function timeProximity(time: number, span: { firstSeen: number; lastSeen: number }): number {
  const gap = Math.max(0, span.firstSeen - time, time - span.lastSeen);
  return 0.5 ** (gap / HOUR_MS / TIME_HALF_LIFE_HOURS);
}

/**
 * Shortest key read as a name from a story's keys alone. Two consonants
 * (`ln`, `rn`) are the key of many common English words too (line, rain),
 * which an English story holds as keys because they are not names.
 */
const MIN_LATE_NAME_KEY = 3;

/**
 * The dot product of the article's names with the story's, where a name of
 * the article that the story holds only as a key counts as a name too, its
 * squared weight returned apart for the story's norm. Devanagari has no
 * capitals: a Hindi word is seen to be a name only once an English report
 * has shown it (entities.ts), so a story first reported in Hindi holds its
 * names as keys, and the English report that later names them would
 * otherwise find none of its names there.
 */
function namesDot(article: WeightedVectors, story: StoryCounts): { dot: number; lateSquared: number } {
  let dot = 0;
  let lateSquared = 0;
  for (const [feature, weight] of article.names) {
    const idf = article.idf.get(feature)!;
    let count = story.names.get(feature);
    if (count === undefined) {
      if (feature.length < MIN_LATE_NAME_KEY) continue;
      count = story.keys.get(feature);
      if (count === undefined) continue;
      lateSquared += (count * idf) ** 2;
    }
    dot += weight * count * idf;
  }
  return { dot, lateSquared };
}

/** Dot product where the story side holds counts, weighted by the article's IDF on the fly. */
function dotWithCounts(article: Map<string, number>, storyCounts: Counts, idf: Map<string, number>): number {
  let dot = 0;
  for (const [feature, weight] of article) {
    const count = storyCounts.get(feature);
    if (count !== undefined) dot += weight * count * idf.get(feature)!;
  }
  return dot;
}

function weighted(counts: Map<string, number>, frequencies: DocumentFrequencies, idf: Map<string, number>): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [feature, count] of counts) {
    let value = idf.get(feature);
    if (value === undefined) idf.set(feature, (value = frequencies.idf(feature)));
    weights.set(feature, count * value);
  }
  return weights;
}

function heaviest(weights: Map<string, number>): Map<string, number> {
  if (weights.size <= MAX_ARTICLE_FEATURES) return weights;
  const kept = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_ARTICLE_FEATURES);
  return new Map(kept);
}

function weightedNorm(counts: Counts, frequencies: DocumentFrequencies): number {
  let sum = 0;
  for (const [feature, count] of counts) {
    const weight = count * frequencies.idf(feature);
    sum += weight * weight;
  }
  return Math.sqrt(sum);
}

function normOf(weights: Map<string, number>): number {
  let sum = 0;
  for (const weight of weights.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

/**
 * The article's heaviest distinct features across its three bags, heaviest
 * first (ties by name, for determinism): what it is looked up by and what
 * it is indexed under.
 */
export function strongestFeatures(vectors: WeightedVectors, count: number): [string, number][] {
  const best = new Map<string, number>();
  for (const bag of [vectors.terms, vectors.names, vectors.keys]) {
    for (const [feature, weight] of bag) if ((best.get(feature) ?? 0) < weight) best.set(feature, weight);
  }
  return [...best].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, count);
}

/**
 * Terms of translated headlines an article is also looked up and indexed
 * by: the story in a translation's language holds its words, not the
 * article's. A headline has 5–10 content words; its 6 heaviest carry it.
 */
export const TRANSLATED_QUERY_TERMS = 6;

/**
 * The article's heaviest language-neutral features, heaviest first: what
 * finds and indexes a story across languages. Kept apart from
 * strongestFeatures, where an article's own words outweigh them (a headline
 * counts twice), so that a Hindi report and an English one, which share no
 * words, still share these. Names and numbers weigh NAME_BOOST times their
 * TF-IDF here: they survive translation, whereas most keys are of words a
 * translation replaces (the key of `रोशनी` never meets that of "light").
 * The heaviest terms of translated headlines follow, apart, so that they
 * crowd out no name.
 */
export function crossLingualFeatures(vectors: WeightedVectors, count: number): [string, number][] {
  const best = new Map<string, number>();
  for (const [feature, weight] of vectors.keys) best.set(feature, feature.startsWith(NUMBER_PREFIX) ? NAME_BOOST * weight : weight);
  for (const [feature, weight] of vectors.names) best.set(feature, Math.max(best.get(feature) ?? 0, NAME_BOOST * weight));
  const neutral = heaviestFirst(best).slice(0, count);
  if (vectors.translations.length === 0) return neutral;
  const translated = new Map<string, number>();
  for (const { terms } of vectors.translations) for (const [term, weight] of terms) translated.set(term, Math.max(translated.get(term) ?? 0, weight));
  return [...neutral, ...heaviestFirst(translated).slice(0, TRANSLATED_QUERY_TERMS)];
}

function heaviestFirst(weights: Map<string, number>): [string, number][] {
  return [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
