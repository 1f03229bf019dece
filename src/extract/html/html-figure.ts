/**
 * Images to figures: <img>, <figure> with its <figcaption>, and the older
 * WordPress caption markup (div.wp-caption > img + p.wp-caption-text).
 */
import { isTag, type AnyNode, type Element } from 'domhandler';
import type { Figure } from '../article.ts';
import { hasClass, isRemoved } from './html-tags.ts';
import { MAX_NESTING_DEPTH, inlinesFromNodes } from './html-inline.ts';
import { imageSource, isEmojiImage, isTrackingPixel } from './image-source.ts';
import { inlinesToText, normalizeInlines } from './inline-normalize.ts';
import { normalizeText } from '../../text/normalize.ts';

/** A figure for a lone <img>, or null for a beacon, an emoji or an image with no usable URL. */
export function figureFromImage(img: Element, baseUrl: string | null): Figure | null {
  if (isTrackingPixel(img) || isEmojiImage(img)) return null;
  const src = imageSource(img, baseUrl);
  if (!src) return null;
  return { type: 'figure', src, alt: normalizeText(img.attribs['alt'] ?? ''), caption: [], credit: null };
}

/**
 * A figure for a <figure> (or a caption wrapper): its first usable image with
 * the caption and credit. Null when it holds no usable image; the caller then
 * treats its other content as ordinary blocks.
 */
export function figureFromElement(element: Element, baseUrl: string | null): Figure | null {
  const image = findFirst(element.children, (el) => el.name === 'img' && figureFromImage(el, baseUrl) !== null);
  const figure = image && figureFromImage(image, baseUrl);
  if (!figure) return null;
  const captionElement = findFirst(element.children, isCaptionElement);
  const creditElement = findFirst(element.children, (el) => el !== captionElement && isCreditElement(el));
  const skip = new Set(creditElement ? [creditElement] : []);
  if (captionElement) {
    figure.caption = normalizeInlines(inlinesFromNodes(captionElement.children, { baseUrl, images: null, depth: 0, skip }));
  }
  if (creditElement) {
    const credit = normalizeText(inlinesToText(inlinesFromNodes(creditElement.children, { baseUrl, images: null, depth: 0 })));
    figure.credit = credit || null;
  }
  return figure;
}

/** div.wp-caption and similar: a box that holds an image and its caption, made before <figure> existed. */
export function isCaptionBox(element: Element): boolean {
  return element.name === 'div' && hasClass(element, (name) => name === 'wp-caption');
}

/**
 * A figure's caption or its credit line: what describes the picture rather
 * than being the figure's content. When the picture itself cannot be shown
 * (a lazy loader's placeholder with no real URL, an embedded video), these
 * go with it.
 */
export function isCaptionOrCredit(element: Element): boolean {
  return isCaptionElement(element) || isCreditElement(element);
}

function isCaptionElement(element: Element): boolean {
  return element.name === 'figcaption' || hasClass(element, (name) => name === 'wp-caption-text');
}

/** <small> inside a caption, or anything with a class naming a credit (credit, photo-credit, image__credit). */
function isCreditElement(element: Element): boolean {
  if (hasClass(element, (name) => name.includes('credit'))) return true;
  return element.name === 'small' && element.parent !== null && isTag(element.parent) && isCaptionElement(element.parent);
}

/** Depth-first search that does not enter removed elements (an <img> inside <noscript> is not shown). */
function findFirst(nodes: readonly AnyNode[], test: (element: Element) => boolean, depth = 0): Element | null {
  if (depth > MAX_NESTING_DEPTH) return null;
  for (const node of nodes) {
    if (!isTag(node) || isRemoved(node)) continue;
    if (test(node)) return node;
    const found = findFirst(node.children, test, depth + 1);
    if (found) return found;
  }
  return null;
}
