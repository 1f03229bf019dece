/**
 * Text as the search index holds it, and queries as they are matched against
 * it. Both sides go through the same functions, so a spelling folded away on
 * one side is folded away on the other:
 *
 * - `foldForSearch`: one spelling for the variants Hindi writers use freely:
 *   a nasal consonant with virama before a consonant is the anusvara
 *   (हिन्दी = हिंदी, सम्बन्ध = संबंध), chandrabindu is the anusvara (हँसी = हंसी),
 *   a nukta is dropped (ज़मीन = जमीन, फ़िल्म = फिल्म); zero-width joiners, which
 *   change only how a conjunct is drawn, go; Latin is lowercased; Urdu's
 *   Arabic-letter yeh and kaf become the Persian ones Urdu uses.
 * - `searchTokens`: words as SQLite FTS5's unicode61 tokenizer sees them when
 *   its token characters are letters, numbers, private use *and marks*
 *   (`categories 'L* N* Co M*'`). Without marks, FTS5 splits भूकंप at its
 *   vowel sign and anusvara into भ, क, प.
 * - `romanKey`: a Latin word as readers type Hindi (`bhookamp`, `modi`,
 *   `zameen`), folded to one key per sound, the key a Devanagari word's
 *   romanisation folds to as well (`romanShadow`).
 */
import { foldToAscii } from './ascii-fold.ts';
import { romanizeDevanagari } from './romanize.ts';

/** One token: a run of letters, digits, private-use characters and combining marks. */
const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

const DEVANAGARI = /[\u0900-\u097f]/u;
/** Nukta, and the precomposed nukta letters NFC never produces but other forms may. */
const NUKTA = /\u093c/gu;
const CHANDRABINDU = /\u0901/gu;
/**
 * ङ ञ ण न म with virama before a consonant (क–ह, and the nukta letters): the
 * nasal the anusvara stands for. The consonant stays; only the half nasal
 * becomes ं, as Hindi's standard spelling (and most newspapers) writes it.
 */
const NASAL_HALF_BEFORE_CONSONANT = /[\u0919\u091e\u0923\u0928\u092e]\u094d(?=[\u0915-\u0939\u0958-\u095f])/gu;
/** ZWJ, ZWNJ, zero-width space, word joiner, soft hyphen: invisible, and they would split a token. */
const INVISIBLE = /[\u200b-\u200d\u2060\u00ad]/gu;
/** Arabic letters Urdu text also arrives with, mapped to the Urdu ones (ي ى → ی, ك → ک). */
const ARABIC_TO_URDU: ReadonlyMap<string, string> = new Map([
  ['\u064a', '\u06cc'],
  ['\u0649', '\u06cc'],
  ['\u0643', '\u06a9'],
]);
const ARABIC_LETTERS = /[\u064a\u0649\u0643]/gu;
/** Arabic vowel marks (harakat) and the superscript alef: Urdu text mostly omits them. */
const ARABIC_VOWEL_MARKS = /[\u064b-\u065f\u0670]/gu;

/** Text in the one spelling the index holds. Idempotent. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(NUKTA, '')
    .replace(CHANDRABINDU, '\u0902')
    .replace(NASAL_HALF_BEFORE_CONSONANT, '\u0902')
    .replace(ARABIC_LETTERS, (letter) => ARABIC_TO_URDU.get(letter) ?? letter)
    .replace(ARABIC_VOWEL_MARKS, '')
    .toLowerCase();
}

/** The words of already folded text, as the index's tokenizer splits it. */
export function searchTokens(folded: string): string[] {
  return folded.match(TOKEN) ?? [];
}

export function isDevanagariWord(word: string): boolean {
  return DEVANAGARI.test(word);
}

/**
 * Rules applied in order to a lowercase ASCII word. Each folds spellings that
 * romanised Hindi uses for one sound (or that the romaniser and a typist
 * write differently) into one.
 */
const ROMAN_FOLDS: readonly [RegExp, string][] = [
  [/x/g, 'ks'],
  [/q/g, 'k'],
  [/z/g, 'j'], // ज़ loses its nukta in the index: जमीन, zameen and jameen meet
  [/f/g, 'ph'],
  [/w/g, 'v'],
  [/chh/g, 'ch'],
  [/sh/g, 's'], // श and ष are "sh", स is "s"; typists mix them
  [/ee/g, 'i'],
  [/oo/g, 'u'],
  [/(.)\1+/g, '$1'], // vowel length (aa, ii) and doubled consonants (dilli, dili)
  [/m(?=[pb])/g, 'n'], // anusvara: "bhukamp" and "bhukanp" are one word
  [/(?<=[^aeiou])a$/g, ''], // the final schwa, kept or dropped by the writer (krishna, krishn)
];

/** Shortest word whose final "a" is folded away: "na", "ka" stay as they are. */
const MIN_LENGTH_FOR_FINAL_SCHWA = 4;

/** The key a romanised Hindi word is matched by; '' for a word with no Latin letter. */
export function romanKey(word: string): string {
  let key = foldToAscii(word.toLowerCase()).replace(/[^a-z0-9]/g, '');
  if (!/[a-z]/.test(key)) return '';
  for (const [pattern, replacement] of ROMAN_FOLDS) {
    if (replacement === '' && key.length < MIN_LENGTH_FOR_FINAL_SCHWA) continue;
    key = key.replace(pattern, replacement);
  }
  return key;
}

/**
 * The roman keys of the Devanagari words of folded text, space-separated:
 * what a romanised query is matched against. Other words are left out (an
 * English word is matched as itself).
 */
export function romanShadow(folded: string): string {
  const keys: string[] = [];
  for (const word of searchTokens(folded)) {
    if (!isDevanagariWord(word)) continue;
    const key = devanagariRomanKey(word);
    if (key) keys.push(key);
  }
  return keys.join(' ');
}

/**
 * Words remembered with their keys: romanising goes through Sanscript word
 * by word, and news text repeats its words, so indexing a backlog spends most
 * of its time here without it. Emptied when full, which bounds its memory.
 */
const ROMAN_KEYS = new Map<string, string>();
const MAX_REMEMBERED_WORDS = 100_000;

/** The roman key of one folded Devanagari word, as `romanShadow` indexes it. */
export function devanagariRomanKey(word: string): string {
  let key = ROMAN_KEYS.get(word);
  if (key === undefined) {
    if (ROMAN_KEYS.size >= MAX_REMEMBERED_WORDS) ROMAN_KEYS.clear();
    key = romanKey(romanizeDevanagari(word));
    ROMAN_KEYS.set(word, key);
  }
  return key;
}
