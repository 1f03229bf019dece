/**
 * An article's body paragraphs as editors change them: one plain-text string
 * per paragraph, where a link is written `[its words](https://…)`. What
 * comes back is sanitised data, never markup: text is text (a `<script>`
 * typed into a paragraph is shown as those characters), and a link becomes
 * a link only when its address is an absolute http(s) or mailto URL, the
 * rule the extractor applies to every source (src/extract/safe-url.ts);
 * anything else, `javascript:` included, stays visible as the text typed.
 *
 * Only paragraph blocks are edited. Headings, quotes, lists, tables and
 * figures keep their place; a paragraph left as it was keeps its block
 * exactly (emphasis included); paragraphs added after the last one follow
 * it, and an emptied paragraph is removed.
 */
import type { Block, Inline } from '../extract/article.ts';
import { blocksToText } from '../extract/html/block-text.ts';
import { inlinesToText } from '../extract/html/inline-normalize.ts';
import { safeLinkUrl } from '../extract/html/safe-url.ts';
import { normalizeText } from '../text/normalize.ts';

/** `[words](address)`: no brackets inside the words, no spaces or parentheses inside the address. */
const LINK = /\[([^[\]\n]+)\]\(([^()\s]+)\)/gu;

type Paragraph = Extract<Block, { type: 'paragraph' }>;

/** The body's paragraphs as editable text, in order. */
export function paragraphTexts(blocks: readonly Block[]): string[] {
  return blocks.filter((b): b is Paragraph => b.type === 'paragraph').map((b) => inlinesAsText(b.content));
}

/** The body with its paragraphs replaced by `paragraphs` (see the module comment). */
export function withParagraphs(blocks: readonly Block[], paragraphs: readonly string[]): Block[] {
  const wanted = paragraphs.map(normalizeText);
  const out: Block[] = [];
  let next = 0;
  let lastParagraphAt = -1;
  for (const block of blocks) {
    if (block.type !== 'paragraph') {
      out.push(block);
      continue;
    }
    const text = wanted[next++];
    if (text === undefined) continue;
    if (text !== '') out.push(text === inlinesAsText(block.content) ? block : paragraphOf(text));
    lastParagraphAt = out.length - 1;
  }
  const added = wanted.slice(next).filter((text) => text !== '').map(paragraphOf);
  out.splice(lastParagraphAt < 0 ? out.length : lastParagraphAt + 1, 0, ...added);
  return out;
}

/**
 * Any block as text, for comparing two bodies: a paragraph as the editor
 * writes it (links in brackets), other blocks as their plain text, a figure
 * as its alternative text, or null when it has none.
 */
export function blockText(block: Block): string | null {
  if (block.type === 'paragraph') return inlinesAsText(block.content);
  if (block.type === 'figure') return block.alt.trim() === '' ? null : block.alt.trim();
  return blocksToText([block]);
}

export function paragraphOf(text: string): Block {
  return { type: 'paragraph', content: inlinesOf(text) };
}

/** Text with `[words](address)` links; an address that is not safe leaves the whole thing as text. */
function inlinesOf(text: string): Inline[] {
  const inlines: Inline[] = [];
  let from = 0;
  for (const match of text.matchAll(LINK)) {
    const href = safeLinkUrl(match[2], null);
    if (href === null) continue;
    if (match.index > from) inlines.push({ kind: 'text', text: text.slice(from, match.index) });
    inlines.push({ kind: 'link', href, children: [{ kind: 'text', text: match[1]! }] });
    from = match.index + match[0].length;
  }
  if (from < text.length) inlines.push({ kind: 'text', text: text.slice(from) });
  return inlines;
}

/** A paragraph's inline content as the editor sees it: links in brackets, other emphasis as plain text. */
function inlinesAsText(inlines: readonly Inline[]): string {
  return normalizeText(inlines.map((inline) => (inline.kind === 'link' ? `[${inlinesToText(inline.children)}](${inline.href})` : inlinesToText([inline]))).join(''));
}
