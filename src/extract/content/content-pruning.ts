/**
 * Takes the page's furniture out before scoring: navigation, banners,
 * sidebars, share bars, comment sections, related lists, ads, and what the
 * page hides from its readers. Gone before scoring, their text can neither
 * win nor dilute the score of the element that holds the article.
 *
 * Names lie both ways: a layout wrapper may be called `has-sidebar`, and an
 * `article-footer` is no article. So an element that holds most of the
 * page's prose is kept whatever it is called.
 */
import { isTag, type AnyNode, type Element, type ParentNode } from 'domhandler';
import {
  CONTENT_NAME, FURNITURE_ROLES, HIDDEN_NAME, LINK_FURNITURE_NAME, OVERLAY_NAME, nameParts, namesFurniture, namesFurnitureBeyondOverlay,
} from './boilerplate-patterns.ts';
import { textOf } from '../html/dom-walk.ts';
import { isBlockElement, isHidden } from '../html/html-tags.ts';
import { EMPTY_COUNT, countText, isInvisible, linkDensity, removeElement, type PageText, type TextCount } from './text-blocks.ts';

/** Elements that are furniture by their tag alone. */
const FURNITURE_ELEMENTS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'dialog', 'menu']);

/** Elements never removed: the page itself, and the element that says it is the main content. */
const PROTECTED_ELEMENTS: ReadonlySet<string> = new Set(['html', 'body', 'main']);

/**
 * An element holding at least this share of the page's unlinked text is the
 * article or wraps it, whatever its name says. Half: two rivals cannot both
 * hold more than half.
 */
const WRAPPER_SHARE = 0.5;

/** The same for an element whose name also says content (`article-body sidebar-layout`): a quarter is enough. */
const NAMED_CONTENT_SHARE = 0.25;

/**
 * A menu or toolbar is mostly links. An element named as one with less of its
 * text in links than this, and at least MIN_MISNAMED_PROSE_CHARS outside
 * them, holds prose, and its name is taken to be about layout.
 */
const MAX_MENU_PROSE_LINK_DENSITY = 0.25;

/** A few paragraphs (non-space characters): more unlinked text than any menu carries. */
const MIN_MISNAMED_PROSE_CHARS = 400;

/**
 * Unlinked text (non-space characters) that makes an overlay a story: a few
 * paragraphs, more than any prompt (the sign-up and offer pop-ups measured
 * on the eval suites hold well under 800).
 */
const MIN_OVERLAY_STORY_CHARS = 1000;

/** An overlay with more of its text in links than this is a menu or a gallery of teasers, not a story. */
const MAX_OVERLAY_LINK_DENSITY = 0.5;

/** Inline elements nest a few deep inside their block; further up the search is not worth it. */
const MAX_INLINE_CLIMB = 8;

/** Unlinked text (non-space characters) around an inline element that makes its block a sentence: about five words. */
const MIN_SENTENCE_CHARS = 25;

/** A note is at least a couple of sentences (non-space characters); shorter asides are labels and buttons. */
const MIN_NOTE_CHARS = 150;

/** A note may cite a source or two; more of its text in links than this, and it is a box of links. */
const MAX_NOTE_LINK_DENSITY = 0.25;

/** A list item's statement is at least a couple of words (non-space characters: "Quiet fan"); shorter is a label or a count. */
const MIN_ITEM_STATEMENT_CHARS = 8;

/** And at most a note's length: a longer item wrapped whole in a furniture-named box is a comment or a teaser, not a point of the story's. */
const MAX_ITEM_STATEMENT_CHARS = MIN_NOTE_CHARS;

export function pruneFurniture(root: ParentNode, text: PageText): void {
  let pageChars = 0;
  for (const node of root.children) if (isTag(node)) pageChars += unlinkedChars(text.totals.get(node) ?? null);
  const stack: AnyNode[] = [...root.children];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isTag(node) || isInvisible(node)) continue;
    if (isStoryNote(node, text)) {
      // The sanitiser drops every <aside> (in feed items they are the site's furniture); this one is the story's.
      node.name = 'div';
    } else if (isFurniture(node, text, pageChars)) {
      removeElement(node, text);
      continue;
    }
    for (const child of node.children) stack.push(child);
  }
}

function isFurniture(element: Element, text: PageText, pageChars: number): boolean {
  if (PROTECTED_ELEMENTS.has(element.name)) return false;
  const furniture = FURNITURE_ELEMENTS.has(element.name) || isHidden(element) || hasFurnitureRole(element);
  const parts = furniture ? '' : nameParts(element);
  if (!furniture && (!namesFurniture(parts) || isMisnamed(element, text, parts))) return false;
  const share = pageChars === 0 ? 0 : unlinkedChars(text.totals.get(element) ?? null) / pageChars;
  if (share >= WRAPPER_SHARE) return false;
  return !(share >= NAMED_CONTENT_SHARE && CONTENT_NAME.test(parts || nameParts(element)));
}

/** A furniture name that the element's content belies. */
function isMisnamed(element: Element, text: PageText, parts: string): boolean {
  if (isProseNamedAsMenu(element, text, parts) || isStoryInOverlay(element, text, parts)) return true;
  if (isProseInComponentPart(element, text) || isListItemStatement(element, text)) return true;
  return !HIDDEN_NAME.test(parts) && isInlineInProse(element, text);
}

/**
 * An <aside> set among the story's paragraphs that holds prose, not links: a
 * note, a box of background, a worked example. HTML's <aside> is "tangential
 * to the content around it", and when paragraphs surround it that content is
 * the story. A sidebar stands beside the story's column, not between its
 * paragraphs, and a box of links is no note.
 */
function isStoryNote(element: Element, text: PageText): boolean {
  if (element.name !== 'aside' || hasFurnitureRole(element) || namesFurniture(nameParts(element))) return false;
  const count = text.totals.get(element) ?? EMPTY_COUNT;
  if (unlinkedChars(count) < MIN_NOTE_CHARS || linkDensity(count) > MAX_NOTE_LINK_DENSITY) return false;
  return isParagraph(elementSibling(element, 'prev')) || isParagraph(elementSibling(element, 'next'));
}

function elementSibling(element: Element, side: 'prev' | 'next'): Element | null {
  let node = element[side];
  while (node && !isTag(node)) node = node[side];
  return node && isTag(node) ? node : null;
}

function isParagraph(element: Element | null): boolean {
  return element !== null && element.name === 'p';
}

function isProseNamedAsMenu(element: Element, text: PageText, parts: string): boolean {
  if (!LINK_FURNITURE_NAME.test(parts)) return false;
  const count = text.totals.get(element) ?? EMPTY_COUNT;
  return linkDensity(count) < MAX_MENU_PROSE_LINK_DENSITY && unlinkedChars(count) >= MIN_MISNAMED_PROSE_CHARS;
}

/** A BEM element's part of a class name (`banner__footer`, `card__meta--small`): the role of a part inside its component. */
const BEM_ELEMENT_PART = /__\S*/gu;

/**
 * An element whose furniture name comes only from BEM element parts
 * (`banner__footer`: the foot of a banner box, not of the page) and that
 * holds a note's worth of prose. The part names where it sits in its
 * component; whether the component is furniture is for its block name to
 * say, and prose with few links is no footer's list or meta line.
 */
function isProseInComponentPart(element: Element, text: PageText): boolean {
  const classes = element.attribs['class'];
  if (classes === undefined || !classes.includes('__')) return false;
  if (namesFurniture(nameParts({ attribs: { ...element.attribs, class: classes.replace(BEM_ELEMENT_PART, '') } }))) return false;
  const count = text.totals.get(element) ?? EMPTY_COUNT;
  return unlinkedChars(count) >= MIN_NOTE_CHARS && linkDensity(count) <= MAX_NOTE_LINK_DENSITY;
}

/**
 * A story opened over the page (a `modal` holding the article) is kept when
 * the overlay is named for nothing but how it is shown and holds an
 * article's worth of text outside links, which no sign-up or consent prompt does.
 */
function isStoryInOverlay(element: Element, text: PageText, parts: string): boolean {
  if (!OVERLAY_NAME.test(parts) || namesFurnitureBeyondOverlay(parts)) return false;
  const count = text.totals.get(element) ?? EMPTY_COUNT;
  return linkDensity(count) <= MAX_OVERLAY_LINK_DENSITY && unlinkedChars(count) >= MIN_OVERLAY_STORY_CHARS;
}

/**
 * An inline element with a sentence's worth of text around it in its block
 * is a phrase of that sentence, whatever its class says (`<a class="popup">`
 * that opens a note on the phrase): taking it out would leave a hole in the
 * sentence. Furniture comes in boxes of its own.
 */
function isInlineInProse(element: Element, text: PageText): boolean {
  if (isBlockElement(element.name)) return false;
  let block: Element = element;
  for (let climbed = 0; climbed < MAX_INLINE_CLIMB && !isBlockElement(block.name); climbed++) {
    const up = block.parent;
    if (!up || !isTag(up)) return false;
    block = up;
  }
  const around = text.blocks.get(block);
  if (!around) return false;
  // Inline text is credited to its block, so the element's own is counted here; all of it is taken off, linked or not, to err towards pruning.
  return unlinkedChars(around) - countText(textOf(element)).chars >= MIN_SENTENCE_CHARS;
}

/**
 * An element that is the whole of a list item and holds a few words outside
 * any link (`<li><div class="item-meta">Quiet in use</div></li>`): the item's
 * own statement, a pro, a con or a spec, styled through a borrowed class.
 * Taking it out would leave an empty bullet; a meta line or a share button
 * comes beside an item's title or link, not as the whole item.
 */
function isListItemStatement(element: Element, text: PageText): boolean {
  const item = element.parent;
  if (!item || !isTag(item) || item.name !== 'li' || HIDDEN_NAME.test(nameParts(element))) return false;
  const count = text.totals.get(element) ?? EMPTY_COUNT;
  if (count.linkChars > 0 || count.chars < MIN_ITEM_STATEMENT_CHARS || count.chars > MAX_ITEM_STATEMENT_CHARS) return false;
  return (text.totals.get(item) ?? EMPTY_COUNT).chars === count.chars;
}

function hasFurnitureRole(element: Element): boolean {
  const role = element.attribs['role'];
  return role !== undefined && FURNITURE_ROLES.has(role.trim().toLowerCase());
}

function unlinkedChars(count: TextCount | null): number {
  return count ? count.chars - count.linkChars : 0;
}
