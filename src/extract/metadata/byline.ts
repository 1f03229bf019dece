/**
 * The byline from a feed's author fields. Feeds put everything there: real
 * names, "By" prefixes, RSS's "email (Name)" form, and desk names that credit
 * nobody in particular ("Staff", "Web Desk"). Desk names are kept only when
 * there is no person to credit.
 */
import { isLanguageCode } from '../../text/language-tag.ts';
import { normalizeText } from '../../text/normalize.ts';

/** RSS 2.0 <author> is an e-mail address, optionally followed by the name in parentheses. */
const EMAIL_WITH_NAME = /^\S+@\S+\s*\((.+)\)$/u;
const BARE_EMAIL = /^\S+@\S+\.\S+$/u;
const BY_PREFIX = /^(?:by|from)\s+|^द्वारा\s+/iu;

/** Credits to a desk or a role rather than a person, in English and Hindi. */
const BOILERPLATE_AUTHOR =
  /^(?:(?:news|web|online|digital|city|sports|business|world|national|editorial|wire)\s+)?(?:staff|desk|admin|administrator|agencies|agency|editor|editors|team|reporter|staff reporter|correspondent)$|^(?:(?:न्यूज़?|वेब|डिजिटल|ऑनलाइन)\s+)?(?:डेस्क|एजेंसी|एजेंसियां|टीम|संवाददाता)$/iu;

/**
 * "A", "A and B", "A, B, and C" in the article's language (Intl.ListFormat:
 * "A और B" in Hindi); null when no author is given.
 */
export function bylineFromAuthors(authors: readonly string[], lang: string): string | null {
  const names = uniqueNames(authors.map(cleanAuthor).filter((name) => name !== ''));
  const people = names.filter((name) => !BOILERPLATE_AUTHOR.test(name));
  const credited = people.length > 0 ? people : names;
  if (credited.length === 0) return null;
  return listFormat(lang).format(credited);
}

/** Whether a credit names a desk or a role ("Staff", "वेब डेस्क") rather than a person. */
export function isDeskCredit(name: string): boolean {
  return BOILERPLATE_AUTHOR.test(cleanAuthor(name));
}

function cleanAuthor(raw: string): string {
  let name = normalizeText(raw);
  const withName = EMAIL_WITH_NAME.exec(name);
  if (withName) name = withName[1]!.trim();
  else if (BARE_EMAIL.test(name)) return '';
  return name.replace(BY_PREFIX, '').trim();
}

function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One formatter a locale for the process: making an Intl.ListFormat loads
 * its locale's data, and doing that for every page was 1–2 % of `wiredesk
 * extract`'s time over a folder of pages. Language codes are few, but the
 * map is emptied if a stream of odd ones ever fills it.
 */
const LIST_FORMATS = new Map<string, Intl.ListFormat>();
const MAX_LIST_FORMATS = 64;

function listFormat(lang: string): Intl.ListFormat {
  const locale = isLanguageCode(lang) && lang !== 'und' ? lang : 'en';
  let format = LIST_FORMATS.get(locale);
  if (format === undefined) {
    if (LIST_FORMATS.size >= MAX_LIST_FORMATS) LIST_FORMATS.clear();
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    LIST_FORMATS.set(locale, format);
  }
  return format;
}
