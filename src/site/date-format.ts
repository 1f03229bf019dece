/**
 * Dates as readers see them: in the edition's language and the site's time
 * zone. Formatters are costly to build, so one per (language, zone) is kept.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * ICU's 12-hour Hindi time mixes Latin "am"/"pm" into Devanagari text
 * ("10:20 am बजे"); Hindi papers print the 24-hour clock ("10:20 बजे").
 */
const HOUR_CYCLES: Record<string, 'h23' | undefined> = { hi: 'h23' };

function formatter(lang: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    const hourCycle = HOUR_CYCLES[lang];
    format = new Intl.DateTimeFormat(lang, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone,
      ...(hourCycle ? { hourCycle } : {}),
    });
    formatters.set(key, format);
  }
  return format;
}

/** Throws a readable error at start-up rather than on the first article page. */
export function assertTimeZone(timeZone: string): void {
  try {
    formatter('en', timeZone);
  } catch (cause) {
    throw new Error(`site: site.timeZone "${timeZone}" is not a time zone this runtime knows`, { cause });
  }
}

/** null when the stored value is not a date, so a bad value hides the date instead of the page. */
export function formatDateTime(iso: string, lang: string, timeZone: string): string | null {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  return formatter(lang, timeZone).format(time);
}

/** The year at `now` in the site's zone, for the footer. */
export function yearIn(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(now);
}
