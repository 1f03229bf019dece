/**
 * Writing systems: which one a text is mostly written in, and which one a
 * language is normally written in. A feed that declares `en` for an item that
 * is all Devanagari is wrong, and this is how the extractor notices.
 */

export type Script = 'Latin' | 'Devanagari' | 'Arabic' | 'Bengali' | 'Gurmukhi' | 'Gujarati' | 'Tamil' | 'Cyrillic' | 'Han';

const SCRIPT_PATTERNS: Record<Script, RegExp> = {
  Latin: /\p{Script=Latin}/gu,
  Devanagari: /\p{Script=Devanagari}/gu,
  Arabic: /\p{Script=Arabic}/gu,
  Bengali: /\p{Script=Bengali}/gu,
  Gurmukhi: /\p{Script=Gurmukhi}/gu,
  Gujarati: /\p{Script=Gujarati}/gu,
  Tamil: /\p{Script=Tamil}/gu,
  Cyrillic: /\p{Script=Cyrillic}/gu,
  Han: /\p{Script=Han}/gu,
};

/** The usual script of languages a news desk in South Asia meets; others are unknown here. */
const LANGUAGE_SCRIPTS: Record<string, Script> = {
  en: 'Latin', es: 'Latin', fr: 'Latin', de: 'Latin', pt: 'Latin', it: 'Latin', nl: 'Latin', id: 'Latin',
  hi: 'Devanagari', mr: 'Devanagari', ne: 'Devanagari', sa: 'Devanagari',
  ur: 'Arabic', ar: 'Arabic', fa: 'Arabic', ps: 'Arabic', sd: 'Arabic',
  bn: 'Bengali', as: 'Bengali', pa: 'Gurmukhi', gu: 'Gujarati', ta: 'Tamil',
  ru: 'Cyrillic', uk: 'Cyrillic', zh: 'Han',
};

/** Only the start of a long text is counted: the answer is settled long before the end. */
const SAMPLE_CHARS = 4000;

/** The script with the most letters in the text, or null for text without letters of a known script. */
export function dominantScript(text: string): Script | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    let script: number;
    if (code < 0x80) {
      script = isAsciiLetter(code) ? LATIN : NO_SCRIPT;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < sample.length && isLowSurrogate(sample.charCodeAt(i + 1))) {
      script = scriptOf(sample.slice(i, i + 2));
      i++;
    } else {
      script = BMP_SCRIPTS[code]!;
      if (script === UNKNOWN) script = BMP_SCRIPTS[code] = scriptOf(sample[i]!);
    }
    if (script !== NO_SCRIPT) counts[script]!++;
  }
  // Ties go to the script listed first, as when each script was counted in turn.
  let best: Script | null = null;
  let bestCount = 0;
  for (let s = 0; s < SCRIPTS.length; s++) {
    if (counts[s]! > bestCount) {
      best = SCRIPTS[s]!;
      bestCount = counts[s]!;
    }
  }
  return best;
}

/**
 * The text is read once, a code unit at a time; each character's script is
 * asked of the patterns the first time the process meets it and remembered
 * in a table of the Basic Multilingual Plane. Matching every pattern over
 * the text made an array of one-letter strings per script and page.
 */
const SCRIPTS = Object.keys(SCRIPT_PATTERNS) as Script[];
const SINGLE_CHARACTER_PATTERNS = SCRIPTS.map((script) => new RegExp(`^${SCRIPT_PATTERNS[script].source}$`, 'u'));
const LATIN = SCRIPTS.indexOf('Latin');
/** Table values: the index of a script in SCRIPTS, or one of these two. */
const NO_SCRIPT = 254;
const UNKNOWN = 255;
const BMP_SCRIPTS = new Uint8Array(0x10000).fill(UNKNOWN);

function scriptOf(character: string): number {
  const index = SINGLE_CHARACTER_PATTERNS.findIndex((pattern) => pattern.test(character));
  return index < 0 ? NO_SCRIPT : index;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function scriptOfLanguage(lang: string): Script | null {
  return LANGUAGE_SCRIPTS[lang] ?? null;
}

/** True when the text is plainly not written in the language's script. */
export function contradictsLanguage(text: string, lang: string): boolean {
  const expected = scriptOfLanguage(lang);
  const actual = dominantScript(text);
  return expected !== null && actual !== null && expected !== actual;
}
