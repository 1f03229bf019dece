/**
 * The cheap first question: does the page hold running text at all? A front
 * page of headlines, a login form or an error page has links and labels,
 * but no block of prose. Answering from the text counts costs one pass, and
 * spares such pages the scoring and cleaning, which would otherwise return
 * whichever scrap of text happened to score best.
 */
import { isTag, type Element, type ParentNode } from 'domhandler';
import { nameParts, namesFurniture } from './boilerplate-patterns.ts';
import type { PageText } from './text-blocks.ts';
import { linkDensity } from './text-blocks.ts';
import { isTeaserSummary } from './teaser.ts';

/**
 * A block shorter than this (non-space characters) is a label, a button or
 * a headline, not prose: fewer than about five words.
 */
const MIN_PROSE_BLOCK_CHARS = 25;

/**
 * Prose a page must hold, as a sum over prose blocks of the square root of
 * each block's length beyond the minimum: the root makes several paragraphs
 * count for more than one long block of the same size. 4 is met by a single
 * sentence of about eight words: short notes are articles too, and pages
 * with no article at all have no unlinked sentence outside their furniture.
 */
const MIN_PROSE_SCORE = 4;

/** Above this share of linked text, a block is a list of teasers, not prose. */
const MAX_PROSE_LINK_DENSITY = 0.3;

export function isProbablyArticle(text: PageText): boolean {
  let score = 0;
  for (const [element, count] of text.blocks) {
    if (count.chars < MIN_PROSE_BLOCK_CHARS || linkDensity(count) > MAX_PROSE_LINK_DENSITY) continue;
    if (looksLikeFurniture(element) || isTeaserSummary(element, text)) continue;
    score += Math.sqrt(count.chars - MIN_PROSE_BLOCK_CHARS);
    if (score >= MIN_PROSE_SCORE) return true;
  }
  return false;
}

function looksLikeFurniture(element: Element): boolean {
  const parts = nameParts(element);
  return namesFurniture(parts);
}

/** Elements a reader types into or presses: a page with them is a form (a login, a search), however bare. */
const FORM_CONTROLS: ReadonlySet<string> = new Set(['form', 'input', 'textarea', 'select', 'button']);

/**
 * The elements of a page too short to pass isProbablyArticle that is still
 * nothing but its content: some text, no link anywhere (so no menu, no
 * teaser, no "forgotten password?") and no form. With nothing else on the
 * page to choose from, what is there is the article; null for any other page.
 * Section fronts and login pages always have links or a form.
 */
export function bareDocumentContent(root: ParentNode, text: PageText): Element[] | null {
  let chars = 0;
  for (const node of root.children) {
    if (!isTag(node)) continue;
    const count = text.totals.get(node);
    if (!count) continue;
    if (count.linkChars > 0) return null;
    chars += count.chars;
  }
  if (chars === 0 || text.order.some((element) => FORM_CONTROLS.has(element.name))) return null;
  const body = text.order.find((element) => element.name === 'body' && text.totals.has(element));
  return body ? [body] : root.children.filter((node): node is Element => isTag(node) && text.totals.has(node));
}
