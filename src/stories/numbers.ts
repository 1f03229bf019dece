/**
 * Numbers a text states, in one spelling whatever the script and grouping:
 * `२०२४` and `2024`, `1,00,000` and `100000`, `3.5`. Figures and dates
 * survive translation intact, so they are among the best cross-lingual
 * evidence there is.
 */

/** Devanagari digits and the two sets of Arabic-script digits (Urdu writes the extended set, ۲۰۲۴). */
const NATIVE_DIGIT = /[\u0966-\u096f\u0660-\u0669\u06f0-\u06f9]/g;
const ZERO_OF = (code: number) => (code >= 0x0966 ? 0x0966 : code >= 0x06f0 ? 0x06f0 : 0x0660);
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
  ['thirteen', '13'], ['fourteen', '14'], ['fifteen', '15'], ['sixteen', '16'], ['seventeen', '17'], ['eighteen', '18'],
  ['nineteen', '19'], ['thirty', '30'], ['forty', '40'], ['fifty', '50'], ['sixty', '60'], ['seventy', '70'],
  ['eighty', '80'], ['ninety', '90'], ['billion', '1000000000'],
  ['तेरह', '13'], ['चौदह', '14'], ['पंद्रह', '15'], ['पन्द्रह', '15'], ['सोलह', '16'], ['सत्रह', '17'], ['अठारह', '18'],
  ['उन्नीस', '19'], ['तीस', '30'], ['चालीस', '40'], ['पचास', '50'], ['साठ', '60'], ['सत्तर', '70'], ['अस्सी', '80'],
  ['नब्बे', '90'], ['बिलियन', '1000000000'],
  // Urdu, leaving out the words that are also common words of another meaning (نو nine and new, سو hundred and sleep, اسی eighty and this very).
  ['دو', '2'], ['تین', '3'], ['چار', '4'], ['پانچ', '5'], ['چھ', '6'], ['سات', '7'], ['آٹھ', '8'], ['دس', '10'],
  ['گیارہ', '11'], ['بارہ', '12'], ['تیرہ', '13'], ['چودہ', '14'], ['پندرہ', '15'], ['سولہ', '16'], ['سترہ', '17'],
  ['اٹھارہ', '18'], ['انیس', '19'], ['بیس', '20'], ['تیس', '30'], ['چالیس', '40'], ['پچاس', '50'], ['ساٹھ', '60'],
  ['ستر', '70'], ['نوے', '90'], ['ہزار', '1000'], ['ملین', '1000000'], ['بلین', '1000000000'],
]);

/**
 * Months, which a translation names in its own words (September, सितंबर,
 * ستمبر) but never changes: as good evidence as a figure. English month
 * names count only capitalised (march, may are also common words).
 */
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['January', 'जनवरी', 'جنوری'], ['February', 'फ़रवरी फरवरी', 'فروری'], ['March', 'मार्च', 'مارچ'], ['April', 'अप्रैल', 'اپریل'],
    ['May', 'मई', 'مئی'], ['June', 'जून', 'جون'], ['July', 'जुलाई', 'جولائی'], ['August', 'अगस्त', 'اگست'],
    ['September', 'सितंबर सितम्बर', 'ستمبر'], ['October', 'अक्टूबर अक्तूबर', 'اکتوبر'], ['November', 'नवंबर नवम्बर', 'نومبر'],
    ['December', 'दिसंबर दिसम्बर', 'دسمبر'],
  ].flatMap((names, month) => names.join(' ').split(' ').map((name): [string, number] => [name, month + 1])),
);

/** The month a word names (`M9` for September, सितंबर, ستمبر), or null. */
export function monthWord(word: string): string | null {
  const month = MONTHS.get(word);
  return month === undefined ? null : `M${month}`;
}

/** The number a word names, if it is one of NUMBER_WORDS. */
export function numberWord(word: string): string | null {
  return NUMBER_WORDS.get(word.toLowerCase()) ?? null;
}

export function numbersIn(text: string): string[] {
  const ascii = text.replace(NATIVE_DIGIT, (digit) => {
    const code = digit.codePointAt(0)!;
    return String(code - ZERO_OF(code));
  });
  const found: string[] = [];
  for (const [number] of ascii.matchAll(NUMBER)) {
    found.push(number.replace(GROUP_SEPARATOR, '').replace(/^0+(?=\d)/, ''));
    if (found.length >= MAX_NUMBERS) break;
  }
  return found;
}
