/**
 * One walk over a parsed page that files away every element the metadata
 * readers look at, so that JSON-LD, meta tags and the visible byline are read
 * from short lists instead of each reader walking the whole tree again. The
 * walk is iterative: a page of 100,000 nested elements must not overflow the
 * stack.
 */
import { isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';
import { normalizeText } from '../../text/normalize.ts';

export interface PageElements {
  html: Element | null;
  title: Element | null;
  base: Element | null;
  metas: Element[];
  links: Element[];
  /** `<script type="application/ld+json">` */
  jsonLdScripts: Element[];
  /** h1 elements, in document order. */
  h1s: Element[];
  /** Elements whose class or id names a headline, plus h2s: visible headline candidates when no h1 matches. */
  headlineLike: Element[];
  times: Element[];
  /** Short elements that may show a date without a <time>: classed as one, or holding little but a year. */
  dateLike: Element[];
  /** Elements with an itemprop attribute (microdata). */
  itemprops: Element[];
  /** Elements whose class, id or rel says they hold a byline or an author's name. */
  bylineLike: Element[];
  /** Elements that open with "By" or "द्वारा": bylines without a telling class. */
  byPrefixed: Element[];
  /** Document order of every element filed above, to tell what is near the headline. */
  position: Map<Element, number>;
}

/** Elements whose content no reader sees. */
const HIDDEN_ELEMENTS: ReadonlySet<string> = new Set(['style', 'noscript', 'template', 'svg', 'iframe', 'object']);

/** A "By" or "Author:" label in an element of its own, before the name. */
const BY_LABEL = /^\s*(?:by|द्वारा)\s*:?\s*$|^\s*(?:authors?|contributors?|लेखक)\s*:\s*$/iu;

/** Class or id words of a byline; "author-bio" and "comment-author" are not one (see NOT_BYLINE). */
const BYLINE_CLASS = /byl|author|writer|reporter|contributor|posted-?by|credit/u;
const NOT_BYLINE = /comment|bio|avatar|about|follow|social|share|more-?from|related|photo|image|img|caption|thumb|box|card|widget/u;

const HEADLINE_CLASS = /headline|(?:entry|post|article|story|page)[-_]?title/u;

/** Elements that hold one line a byline could be written in. */
const LINE_TAGS: ReadonlySet<string> = new Set(['p', 'div', 'span', 'li', 'address', 'h4', 'h5', 'h6', 'strong', 'em', 'b', 'small']);

/** How a byline opens when nothing in the markup says it is one. */
export const BY_PREFIX = /^\s*(?:(?:written|posted|reported|story)\s+)?by\b|^\s*(?:par|por|von|door)\s(?=\s*\p{Lu})|^\s*(?:द्वारा|लेखक|रिपोर्ट)(?=[\s:]|$)|^\s*(?:authors?|contributors?)\s*:/iu;

export function collectPageElements(document: Document): PageElements {
  const found: PageElements = {
    html: null, title: null, base: null, metas: [], links: [], jsonLdScripts: [], h1s: [],
    headlineLike: [], times: [], dateLike: [], itemprops: [], bylineLike: [], byPrefixed: [], position: new Map(),
  };
  const stack: AnyNode[] = [...document.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (fileElement(node, found)) found.position.set(node, found.position.size);
    if (HIDDEN_ELEMENTS.has(node.name) || node.name === 'script') continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}

/** Files the element where it belongs; true when it went anywhere. */
function fileElement(element: Element, found: PageElements): boolean {
  const { name, attribs } = element;
  let filed = true;
  switch (name) {
    case 'html': found.html ??= element; break;
    case 'title': found.title ??= element; break;
    case 'base': found.base ??= element; break;
    case 'meta': found.metas.push(element); break;
    case 'link': found.links.push(element); break;
    case 'h1': found.h1s.push(element); break;
    case 'h2': found.headlineLike.push(element); break;
    case 'time': found.times.push(element); break;
    case 'script':
      if (/^\s*application\/ld\+json\s*$/iu.test(attribs['type'] ?? '')) found.jsonLdScripts.push(element);
      break;
    default: filed = false;
  }
  if (attribs['itemprop'] !== undefined) {
    found.itemprops.push(element);
    filed = true;
  }
  if (name === 'meta' || name === 'link' || name === 'script') return filed;
  // Lower-cased once, so that the class patterns run without the slower case-insensitive matching.
  const classAndId =
    attribs['class'] === undefined && attribs['id'] === undefined
      ? ''
      : `${attribs['class'] ?? ''} ${attribs['id'] ?? ''}`.toLowerCase();
  if (name !== 'h1' && name !== 'h2' && classAndId !== '' && HEADLINE_CLASS.test(classAndId) && !NOT_BYLINE.test(classAndId)) {
    found.headlineLike.push(element);
    filed = true;
  }
  if (name !== 'time' && isDateLike(element, classAndId)) {
    found.dateLike.push(element);
    filed = true;
  }
  if (isBylineLike(element, classAndId)) {
    found.bylineLike.push(element);
    filed = true;
  } else if (LINE_TAGS.has(name) && opensWithBy(element)) {
    found.byPrefixed.push(element);
    filed = true;
  }
  return filed;
}

/** Whether the element's first piece of text is "By …": cheap, so it can run on every element. */
function opensWithBy(element: Element): boolean {
  const first = element.children.find((child) => !isText(child) || child.data.trim() !== '');
  if (first === undefined) return false;
  if (isText(first)) return BY_PREFIX.test(first.data);
  // "<span>By</span><a>Jane Roe</a>": the label in an element of its own.
  const label = isTag(first) && first.children.length === 1 ? first.children[0]! : null;
  return label !== null && isText(label) && BY_LABEL.test(label.data);
}

/** Text this short is a date line; longer text holding a year is prose. */
const MAX_DATE_LINE_CHARS = 60;
const DATE_CLASS = /date|time|publish|posted/u;
const YEAR = /\b(?:19|20)\d\d\b/u;

function isDateLike(element: Element, classAndId: string): boolean {
  let text = '';
  for (const child of element.children) if (isText(child)) text += child.data;
  if (text.length <= MAX_DATE_LINE_CHARS * 2 && text.trim().length <= MAX_DATE_LINE_CHARS && YEAR.test(text)) return true;
  return classAndId !== '' && DATE_CLASS.test(classAndId) && !/update|modif/u.test(classAndId) && element.children.length <= 3;
}

/** CMS author archives: WordPress's /author/jane-roe/, and /authors/, /writers/ elsewhere. */
const AUTHOR_PAGE_LINK = /\/(?:author|authors|writers?)\/[^/?#]/iu;

function isBylineLike(element: Element, classAndId: string): boolean {
  if (/\bauthor\b/iu.test(element.attribs['rel'] ?? '')) return true;
  if (element.name === 'a' && AUTHOR_PAGE_LINK.test(element.attribs['href'] ?? '')) return true;
  if (/^author$/iu.test(element.attribs['itemprop'] ?? '')) return true;
  return classAndId !== '' && BYLINE_CLASS.test(classAndId) && !NOT_BYLINE.test(classAndId);
}

/** The text a reader sees in an element: scripts and styles left out, NFC, whitespace collapsed. */
export function visibleText(element: Element): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) parts.push(node.data);
    else if (isTag(node)) {
      if (node.name === 'script' || HIDDEN_ELEMENTS.has(node.name)) continue;
      // Block boundaries become spaces, so "<p>By</p><p>Ann</p>" does not read "ByAnn".
      if (node.name === 'br' || node.name === 'p' || node.name === 'div' || node.name === 'li') parts.push(' ');
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return normalizeText(parts.join(''));
}

/** The raw text of a script element (htmlparser2 keeps it undecoded, as browsers do). */
export function scriptText(element: Element): string {
  return element.children.map((child) => (isText(child) ? child.data : '')).join('');
}

/** An attribute, trimmed; null when absent or empty. */
export function attribute(element: Element, name: string): string | null {
  const value = element.attribs[name]?.trim();
  return value ? value : null;
}

/** Whether `ancestor` contains `element`. */
export function contains(ancestor: Element, element: Element): boolean {
  for (let node = element.parent; node; node = node.parent) if (node === ancestor) return true;
  return false;
}
