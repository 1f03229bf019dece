/**
 * Pages built for several screen sizes at once. Some site builders render
 * the story once per layout (phone, tablet, desktop), side by side, and
 * let the style sheet show one of them; read as text, the story comes two
 * or three times. Such copies are sibling elements that hold the same
 * blocks with the same text; the first stays and the others go.
 */
import { isTag, type Element } from 'domhandler';
import { textOf } from '../html/dom-walk.ts';
import { removeElement, type PageText, type TextCount } from './text-blocks.ts';

/**
 * A copy of a layout holds at least a few paragraphs (non-space characters).
 * Shorter siblings repeat by design (labels, buttons, a caption shown twice),
 * and judging them would cost a text comparison each.
 */
const MIN_COPY_CHARS = 500;

/** Looks among the children of every element of the page (`text.order`). */
export function removeLayoutCopies(text: PageText): void {
  for (const element of text.order) {
    // Elements inside a removed copy have no counts left; an element with less text cannot hold two copies.
    const count = text.totals.get(element);
    if (count && count.chars >= 2 * MIN_COPY_CHARS) removeCopiesAmong(element, text);
  }
}

function removeCopiesAmong(parent: Element, text: PageText): void {
  let byCount: Map<string, Element[]> | null = null;
  for (const child of [...parent.children]) {
    if (!isTag(child)) continue;
    const count = text.totals.get(child);
    if (!count || count.chars < MIN_COPY_CHARS || !holdsBlocks(child, count, text)) continue;
    byCount ??= new Map();
    const key = `${count.chars}/${count.linkChars}/${count.commas}`;
    const earlier = byCount.get(key);
    if (!earlier) {
      byCount.set(key, [child]);
      continue;
    }
    const own = textOf(child);
    if (earlier.some((kept) => textOf(kept) === own)) removeElement(child, text);
    else earlier.push(child);
  }
}

/**
 * A layout wraps blocks; a paragraph that repeats its neighbour word for
 * word (placeholder text, a refrain) is the author's and stays.
 */
function holdsBlocks(element: Element, total: TextCount, text: PageText): boolean {
  return (text.blocks.get(element)?.chars ?? 0) < total.chars;
}
