/**
 * How much text a page holds, and where: every run of text is credited to the
 * nearest block element around it (its "text block": a <p>, or a <div> with
 * text directly inside), and totals are summed up the tree once. Later steps
 * look figures up here instead of recounting text, which is what makes
 * scoring linear in the size of the page.
 */
import { isTag, isText, type AnyNode, type Element, type ParentNode, type Text } from 'domhandler';
import { detach, elementsInOrder } from '../html/dom-walk.ts';
import { isBlockElement } from '../html/html-tags.ts';

export interface TextCount {
  /** Characters other than whitespace. */
  chars: number;
  /** Of those, the ones inside links. */
  linkChars: number;
  /** Commas of any script: a sign of sentences rather than labels. */
  commas: number;
}

export interface PageText {
  /** Text directly inside each block element (through inline elements, not through other blocks). */
  blocks: Map<Element, TextCount>;
  /** All text under each element that holds any. */
  totals: Map<Element, TextCount>;
  /** Every element in document order, as measured (later steps may detach some; they leave `totals`). */
  order: Element[];
}

/**
 * Elements whose content is never text a reader sees. A MathML formula is
 * seen, as its symbols; its annotations (TeX source and the like) are not.
 */
const INVISIBLE_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'svg', 'annotation', 'annotation-xml',
  'iframe', 'object', 'embed', 'canvas', 'select', 'option', 'textarea', 'button',
]);

/**
 * Inline ancestors climbed to find a text's block. Real pages nest a few;
 * a hostile page nests thousands, and the cap keeps the count linear.
 */
const MAX_INLINE_CLIMB = 32;

/** The commas of several scripts (, ، 、 ， ﹐ ٫), as code units: countText looks at every character of a page. */
const COMMAS = new Set([0x2c, 0x60c, 0x3001, 0xff0c, 0xfe50, 0x66b]);

export function measurePageText(root: ParentNode): PageText {
  const blocks = new Map<Element, TextCount>();
  forEachVisibleText(root, (text, parent, underLink) => {
    const count = countText(text.data);
    if (count.chars === 0) return;
    const { block, inLink } = enclosingBlock(parent);
    if (inLink || underLink) count.linkChars = count.chars;
    const entry = blocks.get(block);
    if (entry) addCount(entry, count);
    else blocks.set(block, count);
  });
  const order = elementsInOrder(root);
  return { blocks, totals: sumUp(order, blocks), order };
}

export function isInvisible(element: Element): boolean {
  return INVISIBLE_ELEMENTS.has(element.name);
}

/**
 * Calls `visit` with each visible text, its parent, and whether a link holds
 * it from above its block: a card whose headline and summary sit inside one
 * <a> is a link however many blocks it has.
 */
function forEachVisibleText(root: ParentNode, visit: (text: Text, parent: Element, underLink: boolean) => void): void {
  // Two stacks side by side rather than one of pairs: no object per node of the page.
  const nodes: AnyNode[] = [...root.children];
  const underLinks: boolean[] = nodes.map(() => false);
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const underLink = underLinks.pop()!;
    if (isText(node)) {
      if (node.parent && isTag(node.parent)) visit(node, node.parent, underLink);
    } else if (isTag(node) && !INVISIBLE_ELEMENTS.has(node.name)) {
      const childrenUnderLink = underLink || isLink(node);
      for (const child of node.children) {
        nodes.push(child);
        underLinks.push(childrenUnderLink);
      }
    }
  }
}

/**
 * An <a> without href is an anchor or a placeholder, not a link: a reader
 * cannot follow it. Nor can a reader follow a `javascript:` href, which runs a
 * script (a pop-up note, a toggle) on the source page: its text is the
 * sentence's, and the sanitiser keeps it as plain text.
 */
function isLink(element: Element): boolean {
  const href = element.attribs['href'];
  return element.name === 'a' && href !== undefined && !SCRIPT_HREF.test(href.trimStart());
}

/** Schemes are case-insensitive (RFC 3986, 3.1). */
const SCRIPT_HREF = /^javascript:/iu;

/** The block a text belongs to, and whether a link lies between them. */
function enclosingBlock(parent: Element): { block: Element; inLink: boolean } {
  let element = parent;
  let inLink = false;
  for (let climbed = 0; climbed < MAX_INLINE_CLIMB; climbed++) {
    if (isLink(element)) inLink = true;
    if (isBlockElement(element.name) || element.name === 'body' || element.name === 'form') break;
    const up = element.parent;
    if (!up || !isTag(up)) break;
    element = up;
  }
  return { block: element, inLink };
}

export function countText(data: string): TextCount {
  let chars = 0;
  let commas = 0;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    // Space, tab, line breaks and no-break space: the whitespace that HTML text is padded with.
    if (code === 32 || (code >= 9 && code <= 13) || code === 160) continue;
    chars += code >= CJK_START ? cjkWeight(code) : 1;
    // Below U+060C only the ASCII comma is one; the set is looked up for the rest.
    if (code < 0x60c ? code === 0x2c : COMMAS.has(code)) commas++;
  }
  return { chars, linkChars: 0, commas };
}

/**
 * Chinese and Japanese write a word in a character or two, Korean in a
 * syllable block or two, where alphabets take about five letters: such
 * characters count for more, so that the same amount of prose scores alike
 * in every script.
 */
const CJK_START = 0x3040;
const HAN_KANA_WEIGHT = 3;
const HANGUL_WEIGHT = 2;

function cjkWeight(code: number): number {
  if (code <= 0x30ff || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) return HAN_KANA_WEIGHT;
  if (code >= 0xac00 && code <= 0xd7af) return HANGUL_WEIGHT;
  return 1;
}

function addCount(into: TextCount, count: TextCount): void {
  into.chars += count.chars;
  into.linkChars += count.linkChars;
  into.commas += count.commas;
}

/** Totals bottom-up: in reverse document order every element comes after its descendants. */
function sumUp(elements: readonly Element[], blocks: ReadonlyMap<Element, TextCount>): Map<Element, TextCount> {
  const totals = new Map<Element, TextCount>();
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i]!;
    const own = blocks.get(element);
    const total = totals.get(element) ?? (own ? { chars: 0, linkChars: 0, commas: 0 } : null);
    if (!total) continue;
    if (own) addCount(total, own);
    if (!totals.has(element)) totals.set(element, total);
    const parent = element.parent;
    if (parent && isTag(parent)) {
      const parentTotal = totals.get(parent);
      if (parentTotal) addCount(parentTotal, total);
      else totals.set(parent, { ...total });
    }
  }
  return totals;
}

export const EMPTY_COUNT: Readonly<TextCount> = Object.freeze({ chars: 0, linkChars: 0, commas: 0 });

/** Share of an element's text that sits in links. */
export function linkDensity(count: TextCount): number {
  return count.chars === 0 ? 0 : count.linkChars / count.chars;
}

/** Takes an element out of the tree and its text out of the counts, so later steps see the page without it. */
export function removeElement(element: Element, text: PageText): void {
  forget(element, text);
  detach(element);
}

/** Drops a removed element's counts: from its ancestors' totals, and its own blocks from the maps. */
function forget(element: Element, text: PageText): void {
  const removed = text.totals.get(element);
  if (removed) {
    for (let up = element.parent; up && isTag(up); up = up.parent) {
      const total = text.totals.get(up);
      if (!total) break;
      total.chars -= removed.chars;
      total.linkChars -= removed.linkChars;
      total.commas -= removed.commas;
    }
  }
  const stack: AnyNode[] = [element];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isTag(node) || !text.totals.has(node)) continue;
    text.totals.delete(node);
    text.blocks.delete(node);
    for (const child of node.children) stack.push(child);
  }
}
