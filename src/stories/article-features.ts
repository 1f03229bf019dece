/**
 * What the clusterer compares of an article: its headline and lead only.
 * The first paragraphs of a news report say who, what, where and when; the
 * rest adds background that other stories share too.
 *
 * Three vectors, each a bag of features with counts, read in one pass:
 * - terms: the words of the headline (counted twice) and lead, in the
 *   article's own language, without function words;
 * - keys: a language-neutral bag of the phonetic keys of those words and
 *   the numbers they state (`#2024`), which is how a Hindi report meets an
 *   English one;
 * - names: the keys of the words that are names (see entities.ts).
 *
 * Apart from them, the terms of the headline as translated into other
 * languages (when a translation engine made one), which meet the words of
 * stories in those languages. A text in a script with no Latin reading
 * (Urdu, Arabic, Tamil) has no keys of its own: its translated headlines'
 * keys and names stand in for them.
 */
import { toNfc } from '../text/normalize.ts';
import { ACRONYM, acronymKey, isInflectedPlural, phoneticKey } from './cross-lingual-key.ts';
import { NameCollector, type KnownNames } from './entities.ts';
import { isFunctionWord } from './function-words.ts';
import { monthWord, numbersIn, numberWord } from './numbers.ts';
import type { FeatureCounts } from './term-weights.ts';

/** Marks a number among the keys (`#2024`), apart from the keys of words. */
export const NUMBER_PREFIX = '#';

/** Characters of body text read as the lead: about three sentences of news prose. */
export const LEAD_CHARS = 600;
/** Headline words count this many times as terms: a headline is the article's own summary. */
const HEADLINE_WEIGHT = 2;
/** Words read from a headline or a lead at most (a headline can be a whole text on bad input). */
const MAX_FEATURE_WORDS = 200;

/** A word as written, case kept, so acronyms and capitals can be seen; digits are read as numbers instead. */
const WORD_AS_WRITTEN = /\p{L}[\p{L}\p{M}\u200c\u200d]*/gu;
/** Punctuation that ends a sentence, so the next word's capital says nothing. */
const SENTENCE_END = /[.!?।:;"“”]/u;
const NOT_SPACE = /\S/u;
const CAPITAL = /^\p{Lu}/u;
const LATIN = /^\p{Script=Latin}/u;
/** Scripts without capitals (Devanagari, Arabic), whose words are names only once a Latin text showed them. */
const CASELESS = /^[\u0900-\u097f]/u;

export interface ArticleFeatures {
  terms: FeatureCounts;
  keys: FeatureCounts;
  names: FeatureCounts;
  /** Name keys found in Latin text, which teach the clusterer new names. */
  latinNames: string[];
  /**
   * Keys of words seen to be common words, not names: lower-case Latin words
   * inside a sentence, Hindi and Urdu words with a plural ending. They tell a
   * name's key from a common word's (KnownNames.demote).
   */
  commonKeys: string[];
  /**
   * Keys of the words of a script without capitals (plurals left out), each
   * once, which tell how often Hindi text uses a key (KnownNames.addText).
   */
  caselessKeys: Set<string>;
  /** Whether most of the words read were in Latin script. */
  mostlyLatin: boolean;
  /** Terms of each translated headline, in its language. */
  translations: { lang: string; terms: FeatureCounts }[];
}

/** The article's headline as a translation engine gave it in another language. */
export interface TranslatedHeadline {
  lang: string;
  headline: string;
}

export function leadOf(text: string): string {
  if (text.length <= LEAD_CHARS) return text;
  const cut = text.lastIndexOf(' ', LEAD_CHARS);
  return text.slice(0, cut > 0 ? cut : LEAD_CHARS);
}

export function articleFeatures(headline: string, text: string, known: KnownNames, translated: readonly TranslatedHeadline[] = []): ArticleFeatures {
  const lead = toNfc(leadOf(text));
  const head = toNfc(headline.slice(0, LEAD_CHARS));
  const features = emptyFeatures();
  const names = new NameCollector(known);
  let latinWords = readWords(lead, 1, features, names);
  // Headlines are often in title case: their capitals are trusted only for names the lead showed.
  names.knownOnly = true;
  latinWords += readWords(head, HEADLINE_WEIGHT, features, names);
  features.mostlyLatin = latinWords > features.caselessKeys.size;
  for (const number of [...numbersIn(head), ...numbersIn(lead)]) add(features.keys, `${NUMBER_PREFIX}${number}`, 1);
  for (const key of names.keys) add(features.names, key, 1);
  features.latinNames = names.latinKeys;
  const hasWordKeys = [...features.keys.keys()].some((key) => !key.startsWith(NUMBER_PREFIX));
  for (const { lang, headline: other } of translated) {
    const found = translatedHeadlineFeatures(other, known);
    features.translations.push({ lang, terms: found.terms });
    if (hasWordKeys) continue;
    for (const [key, count] of found.keys) features.keys.set(key, Math.max(count, features.keys.get(key) ?? 0));
    for (const [key, count] of found.names) features.names.set(key, Math.max(count, features.names.get(key) ?? 0));
  }
  return features;
}

/** A translated headline read as a headline: it teaches no names, since an engine's capitals are not the writer's. */
function translatedHeadlineFeatures(headline: string, known: KnownNames): ArticleFeatures {
  const head = toNfc(headline.slice(0, LEAD_CHARS));
  const features = emptyFeatures();
  const names = new NameCollector(known);
  names.knownOnly = true;
  readWords(head, HEADLINE_WEIGHT, features, names);
  for (const number of numbersIn(head)) add(features.keys, `${NUMBER_PREFIX}${number}`, 1);
  for (const key of names.keys) add(features.names, key, 1);
  return features;
}

function emptyFeatures(): ArticleFeatures {
  return { terms: new Map(), keys: new Map(), names: new Map(), latinNames: [], commonKeys: [], caselessKeys: new Set(), mostlyLatin: false, translations: [] };
}

/** Reads the words of a text into the features; returns how many were Latin. */
function readWords(text: string, termWeight: number, features: ArticleFeatures, names: NameCollector): number {
  let previousEnd = 0;
  let count = 0;
  let latin = 0;
  for (const match of text.matchAll(WORD_AS_WRITTEN)) {
    if (++count > MAX_FEATURE_WORDS) break;
    const word = match[0];
    const gap = text.slice(previousEnd, match.index);
    const sentenceStart = previousEnd === 0 || SENTENCE_END.test(gap);
    previousEnd = match.index + word.length;
    if (NOT_SPACE.test(gap) && !sentenceStart) names.endSpan();
    if (LATIN.test(word)) latin++;
    const lower = word.toLowerCase();
    const number = numberWord(word) ?? monthWord(word);
    if (number) add(features.keys, `${NUMBER_PREFIX}${number}`, 1);
    if (isFunctionWord(lower)) {
      names.endSpan();
      continue;
    }
    if (lower.length > 1) add(features.terms, lower, termWeight);
    const key = phoneticKey(word);
    const acronym = ACRONYM.test(word) ? acronymKey(word) : null;
    if (key) add(features.keys, key, 1);
    if (acronym && acronym !== key) add(features.keys, acronym, 1);
    const nameKey = acronym ?? key;
    if (!nameKey) names.endSpan();
    else if (CASELESS.test(word)) {
      if (isInflectedPlural(word)) {
        names.endSpan();
        features.commonKeys.push(nameKey);
      } else {
        features.caselessKeys.add(nameKey);
        names.caseless(nameKey);
      }
    }
    else if (CAPITAL.test(word)) names.capitalised(nameKey, sentenceStart);
    else {
      names.endSpan();
      if (key && LATIN.test(word)) features.commonKeys.push(key);
    }
  }
  names.endSpan();
  return latin;
}

function add(counts: FeatureCounts, feature: string, times: number): void {
  counts.set(feature, (counts.get(feature) ?? 0) + times);
}
