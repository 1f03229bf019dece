/**
 * Devanagari to plain Latin letters, for slugs and for matching a Hindi name
 * with its English spelling. Sanscript gives a strict IAST transliteration;
 * three adjustments make it read the way Hindi is written in Latin letters:
 * nukta letters and the candra vowels are mapped to sounds Sanscript knows,
 * inherent vowels Hindi does not pronounce are dropped (पुतिन is "putin",
 * not "putina"; see schwa-deletion.ts), and IAST letters that have a usual
 * Hindi spelling become it (च ch, श/ष sh, ऋ ri, anusvara n or m).
 */
import Sanscript from '@indic-transliteration/sanscript';
import { markSilentSchwas } from './schwa-deletion.ts';

const VIRAMA = '\u094d';

/**
 * Nukta consonants, which NFC always stores as base + U+093C. Sanscript knows
 * the precomposed forms of most of them; ढ़ it does not, so it is spelled as
 * ड़ + ह ("rh"), which is how it sounds.
 */
const NUKTA_CONSONANTS: ReadonlyMap<string, string> = new Map([
  ['\u0915\u093c', '\u0958'], // क़ q
  ['\u0916\u093c', '\u0959'], // ख़ kh
  ['\u0917\u093c', '\u095a'], // ग़ g
  ['\u091c\u093c', '\u095b'], // ज़ z
  ['\u0921\u093c', '\u095c'], // ड़ r
  ['\u0922\u093c', `\u095c${VIRAMA}\u0939`], // ढ़ rh
  ['\u092b\u093c', '\u095e'], // फ़ f
  ['\u092f\u093c', '\u095f'], // य़ y
]);

/** Vowels of English loanwords (ऑफ़िस, बैंक) and candrabindu, mapped to the nearest vowels Sanscript knows. */
const CANDRA_SIGNS: ReadonlyMap<string, string> = new Map([
  ['\u0945', '\u0947'], // ॅ → े
  ['\u0949', '\u094b'], // ॉ → ो
  ['\u090d', '\u090f'], // ऍ → ए
  ['\u0911', '\u0913'], // ऑ → ओ
  ['\u0901', '\u0902'], // ँ → ं
  ['\u0972', '\u090f'], // ॲ (Marathi's spelling of the same vowel as ऍ) → ए
  ['\u0904', '\u0905'], // ऄ short a → अ
]);

const NUKTA_PATTERN = /[\u0915\u0916\u0917\u091c\u0921\u0922\u092b\u092f]\u093c/gu;
const CANDRA_PATTERN = /[\u0945\u0949\u090d\u0911\u0901\u0972\u0904]/gu;

/** A run of Devanagari letters and signs: one word. Dandas and digits are outside it. */
const DEVANAGARI_WORD = /[\u0900-\u0963\u0971-\u097f]+/gu;

/**
 * What Sanscript leaves in Devanagari: Vedic accents and the letters and
 * signs of other languages' orthographies (Kashmiri vowel signs, Sindhi
 * implosives, a nukta on a letter that has no nukta form). They have no
 * usual Latin spelling in Hindi, and a romanisation holds Latin only.
 */
const LEFT_IN_DEVANAGARI = /[\u0900-\u0963\u0971-\u097f]/gu;

/** Devanagari digits, which Sanscript would leave as they are. */
const DEVANAGARI_DIGIT = /[\u0966-\u096f]/gu;
const DIGIT_ZERO = 0x0966;

/** IAST letters with a usual plain spelling in romanised Hindi; the rest lose their diacritics. */
const IAST_TO_HINDI: ReadonlyMap<string, string> = new Map([
  ['ch', 'chh'],
  ['c', 'ch'],
  ['ś', 'sh'],
  ['ṣ', 'sh'],
  ['ṛ', 'ri'],
  ['ṝ', 'ri'],
]);
const IAST_TO_HINDI_PATTERN = /ch|c|ś|ṣ|ṛ|ṝ/gu;

/** Anusvara sounds m before a labial and n elsewhere (संबंध "sambandh", हिंदी "hindi"). */
const ANUSVARA_BEFORE_LABIAL = /ṃ(?=[pbm])/gu;

/**
 * Text with every Devanagari word romanised; other text (Latin, digits,
 * punctuation) is left as it is. Diacritics of IAST vowels are kept (`ā`) so
 * callers can choose to fold them; see foldToAscii().
 */
export function romanizeDevanagari(text: string): string {
  const prepared = text
    .normalize('NFC')
    .replace(NUKTA_PATTERN, (pair) => NUKTA_CONSONANTS.get(pair) ?? pair)
    .replace(CANDRA_PATTERN, (sign) => CANDRA_SIGNS.get(sign) ?? sign);
  return (
    prepared
      .replace(DEVANAGARI_WORD, (word) => romanizeWord(word))
      .replace(DEVANAGARI_DIGIT, (digit) => String(digit.codePointAt(0)! - DIGIT_ZERO))
      // A combining mark after a Devanagari letter now follows a Latin one, and Sanscript writes the Vedic accents as such marks.
      .normalize('NFC')
  );
}

function romanizeWord(word: string): string {
  const iast = Sanscript.t(markSilentSchwas(word), 'devanagari', 'iast');
  return iast
    .replace(IAST_TO_HINDI_PATTERN, (letter) => IAST_TO_HINDI.get(letter) ?? letter)
    .replace(ANUSVARA_BEFORE_LABIAL, 'm')
    .replace(/ṃ/gu, 'n')
    .replace(LEFT_IN_DEVANAGARI, '');
}
