/**
 * The story's opening, when it sits in a box of its own before the body.
 * Sites often set the first paragraph or two apart (a larger "intro", the
 * header region of a template) and give the rest a name of its own
 * (`rich-text`, `article-body`); scoring then finds the named body, and
 * widening, which weighs what an ancestor adds against the body's size,
 * finds a short opening too little to be worth an ancestor. Between the
 * headline and the body there is otherwise only the story's furniture
 * (byline, date, lead image, share buttons), none of it prose: so the prose
 * found there, walking back from the body to the headline, is the opening.
 */
import { isTag, type Element } from 'domhandler';
import { DISCLOSURE_TEXT, SUMMARY_NAME, nameParts } from './boilerplate-patterns.ts';
import { elementsInOrder, previousElement, textOf } from '../html/dom-walk.ts';
import { linkDensity, type PageText } from './text-blocks.ts';

/**
 * How many ancestors of the body are looked behind: templates nest the body
 * a few wrappers deep (measured: 6 brought calls to action set above the
 * body in a page's own column, and nothing more of the story).
 */
const MAX_LEVELS = 4;

/** A lead is a few paragraphs; more prose than this (non-space characters) before the body is a story of its own. */
const MAX_LEAD_CHARS = 1500;

/** …and never half as long as the body itself. */
const MAX_LEAD_SHARE = 0.5;

/** An opening may carry a link or two; more of its text in links than this, and it is a box of links. */
const MAX_LEAD_LINK_DENSITY = 0.25;

/**
 * Furniture between headline and body that the walk steps over: a byline,
 * a date, a "Read later" button, a one-line call to action (non-space
 * characters). Longer text that is not prose ends the walk.
 */
const MAX_STEP_OVER_CHARS = 100;

/** A lead picture's caption and credit may run to a few lines (non-space characters). */
const MAX_CAPTION_CHARS = 400;

const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A box with one of these is a figure with its caption or a form, not the story's prose. */
const NOT_PROSE_ELEMENTS: ReadonlySet<string> = new Set(['figure', 'figcaption', 'form', 'input', 'button', 'select', 'textarea']);

/** Pictures and players: a box of one with a line of text is the lead picture and its caption. */
const MEDIA_ELEMENTS: ReadonlySet<string> = new Set(['figure', 'img', 'picture', 'video', 'iframe']);

/** Text with no letter or digit (a stray zero-width joiner, a bullet) is no block of its own. */
const WORDLESS = /^[^\p{L}\p{N}]*$/u;

/** How a block of the story's prose ends (Latin, Devanagari danda, CJK)… */
const SENTENCE_END = /[.!?।॥。！？…]["'”’»)]?\s*$/u;

/** …or a lead-in to what follows; but a label ("Published:") ends so too, so a box of only these is no prose. */
const LEAD_IN_END = /[:：]\s*$/u;

interface Walk {
  text: PageText;
  /** The elements after the headline's place in the page's order. */
  afterHeadline: ReadonlySet<Element>;
  maxChars: number;
  lead: Element[];
  chars: number;
}

type Step = 'on' | 'stop' | 'overflow';

/**
 * Elements before `body`, in document order, that hold the story's opening.
 * Only when the headline is known and comes before the body: without it,
 * nothing tells the story's opening from the end of the page's header.
 */
export function leadBefore(body: Element, text: PageText, headline: Element | null): Element[] {
  if (!headline) return [];
  const headlineAt = text.order.indexOf(headline);
  if (headlineAt < 0) return [];
  // Built once: searching the order for each sibling cost time with the square of the page's size.
  const afterHeadline = new Set(text.order.slice(headlineAt + 1));
  if (!afterHeadline.has(body)) return [];
  const maxChars = Math.min(MAX_LEAD_CHARS, (text.totals.get(body)?.chars ?? 0) * MAX_LEAD_SHARE);
  const walk: Walk = { text, afterHeadline, maxChars, lead: [], chars: 0 };
  let node = body;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const step = walkBack(node, walk);
    if (step === 'overflow') return [];
    if (step === 'stop') break;
    const parent = node.parent;
    if (!parent || !isTag(parent) || parent.name === 'body') break;
    node = parent;
  }
  // The sanitiser drops a <header> as the site's; this one holds the story's opening.
  for (const element of walk.lead) if (element.name === 'header') element.name = 'div';
  return walk.lead;
}

/**
 * Takes the opening from the siblings before `node`, nearest first, until
 * the headline. The headline has left the tree; its place in the page's
 * order tells which siblings came before it. The box that held it (a
 * header with the headline, a dek and the byline) is not looked into: a
 * dek there is a summary, shown or not as the site's standfirst.
 */
function walkBack(node: Element, walk: Walk): Step {
  for (let sibling = previousElement(node); sibling; sibling = previousElement(sibling)) {
    if (!walk.afterHeadline.has(sibling)) return 'stop';
    const step = judge(sibling, walk);
    if (step !== 'on') return step;
  }
  return 'on';
}

function judge(element: Element, walk: Walk): Step {
  const count = walk.text.totals.get(element);
  if (!count || count.chars === 0) return 'on';
  if (SUMMARY_NAME.test(nameParts(element))) return 'stop';
  if (isProse(element, walk.text)) {
    walk.chars += count.chars;
    // More prose than a lead before the body: the body is one story of several, and none of this is its opening.
    if (walk.chars > walk.maxChars) return 'overflow';
    walk.lead.unshift(element);
    return 'on';
  }
  if (count.chars <= MAX_STEP_OVER_CHARS) return 'on';
  return count.chars <= MAX_CAPTION_CHARS && holdsMedia(element) ? 'on' : 'stop';
}

/**
 * Paragraphs and nothing else: every block a sentence, few links, no
 * heading, no figure or form, and not the site's note on how it earns
 * from the links in the story (which sits where a lead would).
 */
function isProse(element: Element, text: PageText): boolean {
  const total = text.totals.get(element)!;
  if (linkDensity(total) > MAX_LEAD_LINK_DENSITY) return false;
  let sentences = 0;
  for (const inner of elementsInOrder(element).concat(element)) {
    if (NOT_PROSE_ELEMENTS.has(inner.name) || HEADINGS.has(inner.name)) return false;
    if (!text.blocks.has(inner)) continue;
    const line = textOf(inner).trim();
    if (WORDLESS.test(line)) continue;
    if (DISCLOSURE_TEXT.test(line)) return false;
    if (SENTENCE_END.test(line)) sentences++;
    else if (!LEAD_IN_END.test(line)) return false;
  }
  return sentences > 0;
}

function holdsMedia(element: Element): boolean {
  return MEDIA_ELEMENTS.has(element.name) || elementsInOrder(element).some((inner) => MEDIA_ELEMENTS.has(inner.name));
}

