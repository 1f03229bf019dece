/**
 * Teasers: a linked headline with a line of summary under it, the unit of
 * every front page, section index and "related" box. The summary reads like
 * prose, but it belongs to a story elsewhere, so it must neither make a page
 * look like an article nor vote for the box it sits in.
 */
import { isTag, type Element } from 'domhandler';
import { previousElement } from '../html/dom-walk.ts';
import { linkDensity, type PageText } from './text-blocks.ts';

const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A headline counts as linked when nearly all of its text is a link. */
const MIN_HEADLINE_LINK_DENSITY = 0.9;

/**
 * A summary is a sentence or two (non-space characters); a longer text under
 * a linked headline is a blog post under its permalink.
 */
const MAX_SUMMARY_CHARS = 300;

/** Whether the block is a short text right under a linked headline (the previous element, whitespace between). */
export function isTeaserSummary(block: Element, text: PageText): boolean {
  if ((text.totals.get(block)?.chars ?? 0) > MAX_SUMMARY_CHARS) return false;
  const previous = previousElement(block);
  if (!previous) return false;
  const heading = HEADINGS.has(previous.name) ? previous : linkedHeadingInside(previous);
  if (!heading) return false;
  const count = text.totals.get(heading);
  return count !== undefined && linkDensity(count) >= MIN_HEADLINE_LINK_DENSITY;
}

/** `<a><h3>…</h3></a>`: a link wrapping the headline. */
function linkedHeadingInside(element: Element): Element | null {
  if (element.name !== 'a') return null;
  const child = element.children.find((node): node is Element => isTag(node));
  return child && HEADINGS.has(child.name) ? element : null;
}
