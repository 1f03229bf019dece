/**
 * Feed dates → ISO 8601 UTC. RSS uses RFC 822 dates (with RFC 2822's four-
 * digit years in practice), Atom and JSON Feed use RFC 3339. Real feeds bend
 * both: zone abbreviations outside RFC 822's short list, missing zones, a
 * space instead of "T". The result never depends on the machine's time zone:
 * a date without a zone is read as UTC.
 */

/** Minutes east of UTC for zone names seen in feeds. RFC 822 §5 lists only the US ones and UT/GMT. */
const ZONE_OFFSETS: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  // Not in RFC 822, but common. IST is ambiguous (India, Ireland, Israel); a desk
  // serving Hindi readers takes it as India Standard Time, +05:30.
  IST: 330, BST: 60, CET: 60, CEST: 120, MET: 60, MEST: 120, EET: 120, EEST: 180,
  MSK: 180, PKT: 300, NPT: 345, BDT: 360, SGT: 480, HKT: 480, JST: 540, KST: 540,
  AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "[Tue,] 2 Jan [20]24 03:04[:05] [zone]"; the day name and zone are optional. */
const RFC822 =
  /^(?:[a-z]+,?\s+)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(.*)$/i;

/** "2024-01-02", "2024-01-02T03:04:05.123+05:30", "2024-01-02 03:04:05Z". */
const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** ISO 8601 basic format, as NITF's norm attributes write it: "20241127T053000+0900", "20241127". */
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?$/i;

/** "+0530", "-05:00", "GMT+0530", "UTC-5"; a trailing "(IST)" comment is ignored. */
const NUMERIC_ZONE = /^(?:(?:GMT|UTC|UT)\s*)?([+-])(\d{1,2}):?(\d{2})?$/i;

/** Returns ISO 8601 in UTC, or null when the text is not a date we can trust. */
export function parseFeedDate(text: string): string | null {
  const value = text.trim();
  if (!value) return null;
  const millis = parseRfc822(value) ?? parseIsoLike(extendedIso(value)) ?? parseOther(value);
  return millis === null ? null : new Date(millis).toISOString();
}

function parseRfc822(value: string): number | null {
  const match = RFC822.exec(value);
  if (!match) return null;
  const [, day, monthName, yearText, hour, minute, second, zoneText] = match;
  const month = MONTHS.indexOf(monthName!.toLowerCase());
  const offset = zoneOffset(zoneText!);
  if (month < 0 || offset === null) return null;
  const year = fullYear(yearText!);
  return utcMillis(year, month, Number(day), Number(hour), Number(minute), Number(second ?? 0), offset);
}

/** RFC 2822 §4.3: two-digit years below 50 are 20xx, the rest 19xx. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

function zoneOffset(text: string): number | null {
  const zone = text.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (!zone) return 0;
  const named = ZONE_OFFSETS[zone.toUpperCase()];
  if (named !== undefined) return named;
  const numeric = NUMERIC_ZONE.exec(zone);
  if (!numeric) return null;
  const [, sign, hours, minutes] = numeric;
  const total = Number(hours) * 60 + Number(minutes ?? 0);
  return sign === '-' ? -total : total;
}

function extendedIso(value: string): string {
  const basic = ISO_BASIC.exec(value);
  if (!basic) return value;
  const [, year, month, day, hour, minute, second, zone] = basic;
  const time = hour ? `T${hour}:${minute}:${second ?? '00'}` : '';
  return `${year}-${month}-${day}${time}${hour ? (zone ?? '') : ''}`;
}

function parseIsoLike(value: string): number | null {
  const match = ISO_LIKE.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const offset = zone ? zoneOffset(zone) : 0;
  if (offset === null) return null;
  const millis = utcMillis(Number(year), Number(month) - 1, Number(day), Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0), offset);
  if (millis === null || !fraction) return millis;
  return millis + Math.floor(Number(`0.${fraction}`) * 1000);
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

/** Builds the instant and rejects impossible fields (32 January, 25:00) instead of rolling them over. */
function utcMillis(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offsetMinutes: number,
): number | null {
  const local = Date.UTC(year, month, day, hour, minute, second);
  const check = new Date(local);
  const fieldsHold =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month &&
    check.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second <= 60;
  return fieldsHold ? local - offsetMinutes * 60_000 : null;
}
