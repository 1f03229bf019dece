/**
 * How far the article reaches beyond the element that scored best. Scoring
 * finds where paragraphs are densest, which is sometimes only part of the
 * story (one section, a list inside it, the part after a lead box). Every
 * block is given a weight, positive for prose and negative for links and
 * labels, and of the best element and its ancestors the one whose blocks
 * weigh most is the article: an ancestor is worth taking when what it adds
 * is more prose than furniture. (The maximum-weight segment idea of Pinto et
 * al., "QuASM", 2002, applied to a tree's ancestor chain.)
 */
import { isTag, type Element } from 'domhandler';
import { elementsInOrder } from '../html/dom-walk.ts';
import { POSITIVE_NAME, nameParts } from './boilerplate-patterns.ts';
import { linkDensity, type PageText, type TextCount } from './text-blocks.ts';
import { isTeaserSummary } from './teaser.ts';

/** Shorter blocks (non-space characters) are labels, headings and buttons, unless they end a sentence. */
const MIN_PROSE_CHARS = 25;

/** A block with more of its text in links than this is a list of links. */
const MAX_PROSE_LINK_DENSITY = 0.5;

/**
 * What a character of a label costs against a character of prose. Below 1:
 * an article has subheadings, captions and a date among its paragraphs, and
 * those must not outweigh the paragraphs that surround them.
 */
const LABEL_WEIGHT = 0.5;

/** An ancestor must add this share of the best element's weight to be taken: ties keep the tighter element. */
const MIN_GAIN_SHARE = 0.05;

/**
 * The same for a best element whose class or id says it is the story's text
 * (`story-body`, `entry-content`): the site is usually right, so an ancestor
 * must add a good deal more prose to override it (measured: 0.3 kept most of
 * the recall that widening brings and dropped the neighbouring stories).
 */
const MIN_GAIN_SHARE_NAMED = 0.3;

/** Heading elements weigh as labels whatever their length. */
const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function blockWeight(block: Element, count: TextCount, endsSentence: () => boolean, isTeaser: () => boolean): number {
  const unlinked = count.chars - count.linkChars;
  if (linkDensity(count) > MAX_PROSE_LINK_DENSITY) return -count.chars;
  // A teaser's summary reads as prose but belongs to a story elsewhere: taking it in brings that story's furniture.
  if (isTeaser()) return -LABEL_WEIGHT * count.chars;
  if (HEADINGS.has(block.name)) return -LABEL_WEIGHT * count.chars;
  if (count.chars >= MIN_PROSE_CHARS || endsSentence()) return unlinked - count.linkChars;
  return -LABEL_WEIGHT * count.chars;
}

/** Weights summed bottom-up: in reverse document order, children come before parents. */
export function measureMass(text: PageText, endsSentence: (block: Element) => boolean): Map<Element, number> {
  const mass = new Map<Element, number>();
  for (let i = text.order.length - 1; i >= 0; i--) {
    const element = text.order[i]!;
    if (!text.totals.has(element)) continue;
    const own = text.blocks.get(element);
    // Only a block with no blocks inside is read for its last character: reading a container would read its whole subtree.
    const isLeaf = own !== undefined && text.totals.get(element)!.chars === own.chars;
    const weight = own ? blockWeight(element, own, () => isLeaf && endsSentence(element), () => isTeaserSummary(element, text)) : 0;
    const total = (mass.get(element) ?? 0) + weight;
    mass.set(element, total);
    const parent = element.parent;
    if (parent && isTag(parent)) mass.set(parent, (mass.get(parent) ?? 0) + total);
  }
  return mass;
}

/**
 * An element that says it is one article (HTML's <article>, schema.org's
 * articleBody): what lies outside it is another composition, however prosy.
 */
function isArticleBoundary(element: Element): boolean {
  if (element.name === 'article') return !isSectionOfRun(element);
  return /\barticleBody\b/u.test(element.attribs['itemprop'] ?? '');
}

/**
 * Some sites mark each section of one page as an <article> (tabs, chapters,
 * cost tables), as a run of siblings of one class. Stories loaded one after
 * another below the first are such a run too, but each of those carries its
 * own headline (an h1; the page's own was taken out as metadata).
 */
function isSectionOfRun(article: Element): boolean {
  const twins = twinsOf(article);
  return twins.length > 0 && !twins.some((twin) => elementsInOrder(twin).some((element) => element.name === 'h1'));
}

/**
 * The document's own <html>. Pages that paste a whole document into their
 * content area have a second <html> inside the body; it is one more wrapper.
 */
function isPageRoot(element: Element): boolean {
  return element.name === 'html' && !(element.parent && isTag(element.parent));
}

/** A class or id that says "this is the story's text". */
function namedAsBody(element: Element): boolean {
  const parts = nameParts(element);
  return parts !== '' && POSITIVE_NAME.test(parts);
}

/**
 * A sibling of the same tag and classes: the site's editor split the body
 * into several blocks of one kind (text, table, text), and the name of one
 * is no reason to leave the others out.
 */
function twinsOf(element: Element): Element[] {
  const classes = element.attribs['class']?.trim();
  if (!classes || !element.parent) return [];
  return element.parent.children.filter(
    (sibling): sibling is Element => sibling !== element && isTag(sibling) && sibling.name === element.name && sibling.attribs['class']?.trim() === classes,
  );
}

/** The best element or the ancestor whose blocks weigh most, not reaching beyond the article it is in. */
export function widenToArticle(best: Element, mass: ReadonlyMap<Element, number>): Element {
  let chosen = best;
  let chosenMass = mass.get(best) ?? 0;
  const minGain = Math.abs(chosenMass) * (namedAsBody(best) ? MIN_GAIN_SHARE_NAMED : MIN_GAIN_SHARE);
  // Within the page's own <article>, all of it is this story: a named part of it wins no benefit of the doubt.
  // Nor does it against the parent of its twins, where the other parts of the same body are.
  const minGainToBoundary = Math.abs(chosenMass) * MIN_GAIN_SHARE;
  const twinsParent = twinsOf(best).length > 0 ? best.parent : null;
  if (isArticleBoundary(best)) return best;
  for (let up = best.parent; up && isTag(up) && !isPageRoot(up); up = up.parent) {
    const upMass = mass.get(up) ?? 0;
    if (upMass > chosenMass + (isArticleBoundary(up) || up === twinsParent ? minGainToBoundary : minGain)) {
      chosen = up;
      chosenMass = upMass;
    }
    if (isArticleBoundary(up)) break;
  }
  return chosen;
}
