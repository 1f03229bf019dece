/**
 * Numbers written with digits, read to one canonical value whatever the
 * script and the grouping: `1,000`, `१,०००`, `۱٬۰۰۰` and `1000` are all
 * `1000`; `1,00,000` (Indian grouping) and `100,000` are both `100000`;
 * `2.50` and `٢٫٥` are `2.5`. A number followed by a scale word is
 * multiplied out, so `1.2 million`, `12 लाख` and `1.2 ملین` agree.
 *
 * Out of scope: numbers written as words (`three`, `तीन`, `تین`), which
 * would need a number-name grammar per language; decimal commas (`2,5`),
 * which these languages do not use and which read as two numbers.
 */

export interface NumberToken {
  /** Canonical decimal text of the value: `1200000`, `2.5`. */
  value: string;
  start: number;
  end: number;
}

/** Digits of the Devanagari, Arabic-Indic and Extended Arabic-Indic (Urdu, Persian) blocks, by their value. */
const DIGIT_BLOCKS = [0x0966, 0x0660, 0x06f0];
const NATIVE_DIGIT = /[\u0966-\u096f\u0660-\u0669\u06f0-\u06f9]/gu;

/**
 * Digits with separators: `,` and the Arabic comma `،` and thousands sign `٬`
 * group (Urdu text uses all three); `.` and the Arabic decimal sign `٫` mark
 * decimals. Whether a comma groups is decided afterwards, by group lengths.
 */
const NUMBER = /(?<![\p{N}])\d+(?:[,،٬]\d+)*(?:[.٫]\d+)?/gu;
const GROUP_SEPARATOR = /[,،٬]/u;
/** `km2`, `m3`: square and cubic units, which Hindi writes out (`वर्ग किलोमीटर`). */
const UNIT_BEFORE = /(?<![\p{L}\p{M}])(?:km|cm|mm|m|ft|mi|in)$/u;
const UNIT_POWER = /^[23]$/u;
/** `1st` to `9th`: Hindi writes small ordinals as words (`पहला`, `तीसरी`), larger ones in digits (`15वीं`). */
const SMALL_ORDINAL = /^[1-9]$/u;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)(?![\p{L}])/iu;

/** Consonants that have a precomposed nukta form, U+0958 to U+095F in order. */
const NUKTA_BASES = 'कखगजडढफय';

/** Scale words after a number, in English, Hindi and Urdu (with common spelling variants). */
const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  हज़ार: 1e3, हजार: 1e3, लाख: 1e5, करोड़: 1e7, करोड: 1e7, अरब: 1e9, खरब: 1e11, मिलियन: 1e6, बिलियन: 1e9, ट्रिलियन: 1e12,
  ہزار: 1e3, لاکھ: 1e5, کروڑ: 1e7, ارب: 1e9, کھرب: 1e11, ملین: 1e6, ملیئن: 1e6, بلین: 1e9, بلیئن: 1e9, ٹریلین: 1e12,
};
/**
 * Keyed by NFC form. Devanagari letters with nukta (`ड़`) are composition
 * exclusions: NFC spells them as letter + nukta, but text often carries the
 * precomposed code point (U+095C), so the pattern accepts both.
 */
const SCALES = new Map(Object.entries(SCALE_WORDS).map(([word, scale]) => [canonicalWord(word), scale]));
const SCALE_SPELLINGS = [...SCALES.keys()].flatMap((word) => [word, withPrecomposedNukta(word)]);
const SCALE_AFTER = new RegExp(`^[ \\u00a0]?(${SCALE_SPELLINGS.join('|')})(?![\\p{L}\\p{M}])`, 'iu');

/** Significant digits kept when a scaled value is multiplied out, so 1.2 × 10⁶ prints as 1200000. */
const SCALED_PRECISION = 12;


function canonicalWord(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

function withPrecomposedNukta(word: string): string {
  return word.replace(/(.)\u093c/gu, (pair, base: string) => {
    const index = NUKTA_BASES.indexOf(base);
    return index === -1 ? pair : String.fromCodePoint(0x0958 + index);
  });
}

/** Replaces native digits by ASCII ones, keeping every offset. */
export function asciiDigits(text: string): string {
  return text.replace(NATIVE_DIGIT, (digit) => {
    const code = digit.codePointAt(0)!;
    const block = DIGIT_BLOCKS.find((base) => code >= base && code <= base + 9)!;
    return String(code - block);
  });
}

export interface NumberReadOptions {
  /**
   * Skip what a good translation may write without the digits: the power of
   * a unit (`km2`) and small English ordinals (`1st`).
   */
  quantitiesOnly?: boolean;
}

export function readNumbers(text: string, options: NumberReadOptions = {}): NumberToken[] {
  const ascii = asciiDigits(text);
  const tokens: NumberToken[] = [];
  for (const match of ascii.matchAll(NUMBER)) {
    const start = match.index;
    const end = start + match[0].length;
    if (options.quantitiesOnly && writtenOutInTranslation(match[0], ascii.slice(0, start), ascii.slice(end))) continue;
    const scale = SCALE_AFTER.exec(ascii.slice(end));
    const parts = splitGroups(match[0], start);
    if (scale && parts.length === 1) {
      const multiplier = SCALES.get(canonicalWord(scale[1]!)) ?? 1;
      const value = Number((Number(parts[0]!.value) * multiplier).toPrecision(SCALED_PRECISION));
      tokens.push({ value: String(value), start, end: end + scale[0].length });
    } else {
      tokens.push(...parts);
    }
  }
  return tokens;
}

function writtenOutInTranslation(number: string, before: string, after: string): boolean {
  return (UNIT_POWER.test(number) && UNIT_BEFORE.test(before)) || (SMALL_ORDINAL.test(number) && ORDINAL_AFTER.test(after));
}

/**
 * `1,000` and `1,00,000` are one grouped number: every group after the first
 * has two or three digits and the last has three. Anything else (`3,4`, a
 * list written without spaces) is several numbers.
 */
function splitGroups(raw: string, offset: number): NumberToken[] {
  const [integer = '', fraction] = raw.split(/[.٫]/u);
  const groups = integer.split(GROUP_SEPARATOR);
  const rest = groups.slice(1);
  const grouped = rest.length > 0 && rest.every((g) => g.length === 2 || g.length === 3) && rest.at(-1)!.length === 3;
  if (grouped || groups.length === 1) {
    return [{ value: canonical(groups.join(''), fraction), start: offset, end: offset + raw.length }];
  }
  const tokens: NumberToken[] = [];
  let at = offset;
  for (const [index, group] of groups.entries()) {
    const last = index === groups.length - 1;
    const length = group.length + (last && fraction !== undefined ? fraction.length + 1 : 0);
    tokens.push({ value: canonical(group, last ? fraction : undefined), start: at, end: at + length });
    at += length + 1;
  }
  return tokens;
}

function canonical(integer: string, fraction: string | undefined): string {
  const whole = integer.replace(/^0+(?=\d)/u, '');
  const decimals = fraction?.replace(/0+$/u, '') ?? '';
  return decimals ? `${whole}.${decimals}` : whole;
}
