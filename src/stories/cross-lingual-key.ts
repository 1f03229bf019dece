/**
 * A phonetic key shared by a name in Devanagari and its Latin spelling, so
 * that `पुतिन` meets `Putin` and `व्लादिवोस्तोक` meets `Vladivostok` without
 * a model. Devanagari is romanised first (with Hindi schwa deletion), then
 * both sides go through the same folding, in the spirit of Soundex and the
 * NYSIIS key: keep the consonant skeleton, which both spellings share, and
 * drop what they spell differently (vowel length and quality, aspiration,
 * retroflexion, doubled letters, English digraphs and silent letters).
 *
 *   Putin, पुतिन → ptn        Vladivostok, व्लादिवोस्तोक → vldvstk
 *   Stanford, स्टैनफ़ोर्ड → stnfrd    cancer, कैंसर → knsr
 */
import { foldToAscii } from '../text/ascii-fold.ts';
import { romanizeDevanagari } from '../text/romanize.ts';

/** Shorter keys (one consonant) match too many unrelated words to be evidence. */
export const MIN_KEY_LENGTH = 2;

/**
 * Rewrites applied in order to a lower-case ASCII word. Each folds two
 * spellings of one sound: the English one and the one Hindi romanisation
 * gives (or Hindi's own habit of writing z as ज and f as फ).
 */
const SPELLING_FOLDS: readonly [RegExp, string][] = [
  [/x/g, 'ks'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/z/g, 'j'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/sch/g, 'sk'],
  // -tion is said "shan" and Hindi writes it so (स्टेशन for station).
  [/tion/g, 'shan'],
  // English g before e, i, y is usually soft (George जॉर्ज, Germany जर्मनी).
  [/g(?=[eiy])/g, 'j'],
  // English c is s before e, i, y and k elsewhere; ch (च and English ch) is kept as c.
  [/ch/g, 'C'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/C/g, 'c'],
  // Hindi romanisation writes aspirates as consonant + h; English silent h and digraphs (th, sh) fold too.
  [/(?<=.)h/g, ''],
];

const VOWELS_AFTER_FIRST = /(?<=.)[aeiouy]/g;
/** A first vowel is kept as one letter, since English u- and Hindi यू- (University) both say "yu". */
const FIRST_VOWEL = /^[aeiouy]/;
const DOUBLED = /(.)\1+/g;
const NOT_ASCII_LETTER = /[^a-z]/g;
/** English plural and possessive s, which Hindi spellings of a loanword do not have. */
const PLURAL_S = /(?<=...)s$/;

const DEVANAGARI = /[\u0900-\u097f]/;

/**
 * Romanisation costs some tens of microseconds a word; news repeats names
 * and common words all the time, so keys are remembered. The cache is
 * cleared when full, which keeps memory bounded without bookkeeping.
 */
const CACHE_LIMIT = 200_000;
const cache = new Map<string, string | null>();

/** The key of one word (any case, any script), or null for a word with no Latin reading (Tamil, Arabic…). */
export function phoneticKey(word: string): string | null {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const key = computeKey(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, key);
  return key;
}

function computeKey(word: string): string | null {
  const latin = DEVANAGARI.test(word) ? romanizeDevanagari(word) : word;
  let key = foldToAscii(latin).toLowerCase().replace(NOT_ASCII_LETTER, '');
  if (key === '') return null;
  for (const [pattern, replacement] of SPELLING_FOLDS) key = key.replace(pattern, replacement);
  key = key.replace(FIRST_VOWEL, 'a').replace(VOWELS_AFTER_FIRST, '').replace(DOUBLED, '$1').replace(PLURAL_S, '');
  return key.length >= MIN_KEY_LENGTH ? key : null;
}

/**
 * English letter names as Hindi writes them (एच for H, आई for I): an
 * acronym is read out letter by letter, so HIV is एचआईवी and both give the
 * key of "echaivi".
 */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  a: 'e', b: 'bi', c: 'si', d: 'di', e: 'i', f: 'ef', g: 'ji', h: 'ech', i: 'ai', j: 'je', k: 'ke', l: 'el', m: 'em',
  n: 'en', o: 'o', p: 'pi', q: 'kyu', r: 'ar', s: 'es', t: 'ti', u: 'yu', v: 'vi', w: 'dablyu', x: 'eks', y: 'vai', z: 'jed',
};

/** An acronym as written in capitals: 2–5 Latin capitals. */
export const ACRONYM = /^[A-Z]{2,5}$/;

/** The key of an acronym spelled out letter by letter (HIV → key of "echaivi"). */
export function acronymKey(acronym: string): string | null {
  const spelled = [...acronym.toLowerCase()].map((letter) => LETTER_NAMES[letter] ?? letter).join('');
  return phoneticKey(spelled);
}
