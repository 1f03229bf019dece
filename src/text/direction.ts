/**
 * Writing direction of a language, for the `dir` attribute of rendered text.
 * Only the primary subtag matters here: every script these languages are
 * usually written in runs right to left.
 */

/** Urdu, Arabic, Persian, Hebrew, Pashto, Sindhi, Uyghur, Yiddish, Dhivehi, Central Kurdish. */
const RTL_LANGUAGES = new Set(['ur', 'ar', 'fa', 'he', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

export function textDirection(lang: string): 'ltr' | 'rtl' {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

/**
 * The `lang` and `dir` attributes of an element holding text in `lang`, to
 * spread into it (`<p {...languageAttributes(lang)}>`): the two go together,
 * since a browser takes neither from the other, and an element given only
 * `lang="ur"` still runs left to right.
 */
export function languageAttributes(lang: string): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang, dir: textDirection(lang) };
}
