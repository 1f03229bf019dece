/**
 * Links dressed as buttons inside the chosen content: "Find out more",
 * "Get the recipe", "See it at …", a cross-reference set as a button
 * between paragraphs. Such a link is a control of the page, not a phrase
 * of the story. The class says "button" (BUTTON_NAME); the text must also
 * be a link, because a toggle over a collapsible section is named so too
 * and holds the section's heading; and the button must stand alone, because
 * a link inside a sentence is part of it whatever its class.
 */
import { isTag, type Element } from 'domhandler';
import { BUTTON_NAME, nameParts } from './boilerplate-patterns.ts';
import { detach, elementsInOrder, textOf } from '../html/dom-walk.ts';
import { isBlockElement } from '../html/html-tags.ts';
import { countText, type PageText } from './text-blocks.ts';

/** A button's label is a few words (non-space characters); a longer text is a teaser or a paragraph. */
const MAX_BUTTON_CHARS = 100;

/** A button is a link when nearly all of its label is linked text. */
const MIN_BUTTON_LINK_SHARE = 0.9;

/** Text around an inline element (non-space characters) that makes its block a sentence: about five words. */
const MIN_SENTENCE_CHARS = 25;

/** Inline elements nest a few deep inside their block; further up the search is not worth it. */
const MAX_INLINE_CLIMB = 8;

/** The links dressed as buttons that stand alone in the content, outside any sentence, in document order. */
export function findLinkButtons(root: Element, text: PageText): Element[] {
  return elementsInOrder(root).filter((element) => isLinkButton(element, text));
}

/**
 * Detaches the buttons without updating the page's counts, which hold no
 * figure for an inline element: call it after every step that reads them.
 */
export function removeLinkButtons(buttons: readonly Element[]): void {
  for (const button of buttons) detach(button);
}

function isLinkButton(element: Element, text: PageText): boolean {
  if (!BUTTON_NAME.test(nameParts(element))) return false;
  const chars = countText(textOf(element)).chars;
  if (chars === 0 || chars > MAX_BUTTON_CHARS || isInSentence(element, chars, text)) return false;
  return linkedChars(element) >= MIN_BUTTON_LINK_SHARE * chars;
}

/**
 * Only the text of the button's own block counts (its inline text, not the
 * blocks nested in it): a card's button sits in the card's box beside its
 * headline and summary, not in a sentence.
 */
function isInSentence(element: Element, chars: number, text: PageText): boolean {
  const block = blockAround(element);
  return block !== null && block !== element && (text.blocks.get(block)?.chars ?? 0) - chars >= MIN_SENTENCE_CHARS;
}

/** The element itself when it is a block, else the block its inline ancestors sit in; null past MAX_INLINE_CLIMB. */
export function blockAround(element: Element): Element | null {
  let block: Element = element;
  for (let climbed = 0; !isBlockElement(block.name); climbed++) {
    const up = block.parent;
    if (climbed === MAX_INLINE_CLIMB || !up || !isTag(up)) return null;
    block = up;
  }
  return block;
}

/** Characters of the element's text that sit in links (the element itself included). */
function linkedChars(element: Element): number {
  if (isLink(element)) return countText(textOf(element)).chars;
  let linked = 0;
  for (const link of elementsInOrder(element)) if (isLink(link)) linked += countText(textOf(link)).chars;
  return linked;
}

function isLink(element: Element): boolean {
  return element.name === 'a' && element.attribs['href'] !== undefined;
}
