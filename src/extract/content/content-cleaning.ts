/**
 * Strips what is left of the site's furniture inside the chosen content:
 * galleries and slideshows set in the story, other stories' cards that
 * declare themselves articles in microdata, furniture that gives itself
 * away by its text rather than its name ("Advertisement",
 * "यह भी पढ़ें: …", "Back to top", an ad-block or newsletter notice), an
 * author's bio under its label (author-bio.ts), headings
 * over lists of links, boxes that are mostly links, boxes after the story's
 * own container (content-tail.ts), the site's offers set after a paragraph
 * (content-offers.ts) and links dressed as buttons (content-buttons.ts). A
 * section's own <header> inside the story is kept as its heading. Named
 * furniture was already pruned from the whole page before scoring
 * (content-pruning.ts).
 */
import { isTag, type AnyNode, type Element } from 'domhandler';
import { CROSS_REFERENCE_START, FURNITURE_HEADING, FURNITURE_TEXT, GALLERY_NAME, NOTICE_TEXT, NOTICE_WORD, nameParts } from './boilerplate-patterns.ts';
import { removeAuthorBios } from './author-bio.ts';
import { removeCommentSections } from './comment-section.ts';
import { findLinkButtons, removeLinkButtons } from './content-buttons.ts';
import { removeOfferBoxes } from './content-offers.ts';
import { removeTrailingBoxes } from './content-tail.ts';
import { elementsInOrder, textOf } from '../html/dom-walk.ts';
import { EMPTY_COUNT, countText, linkDensity, removeElement, type PageText } from './text-blocks.ts';
import { normalizeText } from '../../text/normalize.ts';

/** Labels and controls are short: a block longer than this (non-space characters) is not one. */
const MAX_LABEL_CHARS = 60;

/** Notices (ad-block, newsletter, cookies, syndication credit) run to a few sentences at most. */
const MAX_NOTICE_CHARS = 400;

/**
 * An "Also read: …" line is a label and a headline; longer than this it is
 * a paragraph of the story that happens to start that way.
 */
const MAX_CROSS_REFERENCE_CHARS = 250;

/**
 * A box with more of its text in links than this is a list of links, not
 * prose. High, because articles link a lot: lists of sources, products,
 * further reading that the story itself presents.
 */
const MAX_BOX_LINK_DENSITY = 0.7;

/**
 * …unless it holds this much text outside its links (non-space characters):
 * beyond a few words, the text between the links is written for the story.
 */
const MIN_BOX_PROSE_CHARS = 30;

/** Boxes judged by their links: lists, tables and generic containers, not paragraphs. */
const LINK_BOX_ELEMENTS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl', 'div', 'section', 'table', 'menu']);

/**
 * A list of links mostly to other sites is the story's own: its sources, the
 * products or documents it names. The site's furniture (related stories,
 * section links) links within the site. Above this share of linked text
 * going elsewhere, a box of links stays.
 */
const MIN_OFF_SITE_LINK_SHARE = 0.5;

/** A list of sources has several entries; a single off-site link in a box is a button or a credit. */
const MIN_OFF_SITE_LINKS = 2;

/**
 * The page's addresses (its URL or <base>, and its canonical URL) tell links
 * within the site from links elsewhere; with none known, every box of links goes.
 */
export function cleanContent(content: readonly Element[], text: PageText, pageUrls: readonly (string | null)[]): void {
  const sites = new Set(pageUrls.map((url) => siteOf(url, null)).filter((site) => site !== null));
  const base = pageUrls[0] ?? null;
  for (const root of content) {
    keepSectionHeaders(root, text);
    removeCommentSections(root, text);
    removeOtherArticles(root, text);
    removeGalleries(root, text);
    removeTextFurniture(root, text);
    removeAuthorBios(root, text);
    removeLinkBoxes(root, text, sites, base);
    removeTrailingBoxes(root, text);
    const buttons = findLinkButtons(root, text);
    removeOfferBoxes(buttons, root, text, (href) => isPageOfSite(href, sites, base));
    // Last: a button is often inline, and an inline element has no counts of its own to take off its block's.
    removeLinkButtons(buttons);
  }
}

/** schema.org's types of article: an element declaring one is an article of its own (microdata's itemtype). */
const ARTICLE_ITEMTYPE = /schema\.org\/\w*(?:Article|BlogPosting)\/?(?:\s|$)/iu;

/**
 * An article declared inside the chosen content holding at most this share
 * of its text is another story's card (a teaser in a "more on this" list),
 * not the story itself: a page's own article, when the content wraps it,
 * is most of that content.
 */
const MAX_OTHER_ARTICLE_SHARE = 0.25;

/**
 * Elements inside the content that say by their microdata that they are an
 * article of their own (`itemscope itemtype=".../NewsArticle"`): the
 * content itself may be the page's article, but what it holds and calls
 * an article is another one.
 */
function removeOtherArticles(root: Element, text: PageText): void {
  const rootChars = text.totals.get(root)?.chars ?? 0;
  for (const element of elementsInOrder(root)) {
    if (element.attribs['itemscope'] === undefined || !ARTICLE_ITEMTYPE.test(element.attribs['itemtype'] ?? '')) continue;
    const count = text.totals.get(element);
    if (count && count.chars <= rootChars * MAX_OTHER_ARTICLE_SHARE) removeElement(element, text);
  }
}

/** Pictures and slides: what a gallery is made of. */
const GALLERY_ITEMS: ReadonlySet<string> = new Set(['img', 'picture', 'figure', 'li']);

/**
 * A story this short (non-space characters) around a gallery is the
 * gallery's own introduction: the page is the slideshow, and it stays.
 */
const MIN_STORY_AROUND_GALLERY_CHARS = 500;

/**
 * Galleries, slideshows and carousels set in the story: boxes of pictures
 * shown one at a time, whose text is captions and slide titles rather than
 * the story's prose; many are the site's pictures of other news. Measured
 * on both suites, no such box inside the chosen content was in the truth.
 */
function removeGalleries(root: Element, text: PageText): void {
  for (const element of elementsInOrder(root)) {
    if (element === root || !mayNameGallery(element) || !GALLERY_NAME.test(nameParts(element))) continue;
    const count = text.totals.get(element);
    if (!count || !elementsInOrder(element).some((inner) => GALLERY_ITEMS.has(inner.name))) continue;
    const around = (text.totals.get(root) ?? EMPTY_COUNT).chars - count.chars;
    if (around >= MIN_STORY_AROUND_GALLERY_CHARS) removeElement(element, text);
  }
}

/** A cheap look at the raw names before they are split into parts: most elements have nothing like a gallery's name. */
const GALLERY_HINT = /galler|slide|carousel|swiper|splide/iu;

function mayNameGallery(element: Element): boolean {
  return GALLERY_HINT.test(element.attribs['class'] ?? '') || GALLERY_HINT.test(element.attribs['id'] ?? '');
}

/** Text blocks (and the list under a furniture heading) recognised by their words. */
function removeTextFurniture(root: Element, text: PageText): void {
  for (const element of elementsInOrder(root)) {
    const count = text.blocks.get(element);
    if (!count || count.chars > MAX_NOTICE_CHARS || element.parent === null || element === root) continue;
    const total = text.totals.get(element) ?? EMPTY_COUNT;
    // A block that holds other blocks is judged by them, not by its own few words.
    if (total.chars !== count.chars) continue;
    const line = normalizeText(textOf(element));
    if (isFurnitureHeading(line, count.chars)) {
      removeFollowingLinks(element, text);
      removeElement(element, text);
    } else if (isFurnitureLine(line, count.chars, linkDensity(count))) {
      removeElement(element, text);
    }
  }
}

function isFurnitureHeading(line: string, chars: number): boolean {
  return chars <= MAX_LABEL_CHARS && FURNITURE_HEADING.test(line);
}

function isFurnitureLine(line: string, chars: number, density: number): boolean {
  if (chars <= MAX_LABEL_CHARS && FURNITURE_TEXT.test(line)) return true;
  if (CROSS_REFERENCE_START.test(line) && (chars <= MAX_CROSS_REFERENCE_CHARS || density > MAX_BOX_LINK_DENSITY)) return true;
  return NOTICE_WORD.test(line) && NOTICE_TEXT.test(line);
}

/** The list of links a furniture heading stands over, if the next element is one. */
function removeFollowingLinks(heading: Element, text: PageText): void {
  let next: AnyNode | null = heading.next;
  while (next && !isTag(next)) next = next.next;
  if (next && isTag(next) && isLinkBox(next, text)) removeElement(next, text);
}

function removeLinkBoxes(root: Element, text: PageText, sites: ReadonlySet<string>, base: string | null): void {
  for (const element of elementsInOrder(root)) {
    if (element.parent === null || element === root || !LINK_BOX_ELEMENTS.has(element.name) || isSubList(element)) continue;
    if (isLinkBox(element, text) && !linksOffSiteOrToFiles(element, sites, base) && !isSentenceList(element)) removeElement(element, text);
  }
}

/**
 * Words before its first link that make a list item a sentence ("Neil has
 * patches up to …"): a link box's items open with their link, or with a
 * label of a word or two ("Read more:").
 */
const MIN_SENTENCE_OPENING_WORDS = 4;

/**
 * A list of one item that opens with a clause of its own before any link is
 * a point of the story written as a sentence, however much of it is linked:
 * a box of links has several entries, each of them a link.
 */
function isSentenceList(list: Element): boolean {
  if (list.name !== 'ul' && list.name !== 'ol') return false;
  const items = list.children.filter((node): node is Element => isTag(node));
  if (items.length !== 1 || items[0]!.name !== 'li') return false;
  const item = items[0]!;
  const link = elementsInOrder(item).find((element) => element.name === 'a');
  if (link === undefined) return false;
  const itemText = normalizeText(textOf(item));
  const at = itemText.indexOf(normalizeText(textOf(link)));
  return at > 0 && itemText.slice(0, at).split(/\s+/u).filter(Boolean).length >= MIN_SENTENCE_OPENING_WORDS;
}

/**
 * A list inside a list item is a part of that item (its sub-points, the
 * references of one point): it stands or falls with the list around it,
 * which is judged as a whole.
 */
function isSubList(element: Element): boolean {
  const parent = element.parent;
  return parent !== null && isTag(parent) && parent.name === 'li';
}

/**
 * Files a page offers for download: a list of forms, fliers and reports is
 * the page's own material, wherever the files are kept, and the site's
 * furniture never links to them.
 */
const DOCUMENT_PATH = /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv|epub)$/iu;

/** The path of a link, without query or fragment, for telling a document from a page. */
function pathOf(href: string): string {
  const end = href.search(/[?#]/u);
  return end === -1 ? href : href.slice(0, end);
}

/** Whether most of the box's linked text leads to other sites, or to documents. */
function linksOffSiteOrToFiles(box: Element, sites: ReadonlySet<string>, base: string | null): boolean {
  if (sites.size === 0) return false;
  let offSite = 0;
  let linked = 0;
  let links = 0;
  for (const element of elementsInOrder(box)) {
    const href = element.name === 'a' ? element.attribs['href'] : undefined;
    if (href === undefined) continue;
    // Links are inline, so the page's counts hold no figure for them; their text is short to count.
    const chars = countText(textOf(element)).chars;
    linked += chars;
    links++;
    const target = siteOf(href, base);
    if ((target !== null && !sites.has(target)) || DOCUMENT_PATH.test(pathOf(href))) offSite += chars;
  }
  return links >= MIN_OFF_SITE_LINKS && offSite / linked > MIN_OFF_SITE_LINK_SHARE;
}

/** Whether a link leads to a page of the page's own site, not to another site or to a document. */
function isPageOfSite(href: string, sites: ReadonlySet<string>, base: string | null): boolean {
  const target = siteOf(href, base);
  return target !== null && sites.has(target) && !DOCUMENT_PATH.test(pathOf(href));
}

/**
 * A country's second-level domains (`co.uk`, `com.au`) are short: a site is
 * then named by three labels of its host, else by two.
 */
const MAX_SECOND_LEVEL_CHARS = 3;

/** The site a URL belongs to: the last labels of its host (`news.example.com` → `example.com`); null for what is not an http(s) URL. */
function siteOf(url: string | null, base: string | null): string | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = base === null ? new URL(url) : new URL(url, base);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const labels = parsed.hostname.split('.');
  const country = labels.length > 2 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= MAX_SECOND_LEVEL_CHARS;
  return labels.slice(country ? -3 : -2).join('.');
}

function isLinkBox(element: Element, text: PageText): boolean {
  const count = text.totals.get(element);
  if (!count || count.chars === 0) return false;
  return linkDensity(count) > MAX_BOX_LINK_DENSITY && count.chars - count.linkChars < MIN_BOX_PROSE_CHARS;
}

/** Headings below the headline: what a section's <header> introduces it with. */
const SECTION_HEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A <header> whose text is at least this share heading is the heading of a
 * section of the story; one that is mostly other text (a date, a share bar,
 * a kicker) is judged like any other box.
 */
const MIN_SECTION_HEADER_HEADING_SHARE = 0.5;

/**
 * Inside the story, a <header> introduces the section it sits in (HTML's
 * own meaning of the element): `<section><header><h3>White Oak Bayou
 * Trail</h3></header><p>…`. The sanitiser drops every <header> as the
 * site's furniture and a box of links loses its heading when the heading
 * is a link, so such a header is made an <hgroup>: its heading stays a
 * heading of the story.
 */
function keepSectionHeaders(root: Element, text: PageText): void {
  for (const element of elementsInOrder(root)) {
    if (element === root || element.name !== 'header') continue;
    const chars = text.totals.get(element)?.chars ?? 0;
    if (chars === 0) continue;
    const headingChars = elementsInOrder(element)
      .filter((inner) => SECTION_HEADINGS.has(inner.name))
      .reduce((sum, heading) => sum + (text.totals.get(heading)?.chars ?? 0), 0);
    if (headingChars >= chars * MIN_SECTION_HEADER_HEADING_SHARE) element.name = 'hgroup';
  }
}
