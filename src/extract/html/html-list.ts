/**
 * <ul>/<ol> to a list block. The items of nested lists follow the item they
 * are nested in, so every line of text stays in reading order, and each item
 * keeps its place: how deep it sits and the number the reader sees, counted
 * within its own list (`<ol><li>Step<ul><li>note</li></ul></li><li>Step</li></ol>`
 * shows "1.", the note unnumbered, then "2.").
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { Block, Inline, ListItemPlace } from '../article.ts';
import { LIST_ELEMENTS, isRemoved } from './html-tags.ts';
import { inlinesFromNodes, MAX_NESTING_DEPTH, type InlineOptions } from './html-inline.ts';
import { hasText, normalizeInlines } from './inline-normalize.ts';

interface ListEntry extends ListItemPlace {
  content: Inline[];
}

/** The list block (null when no item has text); images found inside are pushed to `images`. */
export function listFromElement(list: Element, baseUrl: string | null, images: Element[]): Block | null {
  const options: InlineOptions = { baseUrl, images, depth: 0 };
  const entries: ListEntry[] = [];
  collectEntries(list, options, 0, entries);
  const kept = entries.filter((entry) => hasText(entry.content));
  if (kept.length === 0) return null;
  const ordered = list.name === 'ol';
  // The number the reader sees first: an item with no text (`<ol><li></li><li>Two`) is not kept, so the
  // list starts at the next one's number, written as a start rather than as places.
  const first = kept[0]!;
  const start = ordered ? (first.depth === 0 && first.number !== null ? first.number : startOf(list)) : 1;
  const items = kept.map((entry) => entry.content);
  const block: Block = start === 1 ? { type: 'list', ordered, items } : { type: 'list', ordered, items, start };
  const flat = kept.every((entry, i) => entry.depth === 0 && entry.number === (ordered ? start + i : null));
  return flat ? block : { ...block, places: kept.map(({ depth, number }) => ({ depth, number })) };
}

/** Bounds on `<ol start>` and `<li value>`: a list numbered beyond these is a broken attribute, not a list a reader counts. */
const MAX_LIST_NUMBER = 1_000_000;

/** An integer attribute as the browser takes it (`<ol start>`, `<li value>`), or null when it is not one. */
function integerAttribute(element: Element, name: string): number | null {
  const value = (element.attribs[name] ?? '').trim();
  if (!/^[+-]?\d+$/u.test(value)) return null;
  const number = Number(value);
  return Math.abs(number) <= MAX_LIST_NUMBER ? number : null;
}

/** An ordered list's first number (`start`; anything but an integer counts from 1). */
function startOf(list: Element): number {
  return integerAttribute(list, 'start') ?? 1;
}

/**
 * The list's items in reading order. Every child of an ordered list that is an
 * item is numbered, an `<li value>` resetting the count as in HTML's ordinal
 * values; a list met directly inside a list, or inside an item, is one level deeper.
 */
function collectEntries(list: Element, options: InlineOptions, depth: number, out: ListEntry[]): void {
  if (depth > MAX_NESTING_DEPTH) return;
  const ordered = list.name === 'ol';
  let next = startOf(list);
  const numberOf = (item: Element | null): number | null => {
    if (!ordered) return null;
    const number = (item && item.name === 'li' ? integerAttribute(item, 'value') : null) ?? next;
    next = number + 1;
    return number;
  };
  for (const child of list.children) {
    if (isText(child)) {
      if (child.data.trim() !== '') out.push({ content: normalizeInlines([{ kind: 'text', text: child.data }]), depth, number: numberOf(null) });
    } else if (isTag(child) && !isRemoved(child)) {
      if (LIST_ELEMENTS.has(child.name)) {
        collectEntries(child, options, depth + 1, out);
      } else {
        const own = normalizeInlines(inlinesFromNodes(child.children.filter((node) => !isNestedList(node)), options));
        out.push({ content: own, depth, number: numberOf(child) });
        for (const nested of child.children.filter(isNestedList)) collectEntries(nested, options, depth + 1, out);
      }
    }
  }
}

function isNestedList(node: AnyNode): node is Element {
  return isTag(node) && LIST_ELEMENTS.has(node.name) && !isRemoved(node);
}
