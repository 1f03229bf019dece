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

/** Earlier dates are placeholders (0000-00-00, 1970-01-01 from a zero timestamp), not publication times. */
export const EARLIEST_YEAR = 1990;
/** Later dates are typos or "never expires" sentinels (9999-12-31). A pure function has no clock to do better. */
export const LATEST_YEAR = 2100;

/** Minutes east of UTC for zone names seen on pages. IST is read as India Standard Time (see ingest/feed-dates.ts). */
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  IST: 330, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, PKT: 300, NPT: 345,
  BDT: 360, SGT: 480, HKT: 480, JST: 540, KST: 540, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};

/** Month names and abbreviations in English and Hindi (both spellings of the nasal), month index. */
const MONTH_NAMES: ReadonlyMap<string, number> = new Map(
  [
    ['january jan', 0], ['february feb', 1], ['march mar', 2], ['april apr', 3], ['may', 4], ['june jun', 5],
    ['july jul', 6], ['august aug', 7], ['september sept sep', 8], ['october oct', 9], ['november nov', 10],
    ['december dec', 11],
    ['जनवरी', 0], ['फ़रवरी फरवरी', 1], ['मार्च', 2], ['अप्रैल अप्रेल', 3], ['मई', 4], ['जून', 5], ['जुलाई', 6],
    ['अगस्त', 7], ['सितंबर सितम्बर', 8], ['अक्टूबर अक्तूबर', 9], ['नवंबर नवम्बर', 10], ['दिसंबर दिसम्बर', 11],
  ].flatMap(([names, month]) => String(names).split(' ').map((name) => [name, Number(month)] as const)),
);

const MONTH_PATTERN = [...MONTH_NAMES.keys()].sort((a, b) => b.length - a.length).join('|');

/** "2026-11-29", "2026-11-29T10:30:00.123+05:30", "2026-11-29 10:30:00Z", "2026/11/29 10:30". */
const ISO_LIKE =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/iu;

/** Seconds or milliseconds since 1970, as some templates print them. */
const EPOCH = /^\d{10}(?:\d{3})?$/u;

const DAY_THEN_MONTH = new RegExp(String.raw`(?<![\d])(\d{1,2})(?:st|nd|rd|th)?\.?\s*(?:of\s+)?(${MONTH_PATTERN})(?![\p{L}\p{M}])\.?,?\s*(\d{4})`, 'iu');
const MONTH_THEN_DAY = new RegExp(String.raw`(?<![\p{L}\p{M}])(${MONTH_PATTERN})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})`, 'iu');
const CLOCK = /(?<!\d)(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?/iu;
const NAMED_ZONE = new RegExp(String.raw`\b(${Object.keys(ZONE_OFFSETS).join('|')})\b(?:\s*([+-]\d{1,2}(?::?\d{2})?))?`, 'u');
const NUMERIC_ZONE = /(?<![\d:])([+-])(\d{2}):?(\d{2})\b/u;

interface DateFields {
  year: number; month: number; day: number; hour: number; minute: number; second: number;
  /** Minutes east of UTC. */
  offset: number;
}

/** ISO 8601 with the page's offset (or Z), or null when the text is not a date to trust. */
export function parsePageDate(text: string | null | undefined): string | null {
  const value = text?.trim();
  if (!value || value.length > 200) return null;
  const fields = parseIsoLike(value) ?? parseEpoch(value) ?? parseWords(value);
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

function parseIsoLike(value: string): DateFields | null {
  const match = ISO_LIKE.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, zone] = match;
  const offset = zone ? numericOffset(zone) : 0;
  if (offset === null) return null;
  return {
    year: Number(year), month: Number(month) - 1, day: Number(day),
    hour: Number(hour ?? 0), minute: Number(minute ?? 0), second: Number(second ?? 0), offset,
  };
}

function parseEpoch(value: string): DateFields | null {
  if (!EPOCH.test(value)) return null;
  const millis = value.length === 13 ? Number(value) : Number(value) * 1000;
  const date = new Date(millis);
  return {
    year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate(),
    hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds(), offset: 0,
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
  return { year: Number(year), month, day: Number(day), ...clock, offset };
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
    const extra = named[2] ? numericOffset(named[2].length <= 3 ? `${named[2]}:00` : named[2]) : 0;
    return ZONE_OFFSETS[named[1]!]! + (extra ?? 0);
  }
  const numeric = NUMERIC_ZONE.exec(text);
  return numeric ? numericOffset(numeric[0]) ?? 0 : 0;
}

/** "+05:30", "+0530", "+05", "-5:00", "Z". */
function numericOffset(zone: string): number | null {
  if (/^z$/iu.test(zone)) return 0;
  const match = /^([+-])(\d{1,2}):?(\d{2})?$/u.exec(zone);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  if (minutes > 14 * 60) return null;
  return match[1] === '-' ? -minutes : minutes;
}

/** Real calendar fields (no 31 February, no 25:00) within the years a news page can carry. */
function isPlausible(f: DateFields): boolean {
  if (f.year < EARLIEST_YEAR || f.year >= LATEST_YEAR) return false;
  const date = new Date(Date.UTC(f.year, f.month, f.day));
  return (
    date.getUTCMonth() === f.month && date.getUTCDate() === f.day &&
    f.hour < 24 && f.minute < 60 && f.second < 60
  );
}

function formatIso(f: DateFields): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const zone =
    f.offset === 0
      ? 'Z'
      : `${f.offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(f.offset) / 60))}:${pad(Math.abs(f.offset) % 60)}`;
  return `${f.year}-${pad(f.month + 1)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${zone}`;
}
