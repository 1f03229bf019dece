/**
 * What a body is, told from its content: a JSON document, or the root element
 * of an XML one. Never from the URL or the Content-Type, which are wrong often
 * enough (a feed served as text/html, a NewsML-G2 file named .rss); the
 * Content-Type is only used to call a body that is no feed an HTML page.
 */

export type DocumentKind = 'json' | 'rss' | 'rdf' | 'atom' | 'newsml' | 'nitf';
export type Detected = { kind: DocumentKind } | { kind: 'html' } | { kind: 'other'; description: string };

/** Declarations, processing instructions, comments and a DOCTYPE (with an internal subset) before the root. */
const PROLOG_PART = /^\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE\s+([^\s[>]+)(?:[^[>]|\[[\s\S]*?\])*>)/i;
const ROOT_ELEMENT = /^\s*<([A-Za-z_][\w.:-]*)/;
const HTML_ROOTS = new Set(['html', 'head', 'body']);

/** Root element local names (lower case) of the XML formats read. */
const XML_ROOTS: Record<string, DocumentKind> = {
  rss: 'rss',
  feed: 'atom',
  rdf: 'rdf',
  newsmessage: 'newsml',
  newsitem: 'newsml',
  nitf: 'nitf',
};

/** How much of an unrecognised body to quote in an error. */
const QUOTE_LENGTH = 40;

/**
 * Parameter entities (`<!ENTITY % name …>`) exist to build a DTD out of
 * other DTDs, the tool of every external-entity attack; no feed needs them.
 * A declaration left over where the root element should start means the
 * DTD could not be delimited (a `]>` inside a quoted value): it is refused
 * the same way rather than read as text.
 */
const PARAMETER_ENTITY = /<!ENTITY\s+%/i;
const ENTITY_DECLARATION = /<!ENTITY/i;
const REFUSED_DTD =
  'a document type declaration with parameter entities, or one that cannot be read, is refused (wiredesk never expands or fetches entities)';

export function detectDocument(text: string, contentType: string | null | undefined): Detected {
  let rest = text.trimStart();
  if (rest.startsWith('{') || rest.startsWith('[')) return { kind: 'json' };
  let doctype: string | undefined;
  for (let part = PROLOG_PART.exec(rest); part; part = PROLOG_PART.exec(rest)) {
    if (PARAMETER_ENTITY.test(part[0])) return { kind: 'other', description: REFUSED_DTD };
    doctype ??= part[1];
    rest = rest.slice(part[0].length);
  }
  const root = ROOT_ELEMENT.exec(rest)?.[1];
  if (!root && ENTITY_DECLARATION.test(rest)) return { kind: 'other', description: REFUSED_DTD };
  const localName = root?.split(':').pop()?.toLowerCase() ?? '';
  const kind = XML_ROOTS[localName];
  if (kind) return { kind };
  const looksHtml = doctype?.toLowerCase() === 'html' || HTML_ROOTS.has(localName) || /html/i.test(contentType ?? '');
  if (looksHtml) return { kind: 'html' };
  if (root) {
    return { kind: 'other', description: `its root element is <${root}>, not <rss>, <feed>, <rdf:RDF>, <newsItem>, <newsMessage> or <nitf>` };
  }
  const start = JSON.stringify(rest.slice(0, QUOTE_LENGTH));
  return { kind: 'other', description: `it is neither XML nor a JSON object (it starts ${start})` };
}

/** Fields only a ninjs object has; JSON Feed items have `id`, not `uri`. */
const NINJS_FIELDS = ['headline', 'headlines', 'versioncreated', 'firstcreated', 'bodies', 'body_html', 'body_text', 'body_xhtml', 'byline', 'by', 'bylines'];

/**
 * JSON Feed says so in `version`. ninjs has no such marker: a ninjs object is
 * recognised by its `uri` (or `guid`) together with one of its own fields,
 * alone, in an array, or in an `items`/`data` array of a wrapper.
 */
export function isNinjs(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && isNinjsObject(value[0]);
  if (!isRecord(value)) return false;
  if (typeof value['version'] === 'string' && value['version'].includes('jsonfeed.org')) return false;
  if (isNinjsObject(value)) return true;
  const list = value['items'] ?? value['data'];
  return Array.isArray(list) && list.length > 0 && isNinjsObject(list[0]);
}

function isNinjsObject(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const identified = typeof value['uri'] === 'string' || typeof value['guid'] === 'string';
  return identified && NINJS_FIELDS.some((field) => field in value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * Whether JSON text nests arrays and objects deeper than `max`, counted on
 * the text in one pass (brackets inside strings do not count). JSON.parse
 * takes any depth, but what walks the value afterwards recurses (keeping the
 * item as JSON beside its entry, for one), and a document nested some
 * thousands deep exhausts the stack.
 */
export function jsonNestsDeeper(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === BACKSLASH) i++;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) inString = true;
    else if (char === OPEN_BRACKET || char === OPEN_BRACE) {
      if (++depth > max) return true;
    } else if (char === CLOSE_BRACKET || char === CLOSE_BRACE) depth--;
  }
  return false;
}
