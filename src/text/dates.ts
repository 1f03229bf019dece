/**
 * What feeds (ingest/feed-dates.ts) and pages (extract/metadata/page-dates.ts)
 * share when they read a date: the zone names and offsets, the month names,
 * the ISO 8601 forms both meet, and the check that calendar fields name a real
 * time. Keeping one table is what makes a feed and a page that print the same
 * date agree on the instant. What each reader does beyond this differs on
 * purpose: feeds give UTC instants and read RFC 822; pages keep their own
 * offset and read dates written in words.
 */

/**
 * Minutes east of UTC for zone names. RFC 822 §5 lists only UT, GMT, Z and
 * the US zones; the others are common in feeds and on pages anyway. IST is
 * ambiguous (India, Ireland, Israel); a desk serving Hindi readers takes it
 * as India Standard Time, +05:30. MET and MEST are the older names of CET
 * and CEST.
 */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  IST: 330, BST: 60, CET: 60, CEST: 120, MET: 60, MEST: 120, EET: 120, EEST: 180,
  MSK: 180, PKT: 300, NPT: 345, BDT: 360, SGT: 480, HKT: 480, JST: 540, KST: 540,
  AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};

/** The zone names above, for readers that look for one inside longer text. */
export const ZONE_NAMES: readonly string[] = Object.keys(ZONE_OFFSETS);

/** Real offsets run from -12:00 to +14:00; anything past 14 hours is a typo. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** "+05:30", "+0530", "+05", "-5:00", with an optional "GMT"/"UTC"/"UT" before it: "GMT+0530", "UTC-5". */
const NUMERIC_ZONE = /^(?:(?:GMT|UTC|UT)\s*)?([+-])(\d{1,2}):?(\d{2})?$/iu;

/** Minutes east of UTC for a zone name (any case) or a numeric offset; null when it is neither. */
export function zoneOffset(zone: string): number | null {
  const named = ZONE_OFFSETS[zone.toUpperCase()];
  if (named !== undefined) return named;
  const match = NUMERIC_ZONE.exec(zone);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  if (minutes > MAX_OFFSET_MINUTES) return null;
  return match[1] === '-' ? -minutes : minutes;
}

/** Month names and abbreviations in English and Hindi (both spellings of the nasal), lower case, to month index. */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map(
  [
    ['january jan', 0], ['february feb', 1], ['march mar', 2], ['april apr', 3], ['may', 4], ['june jun', 5],
    ['july jul', 6], ['august aug', 7], ['september sept sep', 8], ['october oct', 9], ['november nov', 10],
    ['december dec', 11],
    ['जनवरी', 0], ['फ़रवरी फरवरी', 1], ['मार्च', 2], ['अप्रैल अप्रेल', 3], ['मई', 4], ['जून', 5], ['जुलाई', 6],
    ['अगस्त', 7], ['सितंबर सितम्बर', 8], ['अक्टूबर अक्तूबर', 9], ['नवंबर नवम्बर', 10], ['दिसंबर दिसम्बर', 11],
  ].flatMap(([names, month]) => String(names).split(' ').map((name) => [name, Number(month)] as const)),
);

/** A date and time as written, before it is checked: month counts from 0, offset is minutes east of UTC. */
export interface DateFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offset: number;
}

/**
 * "2026-11-29", "2026-11-29T10:30:00.123+05:30", "2026-11-29 10:30:00Z",
 * "2026/11/29 10:30", "2026-3-6 8:00 +05": ISO 8601 and the looser forms
 * CMSs print in its place.
 */
const ISO_LIKE =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/iu;

/** The fields of an ISO-like date; a missing time is midnight and a missing zone is UTC. Not yet checked (see isRealDate). */
export function parseIsoDate(text: string): DateFields | null {
  const match = ISO_LIKE.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const offset = zone ? zoneOffset(zone) : 0;
  if (offset === null) return null;
  return {
    year: Number(year), month: Number(month) - 1, day: Number(day),
    hour: Number(hour ?? 0), minute: Number(minute ?? 0), second: Number(second ?? 0),
    millisecond: fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0,
    offset,
  };
}

/**
 * Whether the fields name a real time, instead of one Date.UTC would roll
 * over (32 January, 25:00). A leap second (:60) is real: RFC 5322 §3.3
 * allows it.
 */
export function isRealDate(f: DateFields): boolean {
  const date = new Date(Date.UTC(f.year, f.month, f.day));
  return (
    date.getUTCFullYear() === f.year && date.getUTCMonth() === f.month && date.getUTCDate() === f.day &&
    f.hour < 24 && f.minute < 60 && f.second <= 60
  );
}

/** Milliseconds since 1970 for fields that passed isRealDate. */
export function instantOf(f: DateFields): number {
  return Date.UTC(f.year, f.month, f.day, f.hour, f.minute, f.second, f.millisecond) - f.offset * 60_000;
}
