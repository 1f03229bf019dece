/**
 * Feed dates → ISO 8601 UTC. RSS uses RFC 822 dates (with RFC 2822's four-
 * digit years in practice), Atom and JSON Feed use RFC 3339. Real feeds bend
 * both: zone abbreviations outside RFC 822's short list, missing zones, a
 * space instead of "T". The result never depends on the machine's time zone:
 * a date without a zone is read as UTC.
 */

import { instantOf, isRealDate, MONTH_NAMES, parseIsoDate, zoneOffset, type DateFields } from '../text/dates.ts';

/** "[Tue,] 2 Jan [20]24 03:04[:05] [zone]"; the day name and zone are optional. */
const RFC822 =
  /^(?:[a-z]+,?\s+)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(.*)$/i;

/** ISO 8601 basic format, as NITF's norm attributes write it: "20241127T053000+0900", "20241127". */
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?$/i;

/** Returns ISO 8601 in UTC, or null when the text is not a date we can trust. */
export function parseFeedDate(text: string): string | null {
  const value = text.trim();
  if (!value) return null;
  const millis = parseRfc822(value) ?? checkedInstant(parseIsoDate(extendedIso(value))) ?? parseOther(value);
  return millis === null ? null : new Date(millis).toISOString();
}

function parseRfc822(value: string): number | null {
  const match = RFC822.exec(value);
  if (!match) return null;
  const [, day, monthName, yearText, hour, minute, second, zoneText] = match;
  // The first three letters name the month: "Mar", "March" and "Sept." alike.
  const month = MONTH_NAMES.get(monthName!.toLowerCase());
  const offset = rfc822ZoneOffset(zoneText!);
  if (month === undefined || offset === null) return null;
  return checkedInstant({
    year: fullYear(yearText!), month, day: Number(day),
    hour: Number(hour), minute: Number(minute), second: Number(second ?? 0), millisecond: 0, offset,
  });
}

/** RFC 2822 §4.3: two-digit years below 50 are 20xx, the rest 19xx. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

/** The zone after an RFC 822 time: a name or an offset, a trailing "(IST)" comment ignored; none is UTC. */
function rfc822ZoneOffset(text: string): number | null {
  const zone = text.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return zone ? zoneOffset(zone) : 0;
}

function extendedIso(value: string): string {
  const basic = ISO_BASIC.exec(value);
  if (!basic) return value;
  const [, year, month, day, hour, minute, second, zone] = basic;
  const time = hour ? `T${hour}:${minute}:${second ?? '00'}` : '';
  return `${year}-${month}-${day}${time}${hour ? (zone ?? '') : ''}`;
}

/**
 * Anything else ("January 2, 2024 10:00 GMT") goes to the engine's own
 * parser, but only when it names a zone: otherwise the answer would depend on
 * the machine running the ingest.
 */
function parseOther(value: string): number | null {
  if (!/(?:\b(?:GMT|UTC|UT|Z)\b|[+-]\d{2}:?\d{2}\b)/i.test(value)) return null;
  const millis = Date.parse(value);
  return Number.isNaN(millis) ? null : millis;
}

/** The instant, or null for impossible fields (32 January, 25:00) instead of rolling them over. */
function checkedInstant(fields: DateFields | null): number | null {
  return fields && isRealDate(fields) ? instantOf(fields) : null;
}
