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
  let best: Script | null = null;
  let bestCount = 0;
  for (const [script, pattern] of Object.entries(SCRIPT_PATTERNS) as [Script, RegExp][]) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  return best;
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
