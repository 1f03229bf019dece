/**
 * Choosing one text out of a `Localised` value (a plain string, or one string
 * per language) and naming sections and editions in the reader's language.
 */
import type { Config, Localised } from '../config/schema.ts';
import { TRENDS_SECTION, type Edition } from './editions.ts';
import type { UiStrings } from './ui-strings.ts';
import { languageName } from '../text/language-name.ts';

/** The text in the first of `langs` that has one, else any text there is. */
export function pickLocalised(value: Localised | null | undefined, langs: string[]): string | null {
  if (value == null) return null;
  if (typeof value === 'string') return value;
  for (const lang of langs) {
    const text = value[lang];
    if (text) return text;
  }
  return Object.values(value)[0] ?? null;
}

export function sectionTitle(config: Config, sectionId: string, lang: string, strings: UiStrings): string {
  const section = config.sections.find((s) => s.id === sectionId);
  const title = pickLocalised(section?.title, [lang, 'en']);
  if (title) return title;
  return sectionId === TRENDS_SECTION ? strings.trends : sectionId;
}

/** The edition's configured title, else its language named in that language ("हिन्दी", "English"). */
export function editionName(edition: Edition): string {
  if (edition.title) return edition.title;
  return languageName(edition.lang, edition.lang);
}

/**
 * A site-wide text (`site.description`, the support notice) as one edition
 * shows it: the entry for its language when the text is given per language;
 * a plain string is written in one language, taken to be the main edition's,
 * so only the main edition shows it. Null when the edition has none, so that
 * no edition shows a text in a language its readers did not choose.
 */
export function editionText(value: Localised | null | undefined, edition: Edition, main: Edition): string | null {
  if (value == null) return null;
  if (typeof value === 'string') return edition.path === main.path ? value : null;
  return value[edition.lang] ?? null;
}
