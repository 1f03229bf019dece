/**
 * The author's bio the source sets in its story: "About the author" over a
 * few sentences on who wrote it, or a paragraph that opens with those
 * words. The byline already names the writer, and a desk that republishes
 * the story credits it in its own words; the bio, with its links to the
 * writer's other work and the site's own notices beside it, is the
 * source's page, not the story. Boxes named for a bio went in pruning; this
 * finds the bios that only their label gives away.
 */
import { isTag, type Element } from 'domhandler';
import { elementsInOrder, largestBoxAround, textOf } from '../html/dom-walk.ts';
import { HEADING_LEVELS } from '../html/html-tags.ts';
import { removeElement, type PageText } from './text-blocks.ts';
import { normalizeText } from '../../text/normalize.ts';

/** The label, at the start of a block: English, and Hindi ("लेखक के बारे में", "लेखक परिचय"). */
const BIO_LABEL = /^\W*(?:about the (?:authors?|writers?|reporters?|contributors?)|लेखक के बारे में|लेखक परिचय)(?![\p{L}\p{M}\p{N}])/iu;

/**
 * A bio is a few sentences (non-space characters, label included). The
 * bios measured on the eval suites run to 200–720; a section of the story
 * that happens to open with the words is longer than this.
 */
const MAX_BIO_CHARS = 800;

export function removeAuthorBios(root: Element, text: PageText): void {
  for (const element of elementsInOrder(root)) {
    if (element === root || element.parent === null) continue;
    const count = text.blocks.get(element);
    // A block that holds other blocks is judged by them.
    if (!count || count.chars > MAX_BIO_CHARS || text.totals.get(element)?.chars !== count.chars) continue;
    const line = normalizeText(textOf(element));
    const label = BIO_LABEL.exec(line);
    if (!label) continue;
    // A label alone (a heading) stands over the bio; a longer block is the bio itself.
    const bio = label[0].length >= line.length - 1 ? [element, ...bioAfter(element, count.chars, text)] : [element];
    const box = boxAround(bio, root, text);
    for (const part of box ? [box] : bio) removeElement(part, text);
  }
}

/** The elements after a bio's label, up to the next heading, while they fit in a bio. */
function bioAfter(label: Element, labelChars: number, text: PageText): Element[] {
  const parts: Element[] = [];
  let chars = labelChars;
  for (let next = label.next; next; next = next.next) {
    if (!isTag(next)) continue;
    if (HEADING_LEVELS.has(next.name)) break;
    chars += text.totals.get(next)?.chars ?? 0;
    if (chars > MAX_BIO_CHARS) break;
    parts.push(next);
  }
  return parts;
}

/** The largest box below the root that holds the bio and nothing else, taken whole. */
function boxAround(bio: readonly Element[], root: Element, text: PageText): Element | null {
  const bioChars = bio.reduce((sum, part) => sum + (text.totals.get(part)?.chars ?? 0), 0);
  return largestBoxAround(bio[0]!, root, (up) => (text.totals.get(up)?.chars ?? 0) <= bioChars);
}
