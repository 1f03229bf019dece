/**
 * A list block's items with their places, and the same list as a tree: the
 * two ways a list is written out, as plain text (a line per item, nested
 * items indented) and as HTML (lists inside items).
 */
import type { Block, Inline, ListItemPlace } from './article.ts';

export type ListBlock = Extract<Block, { type: 'list' }>;

/** Each item's place: the stored ones, or those of a flat list counting up from its start. */
export function listItemPlaces(list: ListBlock): ListItemPlace[] {
  if (list.places && list.places.length === list.items.length) return list.places;
  const start = list.start ?? 1;
  return list.items.map((_, i) => ({ depth: 0, number: list.ordered ? start + i : null }));
}

export interface ListTreeItem {
  content: Inline[];
  /** The number the reader sees; null in an unordered list or for an item made up to hold a nested list. */
  number: number | null;
  lists: ListTree[];
}

export interface ListTree {
  ordered: boolean;
  items: ListTreeItem[];
}

/**
 * The lists as HTML nests them. A run of items at one depth is one list while
 * they are all numbered or all not; a nested list whose item had no text of its
 * own (`<li><ul>…</ul></li>`) hangs from an empty item, as the page showed it.
 */
export function listTrees(list: ListBlock): ListTree[] {
  const places = listItemPlaces(list);
  const roots: ListTree[] = [];
  /** open[d]: the list being filled at depth d. */
  const open: ListTree[] = [];
  const listAt = (depth: number, ordered: boolean): ListTree => {
    const current = open[depth];
    if (current && current.ordered === ordered) return current;
    const fresh: ListTree = { ordered, items: [] };
    if (depth === 0) roots.push(fresh);
    else parentItem(depth).lists.push(fresh);
    open[depth] = fresh;
    open.length = depth + 1;
    return fresh;
  };
  const parentItem = (depth: number): ListTreeItem => {
    const parent = open[depth - 1] ?? listAt(depth - 1, depth - 1 === 0 && list.ordered);
    const last = parent.items.at(-1);
    if (last) return last;
    const empty: ListTreeItem = { content: [], number: null, lists: [] };
    parent.items.push(empty);
    return empty;
  };
  list.items.forEach((content, i) => {
    const { depth, number } = places[i]!;
    if (open.length > depth + 1) open.length = depth + 1;
    listAt(depth, number !== null).items.push({ content, number, lists: [] });
  });
  return roots;
}

/**
 * The numbers HTML writes for a list: the ordered list's start (its first
 * item's number), and for each item the number it carries (`<li value>`) when
 * that is not one up from the item before; undefined where counting gives it.
 */
export function listNumbers(list: ListTree): { start: number; values: Array<number | undefined> } {
  const start = list.items[0]?.number ?? 1;
  let expected = start;
  const values = list.items.map((item) => {
    const value = item.number !== null && item.number !== expected ? item.number : undefined;
    expected = (item.number ?? expected) + 1;
    return value;
  });
  return { start, values };
}
