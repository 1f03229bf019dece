/**
 * DOM nodes to inline content. Formatting that carries meaning is kept (em,
 * strong, code, sub, sup, links with a safe href); other inline elements give
 * up their text only. Block elements met inside inline content (a <p> inside
 * an <li>) become line breaks, and images are handed back to the caller to
 * place as figures after the block.
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { Inline } from '../article.ts';
import { FORMATTING_ELEMENTS, isBlockElement, isLineBreak, isRemoved } from './html-tags.ts';
import { isEmojiImage } from './image-source.ts';
import { safeLinkUrl } from './safe-url.ts';

/**
 * Deeper content is dropped: no real article nests this deep, and walking a
 * hostile document of a million nested tags would exhaust the stack.
 */
export const MAX_NESTING_DEPTH = 200;

export interface InlineOptions {
  baseUrl: string | null;
  /** Images (<img>, <figure>) found inside the content; null to discard them. */
  images: Element[] | null;
  depth: number;
  /** A link inside a link is unwrapped: the outer one wins, as browsers do. */
  insideLink?: boolean;
  /** Elements to leave out (a figure's credit line, a quote's attribution). */
  skip?: ReadonlySet<Element>;
}

export function inlinesFromNodes(nodes: readonly AnyNode[], options: InlineOptions): Inline[] {
  return collectNodes(nodes, options, options.depth);
}

/**
 * The walk carries the depth as an argument instead of copying the options
 * for every element it enters: `options.depth` is only where it starts.
 */
function collectNodes(nodes: readonly AnyNode[], options: InlineOptions, depth: number): Inline[] {
  const out: Inline[] = [];
  appendNodes(out, nodes, options, depth);
  return out;
}

/**
 * Appends the nodes' inline content to `out`. The whole walk writes into one
 * array; formatting and links start a new one for their children.
 */
function appendNodes(out: Inline[], nodes: readonly AnyNode[], options: InlineOptions, depth: number): void {
  if (depth > MAX_NESTING_DEPTH) return;
  for (const node of nodes) appendNode(out, node, options, depth + 1);
}

function appendNode(out: Inline[], node: AnyNode, options: InlineOptions, depth: number): void {
  if (isText(node)) {
    out.push({ kind: 'text', text: node.data });
    return;
  }
  if (!isTag(node) || isRemoved(node) || options.skip?.has(node)) return;
  const name = node.name;
  const formatting = FORMATTING_ELEMENTS.get(name);
  if (isLineBreak(node)) out.push({ kind: 'break' });
  else if (name === 'img') appendImage(out, node, options);
  else if (name === 'figure') options.images?.push(node);
  else if (name === 'a') appendLink(out, node, options, depth);
  else if (formatting) out.push({ kind: formatting, children: collectNodes(node.children, options, depth) });
  else if (isBlockElement(name)) {
    // A block inside inline content is set off by line breaks; normalising drops extra ones.
    out.push({ kind: 'break' });
    appendNodes(out, node.children, options, depth);
    out.push({ kind: 'break' });
  } else appendNodes(out, node.children, options, depth);
}

function appendImage(out: Inline[], img: Element, options: InlineOptions): void {
  if (isEmojiImage(img)) out.push({ kind: 'text', text: img.attribs['alt'] ?? '' });
  else options.images?.push(img);
}

/** A link without a safe href is unwrapped: its content joins the surrounding content. */
function appendLink(out: Inline[], link: Element, options: InlineOptions, depth: number): void {
  const href = options.insideLink ? null : safeLinkUrl(link.attribs['href'], options.baseUrl);
  const inside = { ...options, insideLink: true };
  if (href) out.push({ kind: 'link', href, children: collectNodes(link.children, inside, depth) });
  else appendNodes(out, link.children, inside, depth);
}
