/**
 * Urdu (Perso-Arabic script) to a rough Latin spelling, for phonetic keys.
 * Urdu writes consonants and long vowels; short vowels are marks that news
 * text leaves out (سرکار is s-r-k-a-r, "sarkar"). So this is not a reading
 * of the word but its consonant skeleton with the long vowels it shows,
 * which is what a phonetic key keeps of Hindi and English spellings too:
 * `پیوٹن`, `पुतिन` and `Putin` all come to p-t-n.
 *
 * Letters Urdu keeps from Arabic for sounds Hindi merges (ث س ص all "s",
 * ذ ز ض ظ all "z", ت ط "t", ح ہ "h") are spelled as the merged sound. و and
 * ی are consonants (v, y) at the start of a word and before a long a, and
 * vowels (o/u, i/e) elsewhere. ع and ء carry no sound of their own in Urdu
 * speech; at the start of a word ع stands where a vowel is heard.
 */

const LETTERS: ReadonlyMap<string, string> = new Map([
  ['ب', 'b'], ['پ', 'p'], ['ت', 't'], ['ٹ', 't'], ['ث', 's'], ['ج', 'j'], ['چ', 'ch'], ['ح', 'h'],
  ['خ', 'kh'], ['د', 'd'], ['ڈ', 'd'], ['ذ', 'z'], ['ر', 'r'], ['ڑ', 'r'], ['ز', 'z'], ['ژ', 'zh'],
  ['س', 's'], ['ش', 'sh'], ['ص', 's'], ['ض', 'z'], ['ط', 't'], ['ظ', 'z'], ['غ', 'gh'], ['ف', 'f'],
  ['ق', 'q'], ['ک', 'k'], ['ك', 'k'], ['گ', 'g'], ['ل', 'l'], ['م', 'm'], ['ن', 'n'], ['ں', ''],
  ['ہ', 'h'], ['ه', 'h'], ['ۂ', 'h'], ['ھ', 'h'], ['ۃ', 't'], ['ة', 't'],
  ['ا', 'a'], ['آ', 'a'], ['أ', 'a'], ['إ', 'i'], ['ٱ', 'a'], ['ے', 'e'], ['ۓ', 'e'],
]);

const WAW = 'و';
const YEH = /[یيىئ]/u;
const AIN = 'ع';
const LONG_A = /[اآ]/u;
/** Short-vowel marks, shadda, superscript alef, Quranic signs, tatweel and joiners: none changes the skeleton. */
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]/gu;
/**
 * A prothetic alef: Urdu, like Hindi speech, puts a vowel before s and a
 * stop at the start of an English word (اسکول "iskul" for school, اسٹیشن for
 * station), which Hindi spelling and English do not write. Only before s +
 * ٹ/پ/ک, where native Urdu words rarely start.
 */
const PROTHETIC_ALEF = /^ا(?=س[ٹپک])/u;

export const ARABIC_SCRIPT_LETTER = /[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]/u;

/** One Urdu word as Latin letters (lower case, no diacritics); letters this does not know are left out. */
export function romanizeUrduWord(word: string): string {
  const letters = [...word.normalize('NFC').replace(MARKS, '').replace(PROTHETIC_ALEF, '')];
  let out = '';
  letters.forEach((letter, i) => {
    const next = letters[i + 1] ?? '';
    const consonantal = i === 0 || LONG_A.test(next);
    if (letter === WAW) out += consonantal ? 'v' : 'o';
    else if (YEH.test(letter)) out += consonantal && letter !== 'ئ' ? 'y' : 'i';
    else if (letter === AIN) out += i === 0 ? 'a' : '';
    else out += LETTERS.get(letter) ?? '';
  });
  return out;
}
