/**
 * Numbers a text states, in one spelling whatever the script and grouping:
 * `२०२४` and `2024`, `1,00,000` and `100000`, `3.5`. Figures and dates
 * survive translation intact, so they are among the best cross-lingual
 * evidence there is.
 */

const DEVANAGARI_DIGIT = /[\u0966-\u096f]/g;
const DIGIT_ZERO = 0x0966;
/** Digits with inner group separators and at most one decimal part. */
const NUMBER = /\d+(?:,\d+)*(?:\.\d+)?/g;
const GROUP_SEPARATOR = /,/g;

/** Numbers read per text: more is a table, not evidence about which event it is. */
export const MAX_NUMBERS = 64;

/**
 * Small numbers written as words, in English and Hindi, to the digits the
 * other language may use: "two" in one report is often "दो" or "2" in its
 * translation. One/एक are left out: they are mostly articles ("a", "an").
 */
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['six', '6'], ['seven', '7'], ['eight', '8'],
  ['nine', '9'], ['ten', '10'], ['eleven', '11'], ['twelve', '12'], ['twenty', '20'], ['hundred', '100'],
  ['thousand', '1000'], ['million', '1000000'],
  ['दो', '2'], ['तीन', '3'], ['चार', '4'], ['पांच', '5'], ['पाँच', '5'], ['छह', '6'], ['छः', '6'], ['सात', '7'],
  ['आठ', '8'], ['नौ', '9'], ['दस', '10'], ['ग्यारह', '11'], ['बारह', '12'], ['बीस', '20'], ['सौ', '100'],
  ['हज़ार', '1000'], ['हजार', '1000'], ['मिलियन', '1000000'],
]);

/** The number a word names, if it is one of NUMBER_WORDS. */
export function numberWord(word: string): string | null {
  return NUMBER_WORDS.get(word.toLowerCase()) ?? null;
}

export function numbersIn(text: string): string[] {
  const ascii = text.replace(DEVANAGARI_DIGIT, (digit) => String(digit.codePointAt(0)! - DIGIT_ZERO));
  const found: string[] = [];
  for (const [number] of ascii.matchAll(NUMBER)) {
    found.push(number.replace(GROUP_SEPARATOR, '').replace(/^0+(?=\d)/, ''));
    if (found.length >= MAX_NUMBERS) break;
  }
  return found;
}
