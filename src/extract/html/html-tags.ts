/**
 * What the sanitiser does with each HTML element, in one table. Everything
 * not named here is transparent: the element goes, its content stays.
 */
import { isTag, type Element } from 'domhandler';
import { previousElement } from './dom-walk.ts';

/**
 * Removed with everything inside. Scripts, styles and embeds are active
 * content; forms and media have no place in a text article (video may come
 * back as its own block type); nav, header, footer and aside inside a feed
 * item are the source site's furniture, not the story. A MathML formula
 * stays as the text of its symbols, a part of its sentence; the annotations
 * inside it are other encodings of the same formula (TeX source, say) that
 * no reader sees.
 */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'param', 'form', 'input', 'button', 'select', 'option', 'optgroup', 'datalist',
  'textarea', 'output', 'svg', 'annotation', 'annotation-xml', 'canvas', 'audio', 'video', 'source', 'track',
  'map', 'area', 'nav', 'header', 'footer', 'aside', 'head', 'title', 'meta', 'link', 'base',
  'noembed', 'noframes', 'xmp', 'plaintext', 'dialog', 'portal',
]);

/** Elements that end the current paragraph and hold blocks of their own. */
export const CONTAINER_ELEMENTS: ReadonlySet<string> = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'p', 'address', 'center', 'details',
  'summary', 'fieldset', 'legend', 'hgroup', 'dl', 'dt', 'dd', 'pre', 'table', 'caption',
  'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'hr', 'li', 'figcaption',
]);

/** Body headings start at level 2: the page's only h1 is the headline. */
export const HEADING_LEVELS: ReadonlyMap<string, 2 | 3 | 4> = new Map([
  ['h1', 2],
  ['h2', 2],
  ['h3', 3],
  ['h4', 4],
  ['h5', 4],
  ['h6', 4],
]);

export const LIST_ELEMENTS: ReadonlySet<string> = new Set(['ul', 'ol', 'menu']);

/** Inline elements that keep their meaning; the others (span, font, u, mark…) only keep their text. */
export const FORMATTING_ELEMENTS: ReadonlyMap<string, 'em' | 'strong' | 'code' | 'sub' | 'sup'> = new Map([
  ['em', 'em'],
  ['i', 'em'],
  ['cite', 'em'],
  ['dfn', 'em'],
  ['var', 'em'],
  ['strong', 'strong'],
  ['b', 'strong'],
  ['code', 'code'],
  ['kbd', 'code'],
  ['samp', 'code'],
  ['tt', 'code'],
  ['sub', 'sub'],
  ['sup', 'sup'],
]);

/** Elements that make a block when met inside inline content. */
export function isBlockElement(name: string): boolean {
  return (
    CONTAINER_ELEMENTS.has(name) ||
    HEADING_LEVELS.has(name) ||
    LIST_ELEMENTS.has(name) ||
    name === 'blockquote' ||
    name === 'figure'
  );
}

/** Style values that hide an element from every reader. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/iu;

/**
 * React's streaming renderer sends late parts of a page in hidden divs with
 * these ids and a script moves them into place: they are shown, not hidden.
 */
const STREAMED_SEGMENT_ID = /^S:[0-9a-f]+$/u;

/**
 * How deep under the element before a collapsed panel its toggle is looked
 * for: a button inside a heading inside a wrapper, as accordions are built.
 */
const MAX_TOGGLE_DEPTH = 3;

/** Whether the source hid the element from its own readers. */
export function isHidden(element: Element): boolean {
  const hidden = element.attribs['hidden'];
  if (hidden !== undefined) {
    if (STREAMED_SEGMENT_ID.test(element.attribs['id'] ?? '')) return false;
  } else {
    const style = element.attribs['style'];
    if (style === undefined || !HIDDEN_STYLE.test(style)) return false;
  }
  return !isCollapsedPanel(element, hidden);
}

/**
 * A panel the reader opens: `hidden="until-found"` (shown when the reader
 * searches the page), or one right after the control that toggles it, a
 * button marked aria-expanded. Such text is written for readers (answers
 * under questions, a review's sections), unlike hidden keyword stuffing.
 */
function isCollapsedPanel(element: Element, hidden: string | undefined): boolean {
  if (hidden?.toLowerCase() === 'until-found') return true;
  const previous = previousElement(element);
  return previous !== null && (isExpandable(previous) || holdsWithin(previous, MAX_TOGGLE_DEPTH - 1, isExpandable));
}

function isExpandable(element: Element): boolean {
  return element.attribs['aria-expanded'] !== undefined;
}

/** Whether an element below this one, at most `depth` levels further down than its children, passes the test. */
function holdsWithin(element: Element, depth: number, test: (element: Element) => boolean): boolean {
  return element.children.some((child) => isTag(child) && (test(child) || (depth > 0 && holdsWithin(child, depth - 1, test))));
}

/**
 * Dropped elements, and elements the source hid from its own readers: hidden
 * text is where spam and keyword stuffing live.
 */
export function isRemoved(element: Element): boolean {
  return (DROPPED_ELEMENTS.has(element.name) && !isDisclosureToggle(element)) || isHidden(element);
}

/**
 * The header of an accordion (WAI-ARIA's accordion pattern: a button marked
 * aria-expanded or aria-controls that is a heading's content, or, in looser
 * markup, holds the heading) names the section it opens: a question over its
 * answer, a step's name. Its text stays, as the collapsed panel does; other
 * buttons are controls ("Download", "What to know") and go.
 */
export function isDisclosureToggle(element: Element): boolean {
  if (element.name !== 'button') return false;
  if (element.attribs['aria-expanded'] === undefined && element.attribs['aria-controls'] === undefined) return false;
  const parent = element.parent;
  return (parent !== null && isTag(parent) && isHeadingElement(parent)) || holdsWithin(element, MAX_TOGGLE_DEPTH, isHeadingElement);
}

function isHeadingElement(element: Element): boolean {
  return HEADING_LEVELS.has(element.name) || element.attribs['role'] === 'heading';
}

export function hasClass(element: Element, test: (className: string) => boolean): boolean {
  return (element.attribs['class'] ?? '').split(/\s+/u).some((name) => name !== '' && test(name.toLowerCase()));
}

/** Classes that name a line break. */
const BREAK_CLASSES: ReadonlySet<string> = new Set(['br', 'line-break', 'linebreak']);

/**
 * A line break: <br>, or an empty element that a page's style sheet draws
 * as one. Times Internet's pages (Times of India, Navbharat Times) write
 * every break between a subheading and its paragraphs as `<span
 * class="id-r-component br"></span>`, so that read as inline nothing, the
 * subheading runs into the text after it ("…and ruminationMeditation
 * seems…"). Only an empty element counts: atomic style sheets (Medium's)
 * give the class `br` to spans with content, which are no breaks.
 */
export function isLineBreak(element: Element): boolean {
  if (element.name === 'br') return true;
  return element.name === 'span' && element.children.length === 0 && hasClass(element, (name) => BREAK_CLASSES.has(name));
}
