/**
 * The text of an HTML fragment as a reader sees it, for scoring: block
 * elements and line breaks separate text, inline elements do not, and what
 * is never shown (scripts, styles, templates) is left out; an ordered list's
 * items carry the numbers the browser shows ("1. ", from `<ol start>`). Used for
 * Readability's expected.html (the truth of that suite) and for
 * Readability's own output, so both sides are turned into text the same way.
 */
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type ChildNode, type Element } from 'domhandler';

/** Elements whose content is not text a reader sees. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'head']);

/**
 * Elements that start a new line: the HTML block-level and table elements.
 * Without the break, `<li>one</li><li>two</li>` would become the one token
 * "onetwo".
 */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'body', 'html',
]);

const SPACES = /[ \t\r\f\v\u00a0]+/g;
const BLANK_LINES = /\s*\n\s*/g;

export function htmlToText(html: string): string {
  const parts: string[] = [];
  appendText(parseDocument(html, { decodeEntities: true }).children, parts);
  return parts.join('').replace(SPACES, ' ').replace(BLANK_LINES, '\n').trim();
}

/** Iterative walk: deeply nested pages must not overflow the stack. */
function appendText(roots: readonly ChildNode[], parts: string[]): void {
  const numbers = new Map<Element, number>();
  const stack: (ChildNode | string)[] = [...roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
    } else if (isText(node)) {
      parts.push(node.data);
    } else if (isTag(node)) {
      if (HIDDEN_ELEMENTS.has(node.name)) continue;
      const block = BLOCK_ELEMENTS.has(node.name);
      if (block) {
        parts.push('\n');
        stack.push('\n');
      }
      if (node.name === 'ol') numberItems(node, numbers);
      const number = numbers.get(node);
      if (number !== undefined) parts.push(`${number}. `);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
}

/** The number each <li> of an ordered list shows: from `start` (an integer, else 1), one up per item. */
function numberItems(list: Element, numbers: Map<Element, number>): void {
  const start = /^[+-]?\d+$/u.test((list.attribs['start'] ?? '').trim()) ? Number(list.attribs['start']) : 1;
  let next = start;
  for (const child of list.children) if (isTag(child) && child.name === 'li') numbers.set(child, next++);
}
