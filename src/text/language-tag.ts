/**
 * Language tags (BCP 47, RFC 5646). wiredesk keeps only a tag's primary
 * language subtag: editions, sources, articles and translations say `hi`,
 * `en`, `ur`, never a region or a script. What feeds and pages declare is
 * read down to that subtag here, and what people type is checked here.
 */

/**
 * RFC 5646 §2.2.1: a primary subtag of two or three letters (ISO 639-1 or
 * 639-2/3). The four- to eight-letter forms are reserved or left to
 * registered subtags that no feed or edition uses, so they are not accepted.
 */
const PRIMARY_SUBTAG = '[a-z]{2,3}';

/** A language code as wiredesk stores and configures it: `hi`, `en`, `mai`. Lower case only. */
export const LANGUAGE_CODE = new RegExp(`^${PRIMARY_SUBTAG}$`, 'u');

/** A whole tag: the primary subtag, then subtags of one to eight letters or digits; `_` is taken for `-`, as locales write it. */
const LANGUAGE_TAG = new RegExp(`^(${PRIMARY_SUBTAG})(?:[-_][a-z0-9]{1,8})*$`, 'iu');

/** The primary subtag at the start of a value, whatever follows the first separator. */
const LEADING_SUBTAG = new RegExp(`^(${PRIMARY_SUBTAG})(?:[-_]|$)`, 'iu');

export function isLanguageCode(value: string): boolean {
  return LANGUAGE_CODE.test(value);
}

/** The primary subtag of a well-formed tag, lower case (`en-IN` → `en`, `zh_Hant_TW` → `zh`); null for anything else. */
export function primarySubtag(tag: string | null | undefined): string | null {
  const match = tag ? LANGUAGE_TAG.exec(tag.trim()) : null;
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * The primary subtag a declared value opens with, lower case, however the
 * rest is written: `en-US, hi` (a Content-Language list), `en_US.UTF-8` (a
 * system locale). For declarations that are often sloppy and where the first
 * language is all that is wanted; null when the value does not open with one.
 */
export function leadingSubtag(value: string | null | undefined): string | null {
  const match = value ? LEADING_SUBTAG.exec(value.trim()) : null;
  return match ? match[1]!.toLowerCase() : null;
}
