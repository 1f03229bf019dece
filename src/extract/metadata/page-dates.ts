/**
 * Dates as pages write them → ISO 8601 with a zone. Meta tags and JSON-LD
 * mostly use ISO 8601 (with or without a zone, sometimes with a space for
 * "T"), visible text uses words ("29 November 2026, 10:30 AM IST",
 * "Nov. 29, 2026", "29 नवंबर 2026"). The page's own offset is kept
 * (`2026-11-29T10:30:00+05:30`), since the local date is what the page
 * means; a time without a zone is read as UTC so that the answer never
 * depends on the machine. Numeric day/month orders (02/03/2026) are
 * ambiguous and rejected, as are dates no news page can carry.
 */

import { isRealDate, MONTH_NAMES, parseIsoDate, ZONE_NAMES, zoneOffset, type DateFields } from '../../text/dates.ts';

/** Earlier dates are placeholders (0000-00-00, 1970-01-01 from a zero timestamp), not publication times. */
export const EARLIEST_YEAR = 1990;
/** Later dates are typos or "never expires" sentinels (9999-12-31). A pure function has no clock to do better. */
export const LATEST_YEAR = 2100;

const MONTH_PATTERN = [...MONTH_NAMES.keys()].sort((a, b) => b.length - a.length).join('|');

/** Seconds or milliseconds since 1970, as some templates print them. */
const EPOCH = /^\d{10}(?:\d{3})?$/u;

const DAY_THEN_MONTH = new RegExp(String.raw`(?<![\d])(\d{1,2})(?:st|nd|rd|th)?\.?\s*(?:of\s+)?(${MONTH_PATTERN})(?![\p{L}\p{M}])\.?,?\s*(\d{4})`, 'iu');
const MONTH_THEN_DAY = new RegExp(String.raw`(?<![\p{L}\p{M}])(${MONTH_PATTERN})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})`, 'iu');
const CLOCK = /(?<!\d)(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?/iu;
/** Zone names in running text count only in capitals: "est", "ist" and "met" are words too. */
const NAMED_ZONE = new RegExp(String.raw`\b(${ZONE_NAMES.join('|')})\b(?:\s*([+-]\d{1,2}(?::?\d{2})?))?`, 'u');
const NUMERIC_ZONE = /(?<![\d:])([+-])(\d{2}):?(\d{2})\b/u;

/** ISO 8601 with the page's offset (or Z), or null when the text is not a date to trust. */
export function parsePageDate(text: string | null | undefined): string | null {
  const value = text?.trim();
  if (!value || value.length > 200) return null;
  const fields = parseIsoDate(value) ?? parseEpoch(value) ?? parseWords(value);
  return fields && isPlausible(fields) ? formatIso(fields) : null;
}

/** "/2026/11/29/", "/2026-11-29-slug": the date news CMSs put in article paths. */
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?=[/+_.-]|$)/u;

/** The date in a URL's path, as midnight UTC: the weakest evidence of when a story appeared. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const match = URL_DATE.exec(path);
  return match ? parsePageDate(`${match[1]}-${match[2]}-${match[3]}`) : null;
}

/** The calendar date of an ISO string from parsePageDate: "2026-11-29". */
export function datePart(iso: string): string {
  return iso.slice(0, 10);
}

function parseEpoch(value: string): DateFields | null {
  if (!EPOCH.test(value)) return null;
  const millis = value.length === 13 ? Number(value) : Number(value) * 1000;
  const date = new Date(millis);
  return {
    year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate(),
    hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds(), millisecond: 0, offset: 0,
  };
}

/** "29 November 2026, 10:30 AM IST", "Nov. 29, 2026 10:30 a.m. ET", "Updated: 29 नवंबर 2026". */
function parseWords(value: string): DateFields | null {
  const dayFirst = DAY_THEN_MONTH.exec(value);
  const monthFirst = dayFirst ? null : MONTH_THEN_DAY.exec(value);
  if (!dayFirst && !monthFirst) return null;
  const [day, monthName, year] = dayFirst
    ? [dayFirst[1]!, dayFirst[2]!, dayFirst[3]!]
    : [monthFirst![2]!, monthFirst![1]!, monthFirst![3]!];
  const month = MONTH_NAMES.get(monthName.toLowerCase());
  if (month === undefined) return null;
  const rest = value.replace((dayFirst ?? monthFirst)![0], ' ');
  const clock = readClock(rest);
  if (clock === null) return null;
  const offset = readZone(rest);
  return { year: Number(year), month, day: Number(day), ...clock, millisecond: 0, offset };
}

function readClock(text: string): { hour: number; minute: number; second: number } | null {
  const match = CLOCK.exec(text);
  if (!match) return { hour: 0, minute: 0, second: 0 };
  let hour = Number(match[1]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem && (hour < 1 || hour > 12)) return null;
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  return { hour, minute: Number(match[2]), second: Number(match[3] ?? 0) };
}

function readZone(text: string): number {
  const named = NAMED_ZONE.exec(text);
  if (named) {
    const extra = named[2] ? zoneOffset(named[2].length <= 3 ? `${named[2]}:00` : named[2]) : 0;
    return zoneOffset(named[1]!)! + (extra ?? 0);
  }
  const numeric = NUMERIC_ZONE.exec(text);
  return numeric ? zoneOffset(numeric[0]) ?? 0 : 0;
}

/**
 * Real calendar fields (no 31 February, no 25:00) within the years a news
 * page can carry. Unlike a feed's instant, the fields are written back as
 * they are, and a leap second (:60) would give a string Date cannot read.
 */
function isPlausible(f: DateFields): boolean {
  if (f.year < EARLIEST_YEAR || f.year >= LATEST_YEAR) return false;
  return isRealDate(f) && f.second < 60;
}

function formatIso(f: DateFields): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const zone =
    f.offset === 0
      ? 'Z'
      : `${f.offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(f.offset) / 60))}:${pad(Math.abs(f.offset) % 60)}`;
  return `${f.year}-${pad(f.month + 1)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${zone}`;
}
