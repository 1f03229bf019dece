/**
 * Headline candidates against each other: titles carry the site's name and
 * sections around the headline ("Headline | Site", "Site - Section -
 * Headline"), and metadata headlines are sometimes cut short with "…". These
 * functions tell which text is the headline without knowing the site.
 */
import { comparisonKey } from '../../text/normalize.ts';

/**
 * What sites put between a headline, their name and sections. A bare hyphen
 * needs spaces round it: "COVID-19". A match begins at the first space of a
 * run (`(?<!\s)`) or not at all: tried from every space of a long run, the
 * expression cost time in the square of the run's length.
 */
const TITLE_SEPARATOR = /(?<!\s)\s+[|\-–—·•»:/]{1,2}\s+|(?:(?<!\s)\s+)?[|»•·]\s*/gu;
/**
 * The one separator no headline uses as punctuation: a pipe sets labels apart
 * wherever it stands. ("»" is a breadcrumb mark in English and a closing
 * guillemet in French: «Vape Wave», «6 Days».)
 */
const LABEL_SEPARATOR = /(?:(?<!\s)\s+)?\|\s*/gu;
const TRUNCATION = /(?:…|\.\.\.)$/u;
/** A headline shorter than this (in comparison-key characters) matches too much by accident ("News"). */
const MIN_MATCH_CHARS = 8;

interface Segment { text: string; start: number; end: number }

function segments(title: string, separator: RegExp = TITLE_SEPARATOR): Segment[] {
  const parts: Segment[] = [];
  let start = 0;
  for (const match of title.matchAll(separator)) {
    parts.push({ text: title.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  parts.push({ text: title.slice(start), start, end: title.length });
  return parts.filter((part) => part.text.trim() !== '');
}

/**
 * The title without the segments at its ends that name the site (its name,
 * or its host: "example.com", "example"). Inner separators stay: in
 * "Rain - and more rain | Site" only " | Site" goes. A site name may hold a
 * separator itself ("Urge Fitness | Gyms in PA and NJ"), so a run of end
 * segments that together name the site goes too.
 */
export function stripSiteName(title: string, siteNames: readonly string[], host: string | null): string {
  const parts = segments(title);
  if (parts.length < 2) return title;
  const names = (from: number, to: number): boolean => namesSite(title.slice(parts[from]!.start, parts[to]!.end), siteNames, host);
  let first = 0;
  let last = parts.length - 1;
  for (let cut = siteRunStart(first, last, names); cut > first; cut = siteRunStart(first, last, names)) last = cut - 1;
  for (let cut = siteRunEnd(first, last, names); cut < last; cut = siteRunEnd(first, last, names)) first = cut + 1;
  return title.slice(parts[first]!.start, parts[last]!.end).trim();
}

/**
 * A site's name holds a separator or two at most ("Site | Tagline"); the bound
 * also keeps a hostile title of thousands of separators from costing a
 * comparison per pair of segments.
 */
const MAX_SITE_NAME_SEGMENTS = 4;

/** The first segment of the shortest run ending at `last` that names the site (never `first` itself); `first` when none does. */
function siteRunStart(first: number, last: number, names: (from: number, to: number) => boolean): number {
  const stop = Math.max(first + 1, last - MAX_SITE_NAME_SEGMENTS + 1);
  for (let from = last; from >= stop; from--) if (names(from, last)) return from;
  return first;
}

/** The last segment of the shortest run starting at `first` that names the site (never `last` itself); `last` when none does. */
function siteRunEnd(first: number, last: number, names: (from: number, to: number) => boolean): number {
  const stop = Math.min(last - 1, first + MAX_SITE_NAME_SEGMENTS - 1);
  for (let to = first; to <= stop; to++) if (names(first, to)) return to;
  return last;
}

export function namesSite(text: string, siteNames: readonly string[], host: string | null): boolean {
  const key = comparisonKey(text);
  if (key === '') return false;
  if (siteNames.some((name) => comparisonKey(name) === key)) return true;
  if (!host) return false;
  const squeezed = key.replace(/ /gu, '');
  const hostKey = host.replace(/^www\d?\./u, '').toLowerCase();
  const label = hostKey.split('.')[0] ?? '';
  return squeezed === hostKey.replace(/[^\p{L}\p{N}]/gu, '') || (label.length >= 3 && squeezed === label);
}

/**
 * Whether `candidate` is the `visible` headline: the same text, the same text
 * cut short with "…", or the text among the candidate's segments ("Site |
 * Section | Headline").
 */
export function matchesHeadline(candidate: string, visible: string): boolean {
  const visibleKey = comparisonKey(visible);
  if (visibleKey.length < MIN_MATCH_CHARS) return false;
  const key = comparisonKey(candidate);
  if (key === visibleKey) return true;
  if (TRUNCATION.test(candidate.trim()) && key.length >= MIN_MATCH_CHARS && visibleKey.startsWith(key)) return true;
  return someRunReads(segments(candidate), visibleKey);
}

/**
 * Whether a run of consecutive segments reads as `key`. A separator holds no
 * letter or digit, so a run's key is its segments' keys joined by spaces: the
 * segments' keys are laid end to end once, and a run matches where `key`
 * occurs in that line from a segment's start to a segment's end. Trying every
 * run instead cost a comparison per pair of segments, and a hostile title of
 * thousands of separators held an extraction for seconds.
 */
function someRunReads(parts: readonly Segment[], key: string): boolean {
  const starts = new Set<number>();
  const ends = new Set<number>();
  let line = '';
  for (const part of parts) {
    const partKey = comparisonKey(part.text);
    if (partKey === '') continue;
    if (line !== '') line += ' ';
    starts.add(line.length);
    line += partKey;
    ends.add(line.length);
  }
  const found = occurrences(key, line);
  for (const at of starts) if (found[at] && ends.has(at + key.length)) return true;
  return false;
}

/**
 * Where `pattern` occurs in `text`, by start offset, in time linear in both
 * (the Z-algorithm over pattern, a mark and text: Gusfield, "Algorithms on
 * Strings, Trees and Sequences", 1.3). `indexOf` may take time proportional
 * to the product of the lengths on repetitive text.
 */
function occurrences(pattern: string, text: string): Uint8Array {
  const joined = `${pattern}\u0000${text}`;
  const z = new Int32Array(joined.length);
  const found = new Uint8Array(text.length + 1);
  let left = 0;
  let right = 0;
  for (let i = 1; i < joined.length; i++) {
    let length = i < right ? Math.min(right - i, z[i - left]!) : 0;
    while (i + length < joined.length && joined[length] === joined[i + length]) length++;
    z[i] = length;
    if (i + length > right) {
      left = i;
      right = i + length;
    }
    if (i > pattern.length && length >= pattern.length) found[i - pattern.length - 1] = 1;
  }
  return found;
}

/** Whether the text ends with "…", a sign a CMS cut it to a length. */
export function isTruncated(text: string): boolean {
  return TRUNCATION.test(text.trim());
}

/**
 * For a `<title>` with no visible headline to check it against: the longest
 * segment when the others are short labels ("Site | Section | Headline"),
 * the whole title otherwise.
 */
export function headlineFromTitle(title: string): string {
  return mainSegment(title, TITLE_SEPARATOR);
}

/**
 * A headline as shown or declared, without labels set apart by a pipe
 * ("Best movers in NYC 2025 | Top 19 Companies"): pipes separate a
 * title's parts and are no headline's punctuation, so the page's h1 carries
 * one only when it repeats the title. Dashes and colons stay: headlines use
 * them ("Digest #18 – A world without work?").
 */
export function withoutLabels(headline: string): string {
  // Hindi typists often key "|" for the danda "।", a full stop inside a headline.
  if (DEVANAGARI.test(headline)) return headline;
  return mainSegment(headline, LABEL_SEPARATOR);
}

const DEVANAGARI = /\p{Script=Devanagari}/u;

/** The longest segment when the others are short labels, the whole text otherwise. */
function mainSegment(title: string, separator: RegExp): string {
  const parts = segments(title, separator);
  if (parts.length < 2) return title;
  const longest = parts.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const others = parts.filter((part) => part !== longest);
  const othersAreLabels = others.every((part) => part.text.trim().split(/\s+/u).length <= SITE_LABEL_WORDS);
  const text = longest.text.trim();
  // A segment opening in lower case continues a sentence ("Rain - and more rain"); it is no headline of its own.
  const standsAlone = !/^\p{Ll}/u.test(text) && text.split(/\s+/u).length >= MIN_HEADLINE_WORDS;
  return othersAreLabels && standsAlone ? text : title;
}

/** Site names and section labels are rarely longer than this many words. */
const SITE_LABEL_WORDS = 4;
/** A segment shorter than this is a label too, not a headline to keep alone. */
const MIN_HEADLINE_WORDS = 3;
