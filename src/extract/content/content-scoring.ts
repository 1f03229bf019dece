/**
 * Which element holds the story. Every block of prose votes for the elements
 * around it, most for its parent and less for each level further up, so the
 * element where paragraphs gather scores highest. Votes are weighed by how
 * sentence-like the prose is (length, commas), and the element's score is
 * discounted by the share of its text that is links, which is what sinks
 * menus and lists of teasers. This is the scheme Arc90's Readability made
 * well known; the figures below are ours and say why they are what they are.
 */
import { isTag, type AnyNode, type Element } from 'domhandler';
import { NEGATIVE_NAME, POSITIVE_NAME, nameParts } from './boilerplate-patterns.ts';
import { EMPTY_COUNT, linkDensity, type PageText } from './text-blocks.ts';
import { textOf } from '../html/dom-walk.ts';
import { isTeaserSummary } from './teaser.ts';
import { measureMass, widenToArticle } from './content-mass.ts';
import { leadBefore } from './content-lead.ts';

/** Text blocks shorter than this (non-space characters) cast no vote: captions, labels, buttons. */
const MIN_VOTING_CHARS = 25;

/** Blocks with more of their text in links than this are navigation, and cast no vote. */
const MAX_VOTING_LINK_DENSITY = 0.5;

/** Block elements that are not prose even when long: headings, captions, labels. */
const NON_VOTING_ELEMENTS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'th', 'caption', 'figcaption', 'legend', 'summary', 'option', 'label']);

/** Lists, transparent to the votes of their items. */
const LISTS: ReadonlySet<string> = new Set(['ul', 'ol']);

/** A vote reaches this many levels up; further up, everything on the page is an ancestor and votes mean nothing. */
const VOTE_LEVELS = 5;

/** One point per this many characters, up to LENGTH_POINTS_CAP: longer paragraphs are likelier prose. */
const CHARS_PER_LENGTH_POINT = 100;
const LENGTH_POINTS_CAP = 3;

/**
 * A starting score from the tag: a <div> or a table cell is a typical article
 * container; lists, forms and headings seldom are.
 */
const TAG_WEIGHTS: ReadonlyMap<string, number> = new Map([
  ['article', 8], ['main', 8], ['section', 5], ['div', 5], ['td', 3], ['pre', 3], ['blockquote', 3],
  ['address', -3], ['ol', -3], ['ul', -3], ['dl', -3], ['dd', -3], ['dt', -3], ['li', -3], ['form', -3],
  ['h1', -5], ['h2', -5], ['h3', -5], ['h4', -5], ['h5', -5], ['h6', -5], ['th', -5],
]);

/** What a class or id naming content (or chrome) adds (or takes): enough to beat a handful of votes. */
const NAME_WEIGHT = 25;

/** schema.org says which element is the article's body; a site that says so is seldom wrong. */
const ARTICLE_BODY_WEIGHT = 30;

/** How a short paragraph that is still a sentence ends (Latin, Devanagari danda, CJK). */
const SENTENCE_END = /[.!?।॥。！？]["'”’»)]?\s*$/u;

/**
 * The elements that hold the article, in page order: the best-scoring
 * element (for a table, what holds it), widened to the ancestor that holds
 * the whole story (content-mass.ts), after the story's opening where it
 * sits in boxes of its own between the headline and that element
 * (content-lead.ts). Null when no block of prose votes for anything.
 */
export function findMainContent(text: PageText, headline: Element | null): Element[] | null {
  const scores = scoreCandidates(text);
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  if (!best) return null;
  const mass = measureMass(text, (block) => SENTENCE_END.test(textOf(block)));
  const chosen = widenToArticle(outOfTable(best), mass);
  return [...leadBefore(chosen, text, headline), chosen];
}

function scoreCandidates(text: PageText): Map<Element, number> {
  const votes = new Map<Element, number>();
  for (const [block, count] of text.blocks) {
    if (NON_VOTING_ELEMENTS.has(block.name) || count.chars < MIN_VOTING_CHARS) continue;
    if (linkDensity(count) > MAX_VOTING_LINK_DENSITY || isTeaserSummary(block, text)) continue;
    const vote = 1 + count.commas + Math.min(Math.floor(count.chars / CHARS_PER_LENGTH_POINT), LENGTH_POINTS_CAP);
    let ancestor = voteStart(block);
    for (let level = 0; level < VOTE_LEVELS && ancestor && isTag(ancestor); level++) {
      const previous = votes.get(ancestor) ?? initialScore(ancestor);
      votes.set(ancestor, previous + vote / levelDivisor(level));
      ancestor = ancestor.parent;
    }
  }
  const scores = new Map<Element, number>();
  for (const [element, score] of votes) {
    scores.set(element, score * (1 - linkDensity(text.totals.get(element) ?? EMPTY_COUNT)));
  }
  return scores;
}

/**
 * A list item votes as a paragraph of the text around its list: a list is
 * part of the prose that holds it, and a long list must not win on its own.
 * A paragraph inside a list item (numbered steps written as <li><p>…</p></li>)
 * votes the same way: otherwise each step votes only for its own item, and
 * a list of many steps loses to a single paragraph elsewhere.
 */
function voteStart(block: Element): AnyNode | null {
  const item = block.name === 'li' ? block : block.parent;
  if (!item || !isTag(item) || item.name !== 'li') return block.parent;
  const list = item.parent;
  if (!list || !isTag(list) || !LISTS.has(list.name)) return block.parent;
  return list.parent;
}

/** The parent gets the whole vote, the grandparent half, and further ancestors a third per level. */
function levelDivisor(level: number): number {
  return level === 0 ? 1 : level === 1 ? 2 : level * 3;
}

function initialScore(element: Element): number {
  let score = TAG_WEIGHTS.get(element.name) ?? 0;
  const parts = nameParts(element);
  if (parts !== '') {
    if (POSITIVE_NAME.test(parts)) score += NAME_WEIGHT;
    if (NEGATIVE_NAME.test(parts)) score -= NAME_WEIGHT;
  }
  if (/\barticleBody\b/u.test(element.attribs['itemprop'] ?? '')) score += ARTICLE_BODY_WEIGHT;
  return score;
}

/** A table and the parts that gather its rows. */
const TABLE_PARTS: ReadonlySet<string> = new Set(['table', 'tbody', 'thead', 'tfoot']);

/** Where a table sits directly in the page, it is the page's layout, not a table in a story. */
const PAGE_ELEMENTS: ReadonlySet<string> = new Set(['body', 'html']);

/**
 * A table whose rows' text wins the vote is a table of entries (a list of
 * films, of results, of prices), and such a table is one part of a story:
 * its introduction, notes and sources sit around it. So the search for the
 * story starts from what holds the table, and widening goes on from there;
 * starting from the table, the introduction is too little to take an
 * ancestor for. A single cell that wins is a layout column, and stays.
 */
function outOfTable(best: Element): Element {
  if (!TABLE_PARTS.has(best.name)) return best;
  let table: Element = best;
  while (table.name !== 'table' && table.parent && isTag(table.parent)) table = table.parent;
  const holder = table.parent;
  return holder && isTag(holder) && !PAGE_ELEMENTS.has(holder.name) ? holder : best;
}
