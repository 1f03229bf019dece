/**
 * Flattens absurdly deep markup before it reaches the parser. htmlparser2
 * keeps its stack of open elements in an array it adds to at the front, so
 * each start tag costs time in proportion to the depth: 100,000 nested
 * elements took 16 seconds. Tags nested deeper than the limit are dropped
 * (their text stays), which no real page notices: the sanitiser ignores
 * anything below depth 200 anyway.
 *
 * The scan is a cheap approximation of the HTML tree builder: it knows void
 * elements, self-closing syntax, raw-text elements and the elements whose
 * start tag closes their predecessor, which is enough not to misjudge the
 * depth of ordinary pages. Pages within the limit are returned unchanged.
 */

/** Deeper than any real page by an order of magnitude, and shallow enough to parse fast. */
export const MAX_MARKUP_DEPTH = 2000;

/** Elements that never have content. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen',
]);

/**
 * Elements that sloppy markup leaves open and the tree builder closes at the
 * next one (<p>, <li>, <td>…): counted as not nesting, since unclosed runs of
 * them are common and flat.
 */
const SELF_CLOSING_RUNS: ReadonlySet<string> = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup']);

/** Elements whose content is text up to their end tag: tags inside them are not tags. */
const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/**
 * A tag: its name runs to the first space, "/" or ">" (the lookahead keeps the
 * name from giving back characters to the attributes when no ">" follows,
 * which made a long run of letters cost the square of its length).
 */
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)(?=[\s/>])[^>]*?(\/?)>/gu;

export function limitNesting(html: string, maxDepth = MAX_MARKUP_DEPTH): string {
  if (!mayExceed(html, maxDepth)) return html;
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  let rawUntil: string | null = null;
  // Every tag ends at a ">", so the scan stops at the last one: past it, each
  // "<a" would look to the end of the page for a ">" that is not there, and a
  // page of such tags would cost the square of its length.
  const scanned = html.slice(0, html.lastIndexOf('>') + 1);
  TAG.lastIndex = 0;
  for (let match = TAG.exec(scanned); match; match = TAG.exec(scanned)) {
    const closing = match[1] === '/';
    const name = match[2]!.toLowerCase();
    if (rawUntil !== null) {
      if (closing && name === rawUntil) {
        rawUntil = null;
        depth = Math.max(0, depth - 1);
      }
      continue;
    }
    if (VOID_ELEMENTS.has(name) || SELF_CLOSING_RUNS.has(name) || match[3] === '/') continue;
    if (!closing && RAW_TEXT.has(name)) rawUntil = name;
    const tooDeep = closing ? depth > maxDepth : depth >= maxDepth;
    depth = Math.max(0, depth + (closing ? -1 : 1));
    if (!tooDeep || rawUntil !== null) continue;
    parts.push(html.slice(last, match.index));
    last = match.index + match[0].length;
  }
  if (last === 0) return html;
  parts.push(html.slice(last));
  return parts.join('');
}

/** A page with fewer start tags than the limit cannot nest deeper than it. */
function mayExceed(html: string, maxDepth: number): boolean {
  let count = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    if (++count > maxDepth) return true;
  }
  return false;
}
