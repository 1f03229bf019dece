/**
 * Dates as feeds and pages write them. `writtenDate` knows the instant it
 * wrote, so a property can check the parser's answer, not only its type;
 * `dateText` adds what is no date at all, or nearly one.
 */
import fc from 'fast-check';
import { ZONE_OFFSETS } from '../../../src/text/dates.ts';
import { hostileCharacters, mutated } from './hostile-text.ts';

export interface WrittenDate {
  text: string;
  /** Who reads this form: feeds (RFC 822, ISO 8601), pages (ISO 8601 and words), or both. */
  readers: 'feed' | 'page' | 'both';
  /** The instant meant, in milliseconds since 1970. */
  instant: number;
  /** Minutes east of UTC of the zone written (0 when none was). */
  offset: number;
}

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const HINDI_MONTHS = ['जनवरी', '\u092b\u093cरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'];
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Monday', 'Thursday'];

const ZONE_NAMES = Object.keys(ZONE_OFFSETS);

/** A zone as written: a name, an offset in one of its spellings, or nothing. */
const zone = fc.oneof(
  fc.constantFrom(...ZONE_NAMES).map((name) => ({ name, offset: ZONE_OFFSETS[name]! })),
  fc.integer({ min: -12 * 4, max: 14 * 4 }).map((quarters) => ({ name: null, offset: quarters * 15 })),
  fc.constant({ name: '', offset: 0 }),
);

const fields = fc.record({
  year: fc.integer({ min: 1990, max: 2099 }),
  month: fc.integer({ min: 0, max: 11 }),
  day: fc.integer({ min: 1, max: 31 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 }),
  zone,
  style: fc.integer({ min: 0, max: 9 }),
  dayName: fc.constantFrom('', ...DAY_NAMES),
});

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

function numericZone(offset: number, colon: boolean): string {
  const sign = offset < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(offset) / 60))}${colon ? ':' : ''}${pad(Math.abs(offset) % 60)}`;
}

/** A real date in one of the forms feeds and pages print, with the instant it means. */
export const writtenDate: fc.Arbitrary<WrittenDate> = fields
  .filter((f) => new Date(Date.UTC(f.year, f.month, f.day)).getUTCDate() === f.day)
  .map((f): WrittenDate => {
    const { name } = f.zone;
    const local = Date.UTC(f.year, f.month, f.day, f.hour, f.minute, f.second);
    /** The date as written with this zone (offset 0 when none is written), `drop` seconds left off. */
    const as = (text: string, readers: WrittenDate['readers'], offset: number, drop = false): WrittenDate => ({
      text,
      readers,
      instant: local - (drop ? f.second * 1000 : 0) - offset * 60_000,
      offset,
    });
    const ymd = `${f.year}-${pad(f.month + 1)}-${pad(f.day)}`;
    const hms = `${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
    const twelve = `${f.hour % 12 === 0 ? 12 : f.hour % 12}:${pad(f.minute)} ${f.hour < 12 ? 'AM' : 'PM'}`;
    const month = ENGLISH_MONTHS[f.month]!;
    const numeric = numericZone(f.zone.offset, f.style % 2 === 0);
    // RFC 822 takes a name or an offset; ISO 8601 an offset or Z; words on pages a name.
    const rfcZone = name ?? numeric;
    const isoZone = name === '' ? '' : f.zone.offset === 0 && f.style % 3 === 0 ? 'Z' : numeric;
    const wordZone = name ? ` ${name}` : '';
    const withDay = f.dayName ? `${f.dayName}, ` : '';
    switch (f.style) {
      case 0:
        return as(`${withDay}${pad(f.day)} ${month.slice(0, 3)} ${f.year} ${hms} ${rfcZone}`.trim(), 'feed', f.zone.offset);
      case 1:
        return as(`${withDay}${f.day} ${month} ${f.year} ${hms}${rfcZone ? ` ${rfcZone}` : ''}`, 'feed', f.zone.offset);
      case 2:
        return as(`${ymd}T${hms}${isoZone}`, 'both', isoZone ? f.zone.offset : 0);
      case 3:
        return as(`${ymd} ${hms}${isoZone}`, 'both', isoZone ? f.zone.offset : 0);
      case 4: {
        const written = as(`${ymd}T${hms}.${pad(f.second, 3)}${isoZone}`, 'feed', isoZone ? f.zone.offset : 0);
        return { ...written, instant: written.instant + f.second };
      }
      case 5:
        return as(`${f.year}${pad(f.month + 1)}${pad(f.day)}T${pad(f.hour)}${pad(f.minute)}${pad(f.second)}${isoZone.replace(':', '')}`, 'feed', isoZone ? f.zone.offset : 0);
      case 6:
        return as(`${f.day} ${month} ${f.year}, ${twelve}${wordZone}`, 'page', name ? f.zone.offset : 0, true);
      case 7:
        return as(`${month.slice(0, 3)}. ${f.day}, ${f.year} ${pad(f.hour)}:${pad(f.minute)}${wordZone}`, 'page', name ? f.zone.offset : 0, true);
      case 8:
        return as(`${f.day} ${HINDI_MONTHS[f.month]} ${f.year}, ${pad(f.hour)}:${pad(f.minute)}${wordZone}`, 'page', name ? f.zone.offset : 0, true);
      default:
        return { text: ymd, readers: 'both', instant: Date.UTC(f.year, f.month, f.day), offset: 0 };
    }
  });

/** Dates that are not, or only nearly, dates: impossible fields, sentinels, junk around a real one. */
const notQuiteDates = fc.constantFrom(
  '', ' ', '0', '-1', 'NaN', 'Infinity', 'null', 'undefined', 'yesterday', '0000-00-00T00:00:00Z', '9999-12-31T23:59:59Z', '2026-02-30', '2026-13-01',
  '2026-11-29T24:00:00Z', '2026-11-29T10:60:00Z', '2026-11-29T10:30:61Z', '2026-11-29T10:30:60Z', '31 Feb 2026 10:00 GMT', 'Tue, 32 Jan 2026 10:00:00 GMT',
  '2026-11-29T10:30:00+99:99', '2026-11-29T10:30:00+14:01', '+275760-09-13T00:00:00Z', '-271821-04-20T00:00:00Z', '1e21', '99999999999999', '1764403200',
  '1764403200000', '29/11/2026', '11/29/2026', '2026-11-29T10:30:00 IST', 'Sun, 29 Nov 26 10:30 +0530 (IST)', '29 Nov 2026 10:30 XYZ', 'Nov 29 2026 GMT+0530',
  'December 17, 1995 03:24:00 UTC', 'Mon, 01 Jan 0001 00:00:00 GMT', '12:00 PM', '2026', '२०२६-११-२९', '29 नवम्बर 2026 10:30 IST', '2026-11-29T10:30:00.999999999Z',
);

export const dateText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: writtenDate.map((d) => d.text) },
  { weight: 2, arbitrary: notQuiteDates },
  { weight: 2, arbitrary: mutated(writtenDate.map((d) => d.text)) },
  { weight: 1, arbitrary: fc.tuple(writtenDate, hostileCharacters).map(([d, junk]) => `${junk}${d.text}${junk}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 40 }) },
);
