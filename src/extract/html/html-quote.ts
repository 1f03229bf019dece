/**
 * <blockquote> to a quote block: its paragraphs, and who is quoted when the
 * markup says so (a <footer>/<cite> inside, or a last line that opens with a
 * dash, as embedded posts do), else the cite attribute's URL.
 */
import { isTag, type AnyNode, type Element } from 'domhandler';
import type { Block, Figure, Inline } from '../article.ts';
import { inlinesFromNodes } from './html-inline.ts';
import { inlinesToText } from './inline-normalize.ts';
import { safeLinkUrl } from './safe-url.ts';
import { normalizeText } from '../../text/normalize.ts';

/** A last line longer than this is part of the quote, not an attribution. */
const MAX_ATTRIBUTION_LENGTH = 120;

/** "— Name", "– Name", "-- Name" */
const DASH_ATTRIBUTION = /^(?:[—–―]|--?)\s*(\S.*)$/su;

export type WalkBlocks = (nodes: readonly AnyNode[]) => Block[];

/**
 * The quote, or null when it has no text, plus the figures found inside it,
 * which the caller places after it (the quote type holds only text).
 */
export function quoteFromElement(
  element: Element,
  baseUrl: string | null,
  walk: WalkBlocks,
): { quote: Block | null; figures: Figure[] } {
  const attributionElement = element.children.find(
    (node): node is Element => isTag(node) && (node.name === 'footer' || node.name === 'cite'),
  );
  const inner = walk(element.children.filter((node) => node !== attributionElement));
  const figures = inner.filter((block): block is Figure => block.type === 'figure');
  const paragraphs = inner.flatMap(paragraphsOf);
  let attribution = attributionElement ? attributionText(attributionElement, baseUrl) : null;
  if (!attribution && paragraphs.length > 1) {
    attribution = dashAttribution(paragraphs.at(-1));
    if (attribution) paragraphs.pop();
  }
  const cite = attribution || safeLinkUrl(element.attribs['cite'], baseUrl);
  const quote: Block | null = paragraphs.length > 0 ? { type: 'quote', paragraphs, cite } : null;
  return { quote, figures };
}

function paragraphsOf(block: Block): Inline[][] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [block.content];
    case 'list':
      return block.items;
    case 'quote':
      return block.paragraphs;
    case 'table':
      // A table quoted inside a quote: each cell's text becomes a line of the quote.
      return block.rows.flatMap((row) => row.map((cell) => cell.content));
    case 'figure':
      return [];
  }
}

function attributionText(element: Element, baseUrl: string | null): string | null {
  const text = normalizeText(inlinesToText(inlinesFromNodes(element.children, { baseUrl, images: null, depth: 0 })));
  return text.replace(DASH_ATTRIBUTION, '$1') || null;
}

function dashAttribution(paragraph: Inline[] | undefined): string | null {
  if (!paragraph) return null;
  const text = normalizeText(inlinesToText(paragraph));
  if (text.length > MAX_ATTRIBUTION_LENGTH) return null;
  return DASH_ATTRIBUTION.exec(text)?.[1] ?? null;
}
