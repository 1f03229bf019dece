/**
 * Boxes that follow the story's own container. Scoring finds where the
 * paragraphs gather, and widening (content-mass.ts) takes in the ancestor
 * when that adds prose: a lead box before the body, sections split off it.
 * Past the end of the body, though, what an ancestor adds is the site's:
 * the author's bio in the next column, a disclaimer block, a newsletter
 * box, a donation appeal. So inside the chosen content, the element that
 * holds nearly all of its paragraphs is the story's container, and what
 * follows it (or follows the wrappers around it) in a box of another kind
 * goes. A box of the same tag and class as the container is more of the
 * same body (a page that splits its text into blocks of one kind), and
 * tables, lists and figures that follow are the story's own material.
 */
import { isTag, type Element } from 'domhandler';
import { elementsInOrder } from '../html/dom-walk.ts';
import { linkDensity, removeElement, type PageText } from './text-blocks.ts';

/** A paragraph of the story is at least this long (non-space characters): a couple of sentences, longer than a label or a caption. */
const MIN_PARAGRAPH_CHARS = 80;

/** A paragraph with more of its text in links than this is a list of links. */
const MAX_PARAGRAPH_LINK_DENSITY = 0.5;

/**
 * The story's container holds at least this share of the content's
 * paragraph text: most of it, so that a story whose sections sit in
 * several boxes has its container above them all.
 */
const STORY_SHARE = 0.8;

/**
 * What follows the container is furniture only while it is small beside
 * the story (measured in characters): a page whose later sections are
 * each a box of their own, with short paragraphs that do not count as
 * prose above, would otherwise lose them. Measured on the eval suites:
 * 0.3 keeps every trailing bio and notice that is taken at 0.5.
 */
const MAX_TRAILING_SHARE = 0.3;

/** Elements that make a box; the others (tables, lists, figures, paragraphs) are the story's own material. */
const BOXES: ReadonlySet<string> = new Set(['div', 'section', 'aside', 'details', 'footer', 'form']);

export function removeTrailingBoxes(root: Element, text: PageText): void {
  const story = storyContainer(root, paragraphTextByElement(root, text));
  const trailing = boxesAfter(story, root, text);
  const storyChars = text.totals.get(story)?.chars ?? 0;
  const trailingChars = trailing.reduce((sum, box) => sum + (text.totals.get(box)?.chars ?? 0), 0);
  if (trailingChars > MAX_TRAILING_SHARE * storyChars) return;
  for (const box of trailing) removeElement(box, text);
}

/** Unlinked text of the paragraphs under each element of the content (long, prose-like blocks only). */
function paragraphTextByElement(root: Element, text: PageText): Map<Element, number> {
  const sums = new Map<Element, number>();
  const order = elementsInOrder(root);
  order.unshift(root);
  // In reverse document order every element comes after its descendants, so each sum is complete when it is passed up.
  for (let i = order.length - 1; i >= 0; i--) {
    const element = order[i]!;
    const own = text.blocks.get(element);
    let sum = sums.get(element) ?? 0;
    if (own && own.chars >= MIN_PARAGRAPH_CHARS && linkDensity(own) <= MAX_PARAGRAPH_LINK_DENSITY) sum += own.chars - own.linkChars;
    sums.set(element, sum);
    const parent = element.parent;
    if (element !== root && parent && isTag(parent)) sums.set(parent, (sums.get(parent) ?? 0) + sum);
  }
  return sums;
}

/** The deepest element that holds STORY_SHARE of the content's paragraph text. */
function storyContainer(root: Element, paragraphText: ReadonlyMap<Element, number>): Element {
  const total = paragraphText.get(root) ?? 0;
  let container = root;
  if (total === 0) return container;
  for (;;) {
    const child = container.children.find((node): node is Element => isTag(node) && (paragraphText.get(node) ?? 0) >= STORY_SHARE * total);
    if (!child) return container;
    container = child;
  }
}

/** Boxes after the container and after each wrapper around it, up to the content's root, but for those of the same kind. */
function boxesAfter(story: Element, root: Element, text: PageText): Element[] {
  const boxes: Element[] = [];
  for (let inner = story; inner !== root; ) {
    const parent = inner.parent;
    if (!parent || !isTag(parent)) break;
    for (let next = inner.next; next; next = next.next) {
      if (isTag(next) && text.totals.has(next) && BOXES.has(next.name) && !sameKind(next, inner)) boxes.push(next);
    }
    inner = parent;
  }
  return boxes;
}

function sameKind(a: Element, b: Element): boolean {
  return a.name === b.name && (a.attribs['class']?.trim() ?? '') === (b.attribs['class']?.trim() ?? '');
}
