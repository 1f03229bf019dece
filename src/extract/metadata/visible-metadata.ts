/**
 * What the page shows a reader: its headlines (h1s, then elements whose class
 * says headline), its bylines (elements marked as one by class, id, rel or
 * itemprop, and lines that open with "By" or "द्वारा") and its `<time>`
 * elements. This is the evidence metadata is checked against.
 */
import { isTag, type Element } from 'domhandler';
import { parsePageDate } from './page-dates.ts';
import { BY_PREFIX, attribute, contains, visibleText, type PageElements } from './page-elements.ts';

export interface VisibleText { element: Element; text: string; position: number }
export interface VisibleByline { element: Element; names: string[]; position: number }
export interface VisibleTime { element: Element; iso: string; isUpdate: boolean; position: number }

export interface VisibleMetadata {
  h1s: VisibleText[];
  /** h2s and elements classed as a headline: candidates when no h1 matches the metadata. */
  headlineLike: VisibleText[];
  bylines: VisibleByline[];
  times: VisibleTime[];
  /** Dates shown without a <time> element, in document order. */
  shownDates: VisibleTime[];
}

/** A headline longer than this is a paragraph styled as one. */
const MAX_HEADLINE_CHARS = 300;
/** A byline element with more text than this is an author box or a whole article, not a line. */
const MAX_BYLINE_CHARS = 160;
/** Longest plausible single name: "Maria de los Ángeles Fernández-Castillo" is 40. */
const MAX_NAME_CHARS = 60;
const MAX_NAME_WORDS = 6;

/** Where a byline's names end: a separator, a date or time (names carry no digits), a place ("in Delhi"), a label. */
const BYLINE_TAIL =
  /\s*(?:[|•·]|\s[-–—]\s|\d|\b(?:updated|published|posted)\b|\bon\s+(?=\w+\s+\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)|\bin\s|अपडेटेड|प्रकाशित|अपडेट).*$/iu;
const BYLINE_OPENING = new RegExp(`${BY_PREFIX.source}\\s*:?\\s*`, 'iu');
const TRAILING_BY = /\s+द्वारा$/u;
const NAME_SEPARATORS = /\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\sऔर\s|\sएवं\s|\sव\s)\s*/iu;
/**
 * Letters, marks, spaces and the punctuation names carry (O'Neil, Jean-Luc, J. R.), with at most one
 * part in brackets: a maiden name or a familiar one, "Paramita (Guha) Ghosh", "William (Bill) Roe".
 */
const NAME_SHAPE = /^[\p{L}\p{M}][\p{L}\p{M}.'’\- ]*(?:\([\p{L}\p{M}.'’\- ]+\)[\p{L}\p{M}.'’\- ]*)?$/u;
/**
 * Words that sit beside a name in a byline but are not part of it: roles and
 * the controls of author boxes. They are cut off a name's ends; a name that
 * is nothing else is no name.
 */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'author', 'authors', 'writer', 'editor', 'founder', 'contributor', 'contributors', 'reporter', 'correspondent',
  'columnist', 'expert', 'lead', 'senior', 'staff', 'reviewer', 'director', 'manager', 'head', 'chief', 'photographer',
  'view', 'posts', 'sign', 'log', 'in', 'more', 'all', 'read', 'share', 'follow', 'subscribe', 'profile', 'bio',
  'updated', 'published', 'posted', 'written', 'edited', 'last', 'by', 'of', 'on', 'at', 'from', 'लेखक', 'संवाददाता', 'रिपोर्टर',
]);
/** Lower-case words inside Latin-script names: "Ludwig van Beethoven", "Matt De La O", "Ibn al-Haytham". */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'al', 'ibn', 'e', 'y', 'ter', 'ten']);
const LATIN = /\p{Script=Latin}/u;
/** "Our Foreign Staff", "The Editors": a credit opening with a determiner names no person. */
const DETERMINER = /^(?:our|the|a|an|this|that|your|my|by|and|staff)$/iu;
/** A month followed by a day, or a weekday: where the names of "By Jane Roe March 25, 2015" end. */
const DATE_WORDS =
  /\s(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b).*$/iu;
/** The same in Hindi, where month and weekday names are never part of a name: "सीमा वर्मा अक्टूबर 9". */
const HINDI_DATE_WORDS =
  /\s(?:जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|(?:सोम|मंगल|बुध|गुरु|शुक्र|शनि|रवि)वार)(?=[\s,]|$).*$/u;
/** "ByJane Roe": the label and the name in inline elements with no space between them. */
const GLUED_BY = /^\s*By(?=\p{Lu})/u;
const UPDATE_HINT = /updat|modif|edited|अपडेट/iu;

export function readVisibleMetadata(elements: PageElements): VisibleMetadata {
  const at = (element: Element): number => elements.position.get(element) ?? 0;
  const texts = (list: readonly Element[]): VisibleText[] =>
    list
      .map((element) => ({ element, text: visibleText(element), position: at(element) }))
      .filter((item) => item.text !== '' && item.text.length <= MAX_HEADLINE_CHARS);
  return {
    h1s: texts(elements.h1s),
    headlineLike: texts(elements.headlineLike),
    bylines: readBylines([...elements.bylineLike, ...elements.byPrefixed], at),
    times: readTimes(elements.times, at),
    shownDates: readShownDates([...elements.dateLike, ...elements.bylineLike].sort((a, b) => at(a) - at(b)), at),
  };
}

function readBylines(candidates: readonly Element[], at: (element: Element) => number): VisibleByline[] {
  const bylines: VisibleByline[] = [];
  const sorted = [...candidates].sort((a, b) => at(a) - at(b));
  for (const element of sorted) {
    // A name inside a byline already read is the same byline.
    if (bylines.some((byline) => contains(byline.element, element))) continue;
    const text = visibleText(element);
    if (text === '' || text.length > MAX_BYLINE_CHARS) continue;
    const names = namesFromByline(text);
    if (names.length > 0) bylines.push({ element, names, position: at(element) });
  }
  return bylines;
}

/** "By Jane Roe and Ravi Kumar | 29 Nov 2026" → ["Jane Roe", "Ravi Kumar"]; "रवि कुमार द्वारा" → ["रवि कुमार"]. */
export function namesFromByline(line: string): string[] {
  const parts = bylineBody(line)
    .split(NAME_SEPARATORS)
    .map((part) => part.replace(/^[\s:,.–—-]+|[\s:,–—-]+$/gu, ''))
    .filter((part) => part !== '')
    // After a comma, a phrase with a role in it is the job title ("Jane Roe, Local Democracy Reporter").
    .map((part, index) => (index > 0 && hasRoleWord(part) ? '' : withoutRoleWords(part)))
    .filter((part) => part !== '');
  // A byline is names and nothing else: one part that is no name makes it a sentence ("By signing up, you agree").
  const isName = (part: string): boolean => looksLikeName(part) && isCapitalised(part);
  if (!parts.every(isName)) return [];
  // A lone capitalised word beside names is a role or a place ("Tracy Parker, Dietitian"), and alone it is a label.
  return parts.filter((part) => part.includes(' '));
}

/** The line without its "By" and without whatever follows the names. */
function bylineBody(line: string): string {
  return line
    .replace(GLUED_BY, '')
    .replace(BYLINE_OPENING, '')
    .replace(DATE_WORDS, '')
    .replace(HINDI_DATE_WORDS, '')
    .replace(BYLINE_TAIL, '')
    .replace(TRAILING_BY, '')
    .trim();
}

function isRoleWord(word: string): boolean {
  return NOT_NAME_WORDS.has(word.toLowerCase().replace(/[:.]$/u, ''));
}

function hasRoleWord(part: string): boolean {
  return part.split(' ').some(isRoleWord);
}

/** "Author Jane Roe" → "Jane Roe"; "Jane Roe Senior Writer" → "Jane Roe". */
function withoutRoleWords(name: string): string {
  const words = name.split(' ');
  let start = 0;
  while (start < words.length && isRoleWord(words[start]!)) start++;
  let end = start;
  while (end < words.length && !isRoleWord(words[end]!)) end++;
  return words.slice(start, end).join(' ');
}

/** Latin-script names on a page are capitalised ("Jane Roe", "Matt De La O"); running text is not. */
function isCapitalised(name: string): boolean {
  if (!LATIN.test(name)) return true;
  const words = name.split(' ');
  return /^\p{Lu}/u.test(words[0]!) && words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word.toLowerCase()));
}

export function looksLikeName(name: string): boolean {
  if (name === '' || name.length > MAX_NAME_CHARS || !NAME_SHAPE.test(name)) return false;
  const words = name.split(' ');
  return words.length <= MAX_NAME_WORDS && !DETERMINER.test(words[0]!);
}

function readTimes(times: readonly Element[], at: (element: Element) => number): VisibleTime[] {
  const found: VisibleTime[] = [];
  for (const element of times) {
    const iso = parsePageDate(attribute(element, 'datetime') ?? visibleText(element));
    if (!iso) continue;
    const hints = `${element.attribs['class'] ?? ''} ${element.attribs['itemprop'] ?? ''} ${parentText(element)}`;
    found.push({ element, iso, isUpdate: UPDATE_HINT.test(hints), position: at(element) });
  }
  return found;
}

function readShownDates(candidates: readonly Element[], at: (element: Element) => number): VisibleTime[] {
  const found: VisibleTime[] = [];
  for (const element of candidates) {
    const text = visibleText(element);
    if (text.length > MAX_BYLINE_CHARS) continue;
    const iso = parsePageDate(text);
    if (iso) found.push({ element, iso, isUpdate: UPDATE_HINT.test(text), position: at(element) });
  }
  return found;
}

/** The label a time sits beside ("Updated: <time>"), when its parent is a short line. */
function parentText(element: Element): string {
  const parent = element.parent;
  if (!parent || !isTag(parent)) return '';
  const text = visibleText(parent);
  return text.length <= MAX_BYLINE_CHARS ? text : '';
}

/** Where the headline element sits among the filed elements, to measure what is near it. */
export function headlinePosition(visible: VisibleMetadata, headlineElement: Element | null): number | undefined {
  if (!headlineElement) return undefined;
  return [...visible.h1s, ...visible.headlineLike].find((item) => item.element === headlineElement)?.position;
}
