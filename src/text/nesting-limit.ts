/**
 * HTML parsing with a bound on nesting depth. htmlparser2 keeps its stack of
 * open elements in an array it adds to at the front, so each start tag costs
 * time in proportion to the depth: 100,000 nested elements took 16 seconds.
 * Here the parser itself drops a start tag that would open deeper than the
 * limit (its text stays, in the element at the limit), which no real page
 * notices: the sanitiser ignores anything below depth 200 anyway.
 *
 * The depth is the parser's own, counted from the elements it opens and
 * closes, so every way markup can nest is bounded alike: plain nesting,
 * `<div/>` (self-closing syntax means nothing in HTML), runs of `<li><dt><td>`
 * that close nothing of each other, and tags inside an `<xmp>` that an
 * `<svg>` makes ordinary. An earlier version guessed the depth with a scan of
 * the text ahead of the parser; each of those three got past its guess.
 */
import { DomHandler, type Document } from 'domhandler';
import { Parser, type Handler } from 'htmlparser2';

/** Deeper than any real page by an order of magnitude, and shallow enough to parse fast. */
export const MAX_MARKUP_DEPTH = 2000;

/**
 * Elements whose content the tokenizer reads as text (outside SVG and
 * MathML): they cannot nest, so they open at any depth, and their content
 * never leaks out as the page's text.
 */
const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** Parses a whole page or fragment into a DOM, as htmlparser2's parseDocument does, with entities decoded. */
export function parseHtml(html: string, maxDepth = MAX_MARKUP_DEPTH): Document {
  const handler = new DomHandler();
  parseHtmlWith(html, handler, maxDepth);
  return handler.root;
}

/** Runs the parser over the whole of `html` with the given callbacks, entities decoded. */
export function parseHtmlWith(html: string, handler: Partial<Handler>, maxDepth = MAX_MARKUP_DEPTH): void {
  const counter = new DepthCounter(handler);
  new DepthLimitedParser(html, counter, maxDepth).end(html);
}

/**
 * Passes every callback on, counting the elements open: the parser reports
 * each element it opens with onopentag and each it closes (implied or not)
 * with onclosetag, and a void element with both.
 */
class DepthCounter implements Partial<Handler> {
  depth = 0;

  constructor(private readonly inner: Partial<Handler>) {}

  onparserinit(parser: Parser): void {
    this.inner.onparserinit?.(parser);
  }
  onreset(): void {
    this.depth = 0;
    this.inner.onreset?.();
  }
  onend(): void {
    this.inner.onend?.();
  }
  onerror(error: Error): void {
    this.inner.onerror?.(error);
  }
  onopentagname(name: string): void {
    this.inner.onopentagname?.(name);
  }
  onattribute(name: string, value: string, quote?: string | null): void {
    this.inner.onattribute?.(name, value, quote);
  }
  onopentag(name: string, attribs: Record<string, string>, isImplied: boolean): void {
    this.depth++;
    this.inner.onopentag?.(name, attribs, isImplied);
  }
  onclosetag(name: string, isImplied: boolean): void {
    this.depth--;
    this.inner.onclosetag?.(name, isImplied);
  }
  ontext(data: string): void {
    this.inner.ontext?.(data);
  }
  oncomment(data: string): void {
    this.inner.oncomment?.(data);
  }
  oncommentend(): void {
    this.inner.oncommentend?.();
  }
  oncdatastart(): void {
    this.inner.oncdatastart?.();
  }
  oncdataend(): void {
    this.inner.oncdataend?.();
  }
  onprocessinginstruction(name: string, data: string): void {
    this.inner.onprocessinginstruction?.(name, data);
  }
}

/**
 * Skips the start tag of an element that would open deeper than the limit.
 * Not passing the tag name on is what htmlparser2 does itself with a second
 * `<form>`: its attributes and its `>` then change nothing, and its end tag
 * finds no element of its name open, or closes one further up, so the page
 * after a deep region is back at its own depth.
 */
class DepthLimitedParser extends Parser {
  constructor(
    private readonly html: string,
    private readonly counter: DepthCounter,
    private readonly maxDepth: number,
  ) {
    super(counter, { decodeEntities: true });
  }

  override onopentagname(start: number, endIndex: number): void {
    if (this.counter.depth >= this.maxDepth && !this.opensAnywhere(this.html.slice(start, endIndex).toLowerCase())) return;
    super.onopentagname(start, endIndex);
  }

  /** The whole input goes to the parser in one piece, so the tokenizer's indices are indices into it. */
  private opensAnywhere(name: string): boolean {
    return this.isVoidElement(name) || (RAW_TEXT.has(name) && !this.isInForeignContext());
  }
}
