/**
 * DOM nodes to inline content. Formatting that carries meaning is kept (em,
 * strong, code, sub, sup, links with a safe href); other inline elements give
 * up their text only. Block elements met inside inline content (a <p> inside
 * an <li>) become line breaks, and images are handed back to the caller to
 * place as figures after the block.
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { Inline } from './article.ts';
import { FORMATTING_ELEMENTS, isBlockElement, isRemoved } from './html-tags.ts';
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
  if (options.depth > MAX_NESTING_DEPTH) return [];
  const deeper = { ...options, depth: options.depth + 1 };
  return nodes.flatMap((node) => inlinesFromNode(node, deeper));
}

function inlinesFromNode(node: AnyNode, options: InlineOptions): Inline[] {
  if (isText(node)) return [{ kind: 'text', text: node.data }];
  if (!isTag(node) || isRemoved(node) || options.skip?.has(node)) return [];
  const name = node.name;
  if (name === 'br') return [{ kind: 'break' }];
  if (name === 'img') return imageInlines(node, options);
  if (name === 'figure') {
    options.images?.push(node);
    return [];
  }
  if (name === 'a') return linkInlines(node, options);
  const formatting = FORMATTING_ELEMENTS.get(name);
  if (formatting) return [{ kind: formatting, children: inlinesFromNodes(node.children, options) }];
  if (isBlockElement(name)) {
    // A block inside inline content is set off by line breaks; normalising drops extra ones.
    return [{ kind: 'break' }, ...inlinesFromNodes(node.children, options), { kind: 'break' }];
  }
  return inlinesFromNodes(node.children, options);
}

function imageInlines(img: Element, options: InlineOptions): Inline[] {
  if (isEmojiImage(img)) return [{ kind: 'text', text: img.attribs['alt'] ?? '' }];
  options.images?.push(img);
  return [];
}

function linkInlines(link: Element, options: InlineOptions): Inline[] {
  const href = options.insideLink ? null : safeLinkUrl(link.attribs['href'], options.baseUrl);
  const children = inlinesFromNodes(link.children, { ...options, insideLink: true });
  return href ? [{ kind: 'link', href, children }] : children;
}
