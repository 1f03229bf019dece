/**
 * When the story appeared and last changed, from what the page declares and,
 * failing that, what it shows; with the shown date elements, so that the body
 * extractor can drop them.
 */
import { isTag, type Element } from 'domhandler';
import { datePart, parsePageDate } from './page-dates.ts';
import type { VisibleMetadata, VisibleTime } from './visible-metadata.ts';

/**
 * How far a declared date may lie after the date in the page's URL. Stories
 * are updated and re-dated for days or weeks; a declared date years after the
 * address the story was filed under is a template's error.
 */
const MAX_DAYS_AFTER_URL_DATE = 366;
const DAY_MS = 86_400_000;

/** A declared publication date is believed unless the URL's date shows it to be in that story's far future. */
function isBelievable(iso: string, urlDate: string | null): boolean {
  return urlDate === null || Date.parse(iso) - Date.parse(urlDate) <= MAX_DAYS_AFTER_URL_DATE * DAY_MS;
}

/** A date without a time of day. */
const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/u;

export interface DateEvidence {
  /** Declared publication dates, strongest first (JSON-LD, meta tags, microdata). */
  published: readonly (string | null | undefined)[];
  updated: readonly (string | null | undefined)[];
  visible: VisibleMetadata;
  headlinePosition: number | undefined;
  /** The date in the page's URL path, the weakest evidence. */
  urlDate: string | null;
}

export interface ChosenDates { published: string | null; updated: string | null; timeElements: Element[] }

/**
 * The first declared date that parses, else the shown date nearest the
 * headline, else the last update when nothing else dates the page, else the
 * URL's date. An update before the publication is dropped.
 */
export function chooseDates(evidence: DateEvidence): ChosenDates {
  const { visible, headlinePosition, urlDate } = evidence;
  const shown = nearestFirst([...visible.times, ...visible.shownDates], headlinePosition);
  const believable = (iso: string | null): string | null => (iso && isBelievable(iso, urlDate) ? iso : null);
  // Only the publication is checked: an evergreen story is rightly updated years after its URL was made.
  let updated = firstDate(evidence.updated) ?? shown.find((time) => time.isUpdate)?.iso ?? null;
  // A page whose only date is its last change shows readers that date as the story's.
  const published =
    believable(firstDate(evidence.published)) ?? shown.find((time) => !time.isUpdate)?.iso ?? updated ?? urlDate;
  if (published && updated && Date.parse(updated) < Date.parse(published)) updated = null;
  const days = new Set([published, updated].filter((iso) => iso !== null).map(datePart));
  const timeElements = shown
    .filter((time) => days.has(datePart(time.iso)) && time.element.parent !== null && isTag(time.element.parent) && !isInsideParagraph(time.element))
    .slice(0, 2)
    .map((time) => time.element);
  return { published, updated, timeElements };
}

/**
 * Shown dates nearest the headline first (dates far from it belong to
 * navigation or to other stories); <time> before other elements when equally
 * near, and document order when the headline is unknown.
 */
function nearestFirst(dates: readonly VisibleTime[], headlinePosition: number | undefined): VisibleTime[] {
  if (headlinePosition === undefined) return [...dates];
  const distance = (date: VisibleTime): number => Math.abs(date.position - headlinePosition);
  return [...dates].sort((a, b) => distance(a) - distance(b));
}

function isInsideParagraph(element: Element): boolean {
  for (let node = element.parent; node && isTag(node); node = node.parent) {
    if (node.name === 'p') return true;
  }
  return false;
}

/**
 * The first candidate that parses; a bare date ("2026-05-21") gives way to a
 * later candidate with a time on the same day, which says more.
 */
function firstDate(candidates: readonly (string | null | undefined)[]): string | null {
  let first: string | null = null;
  for (const candidate of candidates) {
    const iso = parsePageDate(candidate);
    if (!iso) continue;
    if (first === null) {
      if (!BARE_DATE.test(candidate!.trim())) return iso;
      first = iso;
    } else if (datePart(iso) === datePart(first) && !BARE_DATE.test(candidate!.trim())) {
      return iso;
    }
  }
  return first;
}
