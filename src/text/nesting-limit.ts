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
 * The tags the scan sees, as the pattern
 * `/<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/gu` would find them: a `<`, an
 * optional `/`, a name that starts with an ASCII letter and runs to
 * whitespace, `/` or `>`, then anything up to the first `>`; self-closing
 * when the character before that `>` (after the name) is a `/`. Scanned by
 * hand: the pattern's match objects and lower-cased names were most of the
 * scan's time on ordinary pages, which all have more tags than the limit.
 */
interface TagScan {
  /** Where the tag starts (its `<`) and where the text after it starts. */
  start: number;
  end: number;
  closing: boolean;
  selfClosing: boolean;
  nameStart: number;
  nameEnd: number;
}

/** Finds the next tag at or after `from`; false when there is none. Fills `tag`, so the scan allocates nothing per tag. */
function nextTag(html: string, from: number, tag: TagScan): boolean {
  for (let open = html.indexOf('<', from); open >= 0; open = html.indexOf('<', open + 1)) {
    let nameStart = open + 1;
    const closing = html.charCodeAt(nameStart) === SLASH;
    if (closing) nameStart++;
    if (!isAsciiLetter(html.charCodeAt(nameStart))) continue;
    let nameEnd = nameStart + 1;
    while (nameEnd < html.length && !endsName(html.charCodeAt(nameEnd))) nameEnd++;
    const close = html.indexOf('>', nameEnd);
    // No `>` after this name means none after any later `<` either.
    if (close < 0) return false;
    tag.start = open;
    tag.end = close + 1;
    tag.closing = closing;
    tag.selfClosing = close > nameEnd && html.charCodeAt(close - 1) === SLASH;
    tag.nameStart = nameStart;
    tag.nameEnd = nameEnd;
    return true;
  }
  return false;
}

const SLASH = 0x2f;
const GREATER_THAN = 0x3e;

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** What ends a tag name: `/`, `>` or whitespace as a regular expression's `\s` means it. */
function endsName(code: number): boolean {
  if (code === SLASH || code === GREATER_THAN) return true;
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

export function limitNesting(html: string, maxDepth = MAX_MARKUP_DEPTH): string {
  if (!mayExceed(html, maxDepth)) return html;
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  let rawUntil: string | null = null;
  const tag: TagScan = { start: 0, end: 0, closing: false, selfClosing: false, nameStart: 0, nameEnd: 0 };
  for (let from = 0; nextTag(html, from, tag); from = tag.end) {
    const { closing } = tag;
    const name = html.slice(tag.nameStart, tag.nameEnd).toLowerCase();
    if (rawUntil !== null) {
      if (closing && name === rawUntil) {
        rawUntil = null;
        depth = Math.max(0, depth - 1);
      }
      continue;
    }
    if (VOID_ELEMENTS.has(name) || SELF_CLOSING_RUNS.has(name) || tag.selfClosing) continue;
    if (!closing && RAW_TEXT.has(name)) rawUntil = name;
    const tooDeep = closing ? depth > maxDepth : depth >= maxDepth;
    depth = Math.max(0, depth + (closing ? -1 : 1));
    if (!tooDeep || rawUntil !== null) continue;
    parts.push(html.slice(last, tag.start));
    last = tag.end;
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
