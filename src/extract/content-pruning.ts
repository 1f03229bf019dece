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
import { CONTENT_NAME, LINK_FURNITURE_NAME, namesFurniture, FURNITURE_ROLES, nameParts } from './boilerplate-patterns.ts';
import { isHidden } from './html-tags.ts';
import { EMPTY_COUNT, isInvisible, linkDensity, removeElement, type PageText, type TextCount } from './text-blocks.ts';

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

/** A note is at least a couple of sentences (non-space characters); shorter asides are labels and buttons. */
const MIN_NOTE_CHARS = 150;

/** A note may cite a source or two; more of its text in links than this, and it is a box of links. */
const MAX_NOTE_LINK_DENSITY = 0.25;

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
  if (!furniture && (!namesFurniture(parts) || isProseNamedAsMenu(element, text, parts))) return false;
  const share = pageChars === 0 ? 0 : unlinkedChars(text.totals.get(element) ?? null) / pageChars;
  if (share >= WRAPPER_SHARE) return false;
  return !(share >= NAMED_CONTENT_SHARE && CONTENT_NAME.test(parts || nameParts(element)));
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

function hasFurnitureRole(element: Element): boolean {
  const role = element.attribs['role'];
  return role !== undefined && FURNITURE_ROLES.has(role.trim().toLowerCase());
}

function unlinkedChars(count: TextCount | null): number {
  return count ? count.chars - count.linkChars : 0;
}
