/**
 * The site's own offers set in the story: a box after one of its
 * paragraphs with a line or two and a button ("Get your kid personalized
 * tutoring sessions … Get FREE demo", "Track all your clients' SEO KPIs in
 * one dashboard · Start your 14-day free trial"). A button is the page's
 * control, and a box of a few words around one is an offer, not a part of
 * the story, whose paragraphs come without buttons. The story's own boxes
 * with buttons (product cards in a guide, recipes in a round-up) sit among
 * cards of their kind, not straight after a paragraph, and a box with more
 * than a heading and a sentence is left to the other rules.
 */
import { isTag, type Element } from 'domhandler';
import { removeElement, type PageText } from './text-blocks.ts';

/**
 * Unlinked text (non-space characters) an offer's box holds at most: a
 * heading and a sentence. The offers measured on the eval suites hold 50
 * to 120; at 300 a box of a story's facts with a "Read more" button went
 * too, and so did a shoe's card with its pros and cons.
 */
const MAX_OFFER_CHARS = 150;

/** A paragraph of the story is at least this long (non-space characters), as in content-tail.ts. */
const MIN_PARAGRAPH_CHARS = 80;

/** Elements that make a box. */
const BOXES: ReadonlySet<string> = new Set(['div', 'section', 'aside']);

/** `buttons` from findLinkButtons (content-buttons.ts), before they go: they are how an offer is known. */
export function removeOfferBoxes(buttons: readonly Element[], root: Element, text: PageText): void {
  for (const button of buttons) {
    const box = offerBox(button, root, text);
    if (box && isParagraph(previousElement(box), text)) removeElement(box, text);
  }
}

/** The largest box around the button, below the content's root, that holds no more than an offer's text. */
function offerBox(button: Element, root: Element, text: PageText): Element | null {
  let box: Element | null = null;
  for (let up = button.parent; up && isTag(up) && up !== root; up = up.parent) {
    const count = text.totals.get(up);
    if (count && count.chars - count.linkChars > MAX_OFFER_CHARS) break;
    if (BOXES.has(up.name)) box = up;
  }
  return box;
}

function previousElement(element: Element): Element | null {
  let node = element.prev;
  while (node && !isTag(node)) node = node.prev;
  return node && isTag(node) ? node : null;
}

function isParagraph(element: Element | null, text: PageText): boolean {
  return element !== null && element.name === 'p' && (text.totals.get(element)?.chars ?? 0) >= MIN_PARAGRAPH_CHARS;
}
