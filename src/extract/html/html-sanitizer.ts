/**
 * Untrusted HTML from a feed to sanitised blocks. Nothing of the source
 * markup survives as markup: the result is data (see ../article.ts) that holds
 * text, a few kinds of inline formatting, and URLs checked against an
 * allowlist of schemes. Attributes other than those URLs, an image's alt
 * text and a quote's cite are never read, so event handlers, styles and the
 * like cannot come through. Entities are decoded once, by the parser: an
 * escaped `&lt;script&gt;` in the source stays the literal text "<script>".
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { Block } from '../article.ts';
import { BlockWriter } from './block-writer.ts';
import { figureFromElement, figureFromImage, isCaptionBox, isCaptionOrCredit } from './html-figure.ts';
import { MAX_NESTING_DEPTH, inlinesFromNodes } from './html-inline.ts';
import { listFromElement } from './html-list.ts';
import { parseHtml } from '../../text/nesting-limit.ts';
import { quoteFromElement } from './html-quote.ts';
import { tableFromElement } from './html-table.ts';
import { CONTAINER_ELEMENTS, FORMATTING_ELEMENTS, HEADING_LEVELS, LIST_ELEMENTS, isBlockElement, isLineBreak, isRemoved } from './html-tags.ts';
import { hasText, normalizeInlines } from './inline-normalize.ts';
import { usableBaseUrl } from './safe-url.ts';

export interface SanitizeOptions {
  /** URL of the item, to resolve relative links and images; null when unknown (relative URLs are then dropped). */
  baseUrl: string | null;
}

interface WalkContext {
  baseUrl: string | null;
  depth: number;
}

/** Feed content is flattened below the same depth as a page (text/nesting-limit.ts): parsing deeper markup costs time quadratic in its depth. */
export function htmlToBlocks(html: string, options: SanitizeOptions): Block[] {
  const document = parseHtml(html);
  return nodesToBlocks(document.children, options);
}

/** The same for nodes already parsed: the chosen content of a page, say. */
export function nodesToBlocks(nodes: readonly AnyNode[], options: SanitizeOptions): Block[] {
  return walkBlocks(nodes, { baseUrl: usableBaseUrl(options.baseUrl), depth: 0 });
}

function walkBlocks(nodes: readonly AnyNode[], context: WalkContext): Block[] {
  const writer = new BlockWriter();
  for (const node of nodes) visit(node, writer, context);
  writer.endParagraph();
  return writer.blocks;
}

function visit(node: AnyNode, writer: BlockWriter, context: WalkContext): void {
  if (isText(node)) {
    writer.addInlines([{ kind: 'text', text: node.data }]);
    return;
  }
  // Comments, CDATA sections, doctypes and processing instructions carry nothing for a reader.
  if (!isTag(node) || isRemoved(node) || context.depth > MAX_NESTING_DEPTH) return;
  const inner: WalkContext = { ...context, depth: context.depth + 1 };
  const name = node.name;
  if (isLineBreak(node)) writer.addBreak();
  else if (name === 'img') visitImage(node, writer, inner);
  else if (name === 'figure' || isCaptionBox(node)) visitFigure(node, writer, inner);
  else if (HEADING_LEVELS.has(name)) visitHeading(node, writer, inner);
  else if (LIST_ELEMENTS.has(name)) visitList(node, writer, context);
  else if (name === 'blockquote') visitQuote(node, writer, inner);
  else if (name === 'table') visitTable(node, writer, inner);
  else if (CONTAINER_ELEMENTS.has(name)) visitContainer(node, writer, inner);
  else visitInline(node, writer, inner);
}

/** A picture becomes a figure; an emoji stays in the text as its alt text; a beacon vanishes. */
function visitImage(img: Element, writer: BlockWriter, context: WalkContext): void {
  const figure = figureFromImage(img, context.baseUrl);
  if (figure) writer.addBlock(figure);
  else writer.addInlines(inlinesFromNodes([img], { baseUrl: context.baseUrl, images: null, depth: context.depth }));
}

function visitChildren(element: Element, writer: BlockWriter, context: WalkContext): void {
  for (const child of element.children) visit(child, writer, context);
}

function visitContainer(element: Element, writer: BlockWriter, context: WalkContext): void {
  writer.endParagraph();
  visitChildren(element, writer, context);
  writer.endParagraph();
}

/**
 * Inline elements become inline content, unless they wrap blocks (a link
 * around an image, a <span> around paragraphs): then the wrapper is ignored
 * and what it wraps is walked as blocks, giving up the link or emphasis.
 */
function visitInline(element: Element, writer: BlockWriter, context: WalkContext): void {
  const isFormatting = FORMATTING_ELEMENTS.has(element.name) || element.name === 'a';
  // Line breaks count as blocks inside a plain wrapper so that <span>…<br><br>…</span> still splits paragraphs.
  if (containsBlock(element.children, !isFormatting, context)) {
    visitChildren(element, writer, context);
    return;
  }
  writer.addInlines(inlinesFromNodes([element], { baseUrl: context.baseUrl, images: null, depth: context.depth }));
}

/** Whether the nodes hold a block element or a picture (not a beacon or an emoji, which stay inline or vanish). */
function containsBlock(nodes: readonly AnyNode[], breaksCount: boolean, context: WalkContext): boolean {
  if (context.depth > MAX_NESTING_DEPTH) return false;
  const inner = { ...context, depth: context.depth + 1 };
  return nodes.some((node) => {
    if (!isTag(node) || isRemoved(node)) return false;
    if (node.name === 'img') return figureFromImage(node, context.baseUrl) !== null;
    if (isBlockElement(node.name) || (breaksCount && isLineBreak(node))) return true;
    return containsBlock(node.children, breaksCount, inner);
  });
}

function visitHeading(element: Element, writer: BlockWriter, context: WalkContext): void {
  const images: Element[] = [];
  const content = normalizeInlines(inlinesFromNodes(element.children, { baseUrl: context.baseUrl, images, depth: context.depth }));
  const level = HEADING_LEVELS.get(element.name)!;
  writer.addBlock(hasText(content) ? { type: 'heading', level, content } : null);
  addImages(images, writer, context);
}

function visitList(element: Element, writer: BlockWriter, context: WalkContext): void {
  const images: Element[] = [];
  writer.addBlock(listFromElement(element, context.baseUrl, images));
  addImages(images, writer, context);
}

/** A data table becomes a table block; a layout table is walked like any other container. */
function visitTable(element: Element, writer: BlockWriter, context: WalkContext): void {
  const images: Element[] = [];
  const table = tableFromElement(element, context.baseUrl, images);
  if (!table) {
    visitContainer(element, writer, context);
    return;
  }
  writer.addBlock(table);
  addImages(images, writer, context);
}

function visitQuote(element: Element, writer: BlockWriter, context: WalkContext): void {
  const { quote, figures } = quoteFromElement(element, context.baseUrl, (nodes) => walkBlocks(nodes, context));
  writer.addBlock(quote);
  for (const figure of figures) writer.addBlock(figure);
}

function visitFigure(element: Element, writer: BlockWriter, context: WalkContext): void {
  const figure = figureFromElement(element, context.baseUrl);
  if (figure) {
    writer.addBlock(figure);
    return;
  }
  // No usable image (an embedded video, a quote in a <figure>, a picture its script never loaded): keep the rest, not the orphaned caption or credit.
  writer.endParagraph();
  for (const child of element.children) {
    if (!(isTag(child) && isCaptionOrCredit(child))) visit(child, writer, context);
  }
  writer.endParagraph();
}

/** Images found inside a heading or a list, placed after it as figures. */
function addImages(images: Element[], writer: BlockWriter, context: WalkContext): void {
  for (const image of images) {
    writer.addBlock(image.name === 'img' ? figureFromImage(image, context.baseUrl) : figureFromElement(image, context.baseUrl));
  }
}
