/**
 * What the page shows around the story and the article already holds as
 * fields: the headline, the byline and date line, the lead image. They are
 * taken out of the body, so the site does not print them twice.
 */
import { isTag, type Element } from 'domhandler';
import type { Block, Figure } from '../article.ts';
import { isBlockElement } from '../html/html-tags.ts';
import { inlinesToText } from '../html/inline-normalize.ts';
import type { PageMetadata } from './page-metadata.ts';
import { STANDFIRST_NAME, nameParts } from '../content/boilerplate-patterns.ts';
import { textOf } from '../html/dom-walk.ts';
import { sameImage, takeLeadImage } from './lead-image.ts';
import { EMPTY_COUNT, linkDensity, removeElement, type PageText } from '../content/text-blocks.ts';
import { comparisonKey, normalizeText } from '../../text/normalize.ts';

/**
 * A byline or date element goes with the block around it when that block
 * holds little else (non-space characters): a "By" or "Updated:" label, a
 * separator. More than that, and the element sits inside prose.
 */
const MAX_LABEL_AROUND_CHARS = 30;

/** A headline element longer than this is not a headline; it is left alone. */
const MAX_HEADLINE_CHARS = 400;

/** The headline is looked for among the body's first few blocks only: later, the same words are the story's. */
const HEADLINE_SEARCH_BLOCKS = 3;

/** The lead image is a figure among the first few blocks, before the story is under way. */
const LEAD_IMAGE_SEARCH_BLOCKS = 3;

/** A dek is a line or two: shorter is a label, longer is the story's opening. */
const MIN_STANDFIRST_CHARS = 30;
const MAX_STANDFIRST_CHARS = 400;

/**
 * Paragraph text (non-space characters) after the headline past which the
 * story is under way and no dek is looked for: room for a date or byline set
 * as a paragraph, not for a paragraph of the story.
 */
const MAX_PROSE_BEFORE_DEK = 100;

/** Inline ancestors climbed to find an element's block; bylines sit a few spans deep. */
const MAX_CLIMB = 8;

export interface TakenFromPage {
  /** The dek the page shows under its headline, as one line. */
  standfirst: string | null;
  /** The figure that shows the metadata's image, with its caption and credit. */
  leadImage: Figure | null;
}

/**
 * Takes the page's headline, byline, date, dek and lead image out of the
 * tree, before scoring: they are fields of the article, and as text they
 * would end up at the top of the body or be lost with the page's header.
 */
export function takeMetadataElements(metadata: PageMetadata, text: PageText, baseUrl: string | null): TakenFromPage {
  const headline = metadata.headlineElement;
  if (headline && (text.totals.get(headline) ?? EMPTY_COUNT).chars <= MAX_HEADLINE_CHARS) removeElement(headline, text);
  for (const element of metadata.bylineElements) {
    const block = labelBlock(element, text);
    if (block) removeElement(block, text);
  }
  const imageUrl = metadata.image?.url;
  return { standfirst: takeStandfirst(text, headline), leadImage: imageUrl ? takeLeadImage(imageUrl, text, baseUrl) : null };
}

/**
 * The first element named as a dek, if it holds a line or two of unlinked
 * text and comes before the story's prose. A dek stands under the headline;
 * a "summary" met after paragraphs of the story is part of it (a box that
 * sums up a section, a recipe card's description) or of another story (a
 * related post's excerpt), and stays where it is.
 */
function takeStandfirst(text: PageText, headline: Element | null): string | null {
  const headlineAt = headline ? text.order.indexOf(headline) : -1;
  let prose = 0;
  let element: Element | undefined;
  for (let i = headlineAt + 1; i < text.order.length && prose <= MAX_PROSE_BEFORE_DEK; i++) {
    const candidate = text.order[i]!;
    if (candidate.name === 'p') prose += text.blocks.get(candidate)?.chars ?? 0;
    if (isStandfirstCandidate(candidate, text)) {
      element = candidate;
      break;
    }
  }
  if (!element) return null;
  const line = normalizeText(textOf(element));
  removeElement(element, text);
  return line || null;
}

function isStandfirstCandidate(candidate: Element, text: PageText): boolean {
  const count = text.totals.get(candidate);
  if (!count || count.chars < MIN_STANDFIRST_CHARS || count.chars > MAX_STANDFIRST_CHARS || linkDensity(count) > 0) return false;
  const parts = nameParts(candidate);
  return parts !== '' && STANDFIRST_NAME.test(parts);
}

/** The element, or the block around it when that block is only the element and a label. */
function labelBlock(element: Element, text: PageText): Element | null {
  const own = (text.totals.get(element) ?? EMPTY_COUNT).chars;
  let current = element;
  for (let climbed = 0; climbed < MAX_CLIMB && !isBlockElement(current.name); climbed++) {
    const up = current.parent;
    if (!up || !isTag(up)) break;
    current = up;
  }
  const around = (text.totals.get(current) ?? EMPTY_COUNT).chars;
  return around - own <= MAX_LABEL_AROUND_CHARS ? current : element;
}

export interface BodyWithoutMetadata {
  blocks: Block[];
  image: Figure | null;
}

/**
 * The body without a repeat of the headline; the article's image is the lead
 * figure taken from the page, else a figure opening the body (taken out of
 * it), else the metadata's image.
 */
export function withoutMetadataRepeats(blocks: Block[], metadata: PageMetadata, leadImage: Figure | null): BodyWithoutMetadata {
  const body = withoutHeadline(blocks, metadata.headline);
  if (leadImage) return { blocks: body, image: withMetadataCaption(leadImage, metadata) };
  const leadIndex = body.slice(0, LEAD_IMAGE_SEARCH_BLOCKS).findIndex((block) => block.type === 'figure');
  const lead = leadIndex >= 0 ? (body[leadIndex] as Figure) : null;
  if (lead && isBeforeText(body, leadIndex) && (!metadata.image || sameImage(lead.src, metadata.image.url))) {
    return { blocks: body.filter((_, index) => index !== leadIndex), image: withMetadataCaption(lead, metadata) };
  }
  return { blocks: body, image: metadataFigure(metadata) };
}

/** The page's caption and credit, or the metadata's where the page shows none. */
function withMetadataCaption(figure: Figure, metadata: PageMetadata): Figure {
  const image = metadata.image;
  if (!image) return figure;
  const caption = figure.caption.length > 0 || !image.caption ? figure.caption : [{ kind: 'text' as const, text: image.caption }];
  return { ...figure, caption, credit: figure.credit ?? image.credit, alt: figure.alt || (image.alt ?? '') };
}

function withoutHeadline(blocks: Block[], headline: string | null): Block[] {
  if (!headline) return blocks;
  const key = comparisonKey(headline);
  const index = blocks.slice(0, HEADLINE_SEARCH_BLOCKS).findIndex(
    (block) => block.type === 'heading' && comparisonKey(inlinesToText(block.content)) === key,
  );
  return index < 0 ? blocks : blocks.filter((_, i) => i !== index);
}

/** Only a figure that comes before the first paragraph leads the story. */
function isBeforeText(blocks: Block[], index: number): boolean {
  return blocks.slice(0, index).every((block) => block.type === 'figure' || block.type === 'heading');
}

function metadataFigure(metadata: PageMetadata): Figure | null {
  const image = metadata.image;
  if (!image) return null;
  const caption = image.caption ? [{ kind: 'text' as const, text: image.caption }] : [];
  return { type: 'figure', src: image.url, alt: image.alt ?? '', caption, credit: image.credit };
}
