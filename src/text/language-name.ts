/**
 * A language's name in another language, from CLDR through Intl: `en` in
 * Hindi is "अंग्रेज़ी", in Spanish "inglés", in English "English". The code
 * itself when the runtime has no name for it or the codes are not valid.
 * One formatter per display language, made when first asked for.
 */
const formatters = new Map<string, Intl.DisplayNames | null>();

export function languageName(code: string, inLang: string): string {
  let names = formatters.get(inLang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([inLang], { type: 'language' });
    } catch {
      names = null;
    }
    formatters.set(inLang, names);
  }
  if (names === null) return code;
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
