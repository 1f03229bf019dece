/**
 * <ul>/<ol> to a list block. Nested lists are flattened: their items follow
 * the item they were nested in, which keeps every line of text in reading
 * order without a nesting level the block types do not have.
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { Block, Inline } from '../article.ts';
import { LIST_ELEMENTS, isRemoved } from './html-tags.ts';
import { inlinesFromNodes, MAX_NESTING_DEPTH, type InlineOptions } from './html-inline.ts';
import { hasText, normalizeInlines } from './inline-normalize.ts';

/** The list block (null when no item has text); images found inside are pushed to `images`. */
export function listFromElement(list: Element, baseUrl: string | null, images: Element[]): Block | null {
  const options: InlineOptions = { baseUrl, images, depth: 0 };
  const items = collectItems(list, options, 0).filter(hasText);
  if (items.length === 0) return null;
  const ordered = list.name === 'ol';
  const start = ordered ? startOf(list) : 1;
  return start === 1 ? { type: 'list', ordered, items } : { type: 'list', ordered, items, start };
}

/** Bounds on `<ol start>`: a list numbered beyond these is a broken attribute, not a list a reader counts. */
const MAX_LIST_START = 1_000_000;

/** An ordered list's first number as the browser takes it from `start` (an integer; anything else counts from 1). */
function startOf(list: Element): number {
  const value = (list.attribs['start'] ?? '').trim();
  if (!/^[+-]?\d+$/u.test(value)) return 1;
  const start = Number(value);
  return Math.abs(start) <= MAX_LIST_START ? start : 1;
}

function collectItems(list: Element, options: InlineOptions, depth: number): Inline[][] {
  if (depth > MAX_NESTING_DEPTH) return [];
  const items: Inline[][] = [];
  for (const child of list.children) {
    if (isText(child)) {
      if (child.data.trim() !== '') items.push(normalizeInlines([{ kind: 'text', text: child.data }]));
    } else if (isTag(child) && !isRemoved(child)) {
      if (LIST_ELEMENTS.has(child.name)) {
        items.push(...collectItems(child, options, depth + 1));
      } else {
        items.push(...itemWithNestedLists(child, options, depth));
      }
    }
  }
  return items;
}

/** One <li>: its own text first, then the items of any list directly inside it. */
function itemWithNestedLists(item: Element, options: InlineOptions, depth: number): Inline[][] {
  const isNestedList = (node: AnyNode): node is Element => isTag(node) && LIST_ELEMENTS.has(node.name);
  const own = normalizeInlines(inlinesFromNodes(item.children.filter((node) => !isNestedList(node)), options));
  const nested = item.children.filter(isNestedList).flatMap((list) => collectItems(list, options, depth + 1));
  return [own, ...nested];
}
