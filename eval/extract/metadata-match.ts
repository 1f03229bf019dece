/**
 * When an extracted title, author or date counts as right. Titles must match
 * exactly once whitespace is normalised (the rule); authors and dates
 * get looser rules, because a byline and a publication date can be written in
 * many ways that all name the same people or the same day.
 */

const WHITESPACE = /\s+/gu;

export function normalizeTitle(title: string): string {
  return title.normalize('NFC').replace(WHITESPACE, ' ').trim();
}

export function titleMatches(truth: string, predicted: string | null): boolean {
  return predicted !== null && normalizeTitle(truth) === normalizeTitle(predicted);
}

/** Separators between the people of a byline: commas, "and", "&", "|", ";", "/". */
const NAME_SEPARATORS = /\s*(?:,|;|\||\/|&|\band\b|\bund\b|\bet\b|\by\b)\s*/iu;
const NAME_WORD = /[\p{L}\p{M}\p{N}'’-]+/gu;
/** Words that introduce or decorate a byline without naming anyone. */
const NOT_NAME_WORDS = new Set(['by', 'von', 'par', 'por', 'written', 'posted', 'author', 'words']);
const DIACRITICS = /\p{M}/gu;

/** A person in a byline as a set of lowercase words without accents or the "By". */
function nameWords(name: string): Set<string> {
  const plain = name.normalize('NFKD').replace(DIACRITICS, '').toLowerCase();
  const words = (plain.match(NAME_WORD) ?? []).filter((w) => !NOT_NAME_WORDS.has(w));
  return new Set(words);
}

export function bylineNames(byline: string): Set<string>[] {
  return byline.split(NAME_SEPARATORS).map(nameWords).filter((words) => words.size > 0);
}

/**
 * The same person: every word of one name is in the other (so "Ann Lee"
 * matches "Ann B. Lee" and "Ann Lee, Ph.D."), and the shorter has two words
 * or more unless both are one word ("Reuters"), so a shared first name alone
 * ("Ann") does not count.
 */
function samePerson(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 2 && large.size !== small.size) return false;
  for (const word of small) if (!large.has(word)) return false;
  return true;
}

/** An author matches when at least one person named in the prediction is named in the truth. */
export function authorMatches(truth: string, predicted: string | null): boolean {
  if (predicted === null) return false;
  const expected = bylineNames(truth);
  return bylineNames(predicted).some((person) => expected.some((other) => samePerson(person, other)));
}

const ISO_DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/u;

/**
 * The calendar date a timestamp names. An ISO 8601 string gives its date as
 * written, in the page's own zone (a story published at 23:30 in New York is
 * dated that day, as the truth dates it); other forms are parsed by Date and
 * read in UTC.
 */
export function calendarDate(value: string): string | null {
  const trimmed = value.trim();
  const iso = ISO_DATE_PREFIX.exec(trimmed);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

export function dateMatches(truth: string, predicted: string | null): boolean {
  if (predicted === null) return false;
  const expected = calendarDate(truth);
  return expected !== null && expected === calendarDate(predicted);
}
