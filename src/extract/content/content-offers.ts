/**
 * The site's own offers set in the story: a box after one of its
 * paragraphs (or lists) with a line or two and a button ("Get your kid
 * personalized tutoring sessions … Get FREE demo", "Track all your
 * clients' SEO KPIs in one dashboard · Start your 14-day free trial") or a
 * short link on a line of its own ("Enterprise-grade security for small
 * businesses … Learn more"). A button is the page's control, and a box of
 * a few words around one is an offer, not a part of the story, whose
 * paragraphs come without buttons. The story's own boxes
 * with buttons (product cards in a guide, recipes in a round-up) sit among
 * cards of their kind, not straight after a paragraph, and a box with more
 * than a heading and a sentence is left to the other rules.
 */
import { isTag, type Element } from 'domhandler';
import { BOX_ELEMENTS, elementsInOrder, largestBoxAround, previousElement, textOf } from '../html/dom-walk.ts';
import { isCaptionOrCredit } from '../html/html-figure.ts';
import { blockAround } from './content-buttons.ts';
import { countText, removeElement, type PageText } from './text-blocks.ts';

/**
 * Unlinked text (non-space characters) an offer's box holds at most: a
 * heading and a sentence. The offers measured on the eval suites hold 50
 * to 120; at 300 a box of a story's facts with a "Read more" button went
 * too, and so did a shoe's card with its pros and cons.
 */
const MAX_OFFER_CHARS = 150;

/** A paragraph of the story (or a list) is at least this long (non-space characters), as in content-tail.ts. */
const MIN_PARAGRAPH_CHARS = 80;

const STORY_MATERIAL: ReadonlySet<string> = new Set(['p', 'ul', 'ol']);


/** A call to action's label is a few words (non-space characters): "Learn more", "Calculate your project"; a longer link is a headline. */
const MAX_LINK_LABEL_CHARS = 30;

/** Blocks a link may stand alone in as a control: a box or a paragraph, not a list's item or a table's cell, which lists of links are made of. */
const CONTROL_BLOCKS: ReadonlySet<string> = new Set([...BOX_ELEMENTS, 'p']);

/**
 * `buttons` from findLinkButtons (content-buttons.ts), before they go, and
 * short links set as a line of their own however they are styled: they
 * are how an offer is known. A plain link counts only when it leads to a
 * page of the site itself (`withinSite`): an offer sends the reader to the
 * site's shop, demo or sign-up, while a line of one link to a document or
 * to another site ("Decision (PDF)") is the story pointing at its source.
 */
export function removeOfferBoxes(buttons: readonly Element[], root: Element, text: PageText, withinSite: (href: string) => boolean): void {
  for (const control of [...buttons, ...linesOfOneLink(root, text, withinSite)]) {
    if (control.parent === null) continue;
    const box = offerBox(control, root, text);
    if (box && isStoryMaterial(previousElement(box), text) && !holdsCaptionedPicture(box)) removeElement(box, text);
  }
}

/** Short links that are the whole of their block's own text ("Learn more" under a box's line). */
function linesOfOneLink(root: Element, text: PageText, withinSite: (href: string) => boolean): Element[] {
  return elementsInOrder(root).filter((element) => {
    const href = element.name === 'a' ? element.attribs['href'] : undefined;
    if (href === undefined || !withinSite(href)) return false;
    const chars = countText(textOf(element)).chars;
    if (chars === 0 || chars > MAX_LINK_LABEL_CHARS) return false;
    const block = blockAround(element);
    return block !== null && CONTROL_BLOCKS.has(block.name) && text.blocks.get(block)?.chars === chars;
  });
}

/** The largest box around the button, below the content's root, that holds no more than an offer's text. */
function offerBox(button: Element, root: Element, text: PageText): Element | null {
  return largestBoxAround(button, root, (up) => {
    const count = text.totals.get(up);
    return !count || count.chars - count.linkChars <= MAX_OFFER_CHARS;
  });
}

/**
 * A paragraph of prose, or a list of the story's (a list the story sets out
 * after its paragraph, "costs to rid your network of threats …"); or a box
 * of the story's that ends with one (a page builder's text widget, whose
 * paragraphs the offer follows).
 */
function isStoryMaterial(element: Element | null, text: PageText): boolean {
  let last = element;
  while (last !== null && BOX_ELEMENTS.has(last.name)) last = lastElementChild(last);
  return last !== null && STORY_MATERIAL.has(last.name) && (text.totals.get(last)?.chars ?? 0) >= MIN_PARAGRAPH_CHARS;
}

function lastElementChild(element: Element): Element | null {
  for (let i = element.children.length - 1; i >= 0; i--) {
    const child = element.children[i]!;
    if (isTag(child)) return child;
  }
  return null;
}

/**
 * A picture the page captions (<figure> with <figcaption>, a WordPress
 * caption box) is the story's, whatever link stands beside it ("See all
 * photos"); an offer's banner is a bare image.
 */
function holdsCaptionedPicture(box: Element): boolean {
  return elementsInOrder(box).some(isCaptionOrCredit);
}
