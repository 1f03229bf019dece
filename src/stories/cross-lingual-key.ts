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
import { ARABIC_SCRIPT_LETTER, romanizeUrduWord } from '../text/urdu-romanize.ts';

/** Shorter keys (one consonant) match too many unrelated words to be evidence. */
export const MIN_KEY_LENGTH = 2;

/**
 * Rewrites of English spelling, applied in order to a lower-case ASCII word
 * written in Latin letters. Each turns an English spelling into the sound it
 * usually stands for, as a Hindi or Urdu spelling of the same word writes it
 * (स्टेशन for station, बजट for budget, फ्लाइट for flight). They are English
 * rules, so they are not applied to a romanised Hindi or Urdu word: there g
 * is always the g of ग, never soft, and c does not occur.
 */
const ENGLISH_SPELLING: readonly [RegExp, string][] = [
  [/x/g, 'ks'],
  // qu says "kw" (Square स्क्वायर), except in the French -que (technique).
  [/que$/g, 'k'],
  [/qu/g, 'kw'],
  [/q/g, 'k'],
  [/ck/g, 'k'],
  [/sch/g, 'sk'],
  // -tion is said "shan" and Hindi writes it so (स्टेशन for station).
  [/tion/g, 'shan'],
  // Silent first letters (know, write, psychology).
  [/^(?:k(?=n)|w(?=r)|p(?=s[aeiouy]))/g, ''],
  // -ture says "cher" (culture कल्चर, picture पिक्चर).
  [/tur(?=e|al)/g, 'chur'],
  // dg says j (budget बजट, bridge ब्रिज).
  [/dg/g, 'j'],
  // gh is silent after a vowel before t or at the end (flight फ्लाइट, Connaught कनॉट).
  [/(?<=[aeiou])gh(?=t|$)/g, ''],
  // gn at the end is said n (campaign कैंपेन, foreign फॉरेन).
  [/gn$/g, 'n'],
  // th before -er is voiced, and Hindi writes it द (brother ब्रदर, northern नॉर्दर्न).
  [/(?<=[aeiour])th(?=er)/g, 'd'],
  // -sion after a vowel says "zhan" (television टेलीविज़न, decision डिसीज़न).
  [/(?<=[aeiou])sion/g, 'zhan'],
  // ch is k before a consonant (Christopher क्रिस्टोफर, technology); otherwise it is kept as c, like च.
  [/ch(?=[^aeiouy])/g, 'k'],
  [/ch/g, 'C'],
  // English c is s before e, i, y and k elsewhere.
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/C/g, 'c'],
  // w after a vowel and not before one is part of the vowel (Rainbow रेनबो, Downing डाउनिंग).
  [/(?<=[aeiou])w(?![aeiouy])/g, ''],
];

/**
 * Rewrites of every spelling, English or romanised: each folds two
 * spellings of one sound (Hindi's own habit of writing z as ज and f as फ,
 * English w and Hindi v for व).
 */
const SHARED_SPELLING: readonly [RegExp, string][] = [
  // g before e, i, y is soft in English words (George जॉर्ज, Germany जर्मनी) but hard in
  // Indian names written in Latin letters (Girish गिरीश, Gita गीता), so before a front vowel g
  // and j are one sound on every side (not doubled: triggering).
  [/(?<!g)g(?=[eiy])/g, 'j'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/z/g, 'j'],
  [/ph/g, 'f'],
  [/ch/g, 'c'],
  // Romanisation writes aspirates as consonant + h; English silent h and digraphs (th, sh) fold too.
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
 * Hindi plural and oblique endings: a loanword takes them (बैंकों "banks",
 * कारें "cars") where English adds -s, which the key drops too. -ियों leaves
 * the -ी of the stem (टंकियों, टंकी).
 */
const HINDI_PLURAL = /(?:(?<=\u093f)यों|(?<=[\u0900-\u097f]{2})(?:ों|ओं|यों|ें|एं))$/u;
/**
 * Signs that nasalise a vowel rather than add a consonant: candrabindu, and
 * anusvara at the end of a word (जहाँ, यहां "yahā̃"). Before a consonant,
 * anusvara is the nasal consonant of its place (हिंदी, कंप्यूटर) and stays.
 */
const NASAL_VOWEL = /\u0901|\u0902$/gu;
/** Urdu's plural and oblique endings, -وں and -یں, for the same reason (بینکوں). */
const URDU_PLURAL = /(?<=[\u0600-\u06ff]{2})(?:وں|یں)$/u;
/**
 * Romanisation costs some tens of microseconds a word; news repeats names
 * and common words all the time, so keys are remembered, in two
 * generations: words go into the young one, and when it is full it becomes
 * the old one and the previous old one is dropped. A word looked up again
 * from the old generation moves back to the young one, so the words in use
 * stay and memory holds at most twice CACHE_GENERATION words.
 */
const CACHE_GENERATION = 50_000;
let young = new Map<string, string | null>();
let old = new Map<string, string | null>();

/** The key of one word (any case; Latin, Devanagari or Urdu), or null for a word with no Latin reading (Tamil, Cyrillic…). */
export function phoneticKey(word: string): string | null {
  const cached = young.get(word);
  if (cached !== undefined) return cached;
  const before = old.get(word);
  const key = before !== undefined ? before : computeKey(word);
  if (young.size >= CACHE_GENERATION) {
    old = young;
    young = new Map();
  }
  young.set(word, key);
  return key;
}

/**
 * A Hindi or Urdu word with a plural or oblique ending. Names do not take
 * them (no one writes "Europes"), so such a word is a common noun, whatever
 * name its key may share (आरोपों, accusations, and Europe).
 */
export function isInflectedPlural(word: string): boolean {
  return HINDI_PLURAL.test(word) || URDU_PLURAL.test(word);
}

function computeKey(word: string): string | null {
  if (DEVANAGARI.test(word)) {
    const stem = word.replace(HINDI_PLURAL, (ending) => (ending === 'ियों' ? 'ी' : '')).replace(NASAL_VOWEL, '');
    return skeleton(asciiLetters(romanizeDevanagari(stem)));
  }
  if (ARABIC_SCRIPT_LETTER.test(word)) return skeleton(asciiLetters(romanizeUrduWord(word.replace(URDU_PLURAL, ''))));
  let key = asciiLetters(word);
  for (const [pattern, replacement] of ENGLISH_SPELLING) key = key.replace(pattern, replacement);
  return skeleton(key);
}

/** The key of a lower-case ASCII spelling that says its sounds (a romanisation, letters read out). */
function skeleton(spelling: string): string | null {
  let key = spelling;
  if (key === '') return null;
  for (const [pattern, replacement] of SHARED_SPELLING) key = key.replace(pattern, replacement);
  key = key.replace(FIRST_VOWEL, 'a').replace(VOWELS_AFTER_FIRST, '').replace(DOUBLED, '$1').replace(PLURAL_S, '');
  return key.length >= MIN_KEY_LENGTH ? key : null;
}

function asciiLetters(latin: string): string {
  return foldToAscii(latin).toLowerCase().replace(NOT_ASCII_LETTER, '');
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
  return skeleton(spelled);
}
