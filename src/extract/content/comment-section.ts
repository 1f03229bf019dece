/**
 * Readers' comments that no class name gives away (those that do were
 * pruned with the page's furniture, content-pruning.ts). A comment section
 * announces itself with a heading that counts its entries ("Comments (42)",
 * "12 responses", "留言列表 (42)") and then repeats one shape of entry: the
 * same element with the same class, each a name, a date and a few words.
 * Such a heading and everything after it in its container are the readers'
 * part of the page, not the story.
 */
import { isTag, type AnyNode, type Element } from 'domhandler';
import { COMMENT_NAME, nameParts } from './boilerplate-patterns.ts';
import { elementsInOrder, textOf } from '../html/dom-walk.ts';
import { removeElement, type PageText } from './text-blocks.ts';
import { normalizeText } from '../../text/normalize.ts';

const HEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** A counting heading is a label and a number: longer (non-space characters), it is a title. */
const MAX_COUNT_HEADING_CHARS = 40;

/**
 * "Label (N)" in any script, or "N comments" and its kin in English and
 * Hindi. A bare "N things" is not enough: listicles number their sections.
 */
const COUNT_HEADING = new RegExp(
  [
    String.raw`^[^\d()（）]{1,30}\s*[(（]\s*\d+\s*[)）]$`,
    String.raw`^\d+\s+(?:comments?|responses?|replies|reactions?|thoughts? on\b.*|टिप्पणियां|टिप्पणियाँ|कमेंट्स?)$`,
  ].join('|'),
  'iu',
);

/** Entries a comment section repeats: one or two are a reply box and a prompt, three are a discussion. */
const MIN_ENTRIES = 3;

/** Elements that hold a comment; a run of paragraphs is prose, and of bare list items a list. */
const ENTRY_ELEMENTS: ReadonlySet<string> = new Set(['div', 'article', 'section', 'ul', 'ol', 'dl', 'table']);

/**
 * A comment section named as one is pruned before scoring, unless it holds
 * most of the page's text (content-pruning.ts keeps such an element as a
 * likely wrapper). Inside the chosen content it goes when the rest of the
 * content holds at least this share of its text: then it was no wrapper.
 */
const MIN_STORY_SHARE_BESIDE_COMMENTS = 0.25;

export function removeCommentSections(root: Element, text: PageText): void {
  const rootChars = text.totals.get(root)?.chars ?? 0;
  for (const element of elementsInOrder(root)) {
    if (element === root || !text.totals.has(element)) continue;
    const parts = nameParts(element);
    if (parts === '' || !COMMENT_NAME.test(parts)) continue;
    const chars = text.totals.get(element)?.chars ?? 0;
    if (rootChars - chars >= MIN_STORY_SHARE_BESIDE_COMMENTS * rootChars) removeElement(element, text);
  }
  removeCountedEntries(root, text);
}

function removeCountedEntries(root: Element, text: PageText): void {
  for (const heading of elementsInOrder(root)) {
    if (!HEADINGS.has(heading.name) || heading === root || heading.parent === null) continue;
    const count = text.totals.get(heading);
    if (!count || count.chars > MAX_COUNT_HEADING_CHARS) continue;
    if (!COUNT_HEADING.test(normalizeText(textOf(heading)))) continue;
    const following = followingElements(heading);
    if (!hasEntryRun(following) && !following.some((element) => hasEntryRun(childElements(element)))) continue;
    for (const element of following) removeElement(element, text);
    removeElement(heading, text);
  }
}

function followingElements(node: AnyNode): Element[] {
  const out: Element[] = [];
  for (let sibling = node.next; sibling; sibling = sibling.next) if (isTag(sibling)) out.push(sibling);
  return out;
}

function childElements(element: Element): Element[] {
  return element.children.filter((node): node is Element => isTag(node));
}

/** Whether MIN_ENTRIES entry elements (or list items with a class) in a row share their tag and class. */
function hasEntryRun(elements: readonly Element[]): boolean {
  let run = 0;
  let shape = '';
  for (const element of elements) {
    const className = element.attribs['class']?.trim() ?? '';
    const isEntry = ENTRY_ELEMENTS.has(element.name) || (element.name === 'li' && className !== '');
    const next = isEntry ? `${element.name}.${className}` : '';
    run = next !== '' && next === shape ? run + 1 : 1;
    shape = next;
    if (shape !== '' && run >= MIN_ENTRIES) return true;
  }
  return false;
}
