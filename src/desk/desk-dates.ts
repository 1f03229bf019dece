/**
 * Times on the desk's screens: compact date and time in the site's zone
 * (tables are dense), and ages ("3 hours ago") in the desk's language.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Hindi newsrooms read the 24-hour clock; ICU's 12-hour Hindi mixes in Latin am/pm. */
const HOUR_CYCLES: Record<string, 'h23' | undefined> = { hi: 'h23' };

export function formatDeskTime(iso: string | null, lang: string, timeZone: string): string {
  if (iso === null) return '';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const key = `${lang}|${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    const hourCycle = HOUR_CYCLES[lang];
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone, ...(hourCycle ? { hourCycle } : {}) });
    formatters.set(key, format);
  }
  return format.format(time);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago, in the largest unit that still reads precisely: minutes under two hours, hours under two days. */
export function formatAge(iso: string, now: Date, lang: string): string {
  const ms = Math.max(0, now.getTime() - Date.parse(iso));
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  if (ms < 2 * HOUR) return format.format(-Math.floor(ms / MINUTE), 'minute');
  if (ms < 2 * DAY) return format.format(-Math.floor(ms / HOUR), 'hour');
  return format.format(-Math.floor(ms / DAY), 'day');
}

/** A wait in whole seconds or minutes, for "wait … and try again". */
export function formatWait(ms: number, lang: string): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 120) return new Intl.NumberFormat(lang, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(seconds);
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(Math.ceil(seconds / 60));
}
