/**
 * Walks over a parsed page without recursion: a hostile page may nest
 * elements 100,000 deep, and a recursive walk would exhaust the stack. One
 * list in document order serves every later step: reading it backwards visits
 * children before their parents, which is how text lengths are summed once.
 */
import { isTag, isText, type AnyNode, type Element, type ParentNode } from 'domhandler';

/** Every element under the root, in document order (parents before their children). */
export function elementsInOrder(root: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isTag(node)) continue;
    out.push(node);
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** The text under a node, without recursion. */
export function textOf(root: AnyNode): string {
  if (isText(root)) return root.data;
  if (!isTag(root)) return '';
  let text = '';
  const stack: AnyNode[] = [...root.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isText(node)) text += node.data;
    else if (isTag(node)) {
      const children = node.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return text;
}

/** The nearest element before the node among its siblings (text and comments skipped), or null. */
export function previousElement(node: AnyNode): Element | null {
  for (let sibling = node.prev; sibling; sibling = sibling.prev) {
    if (isTag(sibling)) return sibling;
  }
  return null;
}

/** Takes the node out of the tree. */
export function detach(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const index = parent.children.indexOf(node);
  if (index >= 0) parent.children.splice(index, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/** The elements that make a box around other content, as the cleaning rules mean it. */
export const BOX_ELEMENTS: ReadonlySet<string> = new Set(['div', 'section', 'aside']);

/**
 * The outermost box (BOX_ELEMENTS) among the ancestors of `element` below
 * `root`, climbing only while each ancestor `fits`; null when none does.
 */
export function largestBoxAround(element: Element, root: Element, fits: (ancestor: Element) => boolean): Element | null {
  let box: Element | null = null;
  for (let up = element.parent; up && isTag(up) && up !== root && fits(up); up = up.parent) {
    if (BOX_ELEMENTS.has(up.name)) box = up;
  }
  return box;
}
