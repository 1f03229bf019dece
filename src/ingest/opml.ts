/**
 * OPML 2.0 (http://opml.org/spec2.opml), the list of subscriptions every feed
 * reader imports and exports: `<outline>` elements under `<body>`, a feed being
 * an outline with an `xmlUrl`, a folder an outline holding others.
 *
 * An OPML file comes from elsewhere, so it is read as hostile XML: a DOCTYPE
 * that declares entities is refused outright (OPML needs no DTD; this is how
 * "billion laughs" bombs and external entities pointing at local files
 * arrive), and the parser runs with entity processing off, the five predefined
 * entities and character references being decoded here and nothing else.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeFeedBytes } from './feed-decoding.ts';

export interface OpmlOutline {
  xmlUrl: string;
  htmlUrl: string | null;
  /** OPML 2.0 requires `text` (what a reader shows); `title` is often the feed's own title. */
  text: string | null;
  title: string | null;
  language: string | null;
  /** Titles of the folders the feed sits in, outermost first; empty at the top level. */
  folders: string[];
}

export interface OpmlDocument {
  title: string | null;
  outlines: OpmlOutline[];
  /** Outlines that were skipped, and why, for the person importing the file. */
  warnings: string[];
}

/** A source as written out: its section becomes the folder it sits in. */
export interface OpmlSource {
  name: string;
  url: string;
  language: string | null;
  section: string;
}

export interface OpmlMeta {
  title: string;
  dateCreated: Date;
  /** Folder titles by section id, in the order the folders are written. */
  sectionTitles: ReadonlyMap<string, string>;
}

/**
 * Elements nested deeper than this make the file unreadable: no reader nests
 * folders more than a few levels, and a file nesting thousands deep is built
 * to exhaust the stack. (fast-xml-parser's own default is 100.)
 */
const MAX_NESTED_ELEMENTS = 64;

/** An entity declaration (general or parameter), which only a DTD can hold. */
const ENTITY_DECLARATION = /<!ENTITY/i;
const LEADING_BOM = /^\uFEFF/;
const XML_REFERENCE = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi;
const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Characters XML 1.0 (§2.2) does not allow at all, even as references. */
const NOT_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/**
 * Written as references: markup, line breaks in attributes, and what a
 * terminal showing the file would act on or reorder (DEL, C1 controls, bidi
 * embeddings, overrides and isolates), which XML allows as references.
 */
const XML_SPECIAL = /[&<>"\n\r\t\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  attributesGroupName: '@',
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => name === 'outline',
  maxNestedTags: MAX_NESTED_ELEMENTS,
});

type XmlNode = Record<string, unknown>;

/** `name` is how errors and warnings refer to the file (`feeds.opml`). */
export function parseOpml(input: string | Uint8Array, name: string): OpmlDocument {
  const text = (typeof input === 'string' ? input : decodeFeedBytes(input).text).replace(LEADING_BOM, '');
  if (!text.trim()) throw new Error(`opml: ${name} is empty`);
  if (ENTITY_DECLARATION.test(text)) {
    throw new Error(`opml: ${name} declares DTD entities; OPML needs none, and wiredesk neither expands nor fetches them`);
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new Error(`opml: ${name} is not well-formed XML: line ${valid.err.line}: ${valid.err.msg}`);
  }
  let tree: XmlNode;
  try {
    tree = parser.parse(text) as XmlNode;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new Error(`opml: ${name} could not be read as OPML: ${reason}`, { cause });
  }
  const opml = asNode(tree['opml']);
  if (!opml) throw new Error(`opml: ${name} is not OPML: its root element is not <opml>`);
  const body = opml['body'];
  if (body === undefined) throw new Error(`opml: ${name} has no <body>, so it lists no feeds`);
  const warnings: string[] = [];
  const outlines: OpmlOutline[] = [];
  collectOutlines(asNode(body)?.['outline'], [], { name, warnings, outlines });
  return { title: textOf(asNode(opml['head'])?.['title']), outlines, warnings };
}

interface Collector {
  name: string;
  warnings: string[];
  outlines: OpmlOutline[];
}

function collectOutlines(list: unknown, folders: string[], into: Collector): void {
  if (!Array.isArray(list)) return;
  for (const item of list) {
    const node = asNode(item);
    if (!node) continue;
    const attrs = attributesOf(node);
    const label = attrs.get('text') ?? attrs.get('title') ?? null;
    const xmlUrl = attrs.get('xmlurl');
    if (xmlUrl) {
      into.outlines.push({
        xmlUrl,
        htmlUrl: attrs.get('htmlurl') ?? null,
        text: attrs.get('text') ?? null,
        title: attrs.get('title') ?? null,
        language: attrs.get('language') ?? null,
        folders,
      });
    } else if (Array.isArray(node['outline'])) {
      collectOutlines(node['outline'], label === null ? folders : [...folders, label], into);
    } else {
      into.warnings.push(`opml: ${into.name}: outline "${label ?? '(untitled)'}" has no xmlUrl; skipped`);
    }
  }
}

/** Attribute names compared without case: some exporters write `xmlurl` or `XMLURL`. */
function attributesOf(node: XmlNode): Map<string, string> {
  const attrs = new Map<string, string>();
  const raw = asNode(node['@']);
  if (!raw) return attrs;
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'string') continue;
    const text = decodeXmlText(value).trim();
    if (text) attrs.set(key.toLowerCase(), text);
  }
  return attrs;
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return decodeXmlText(value).trim() || null;
  const node = asNode(value);
  return node && typeof node['#text'] === 'string' ? textOf(node['#text']) : null;
}

function asNode(value: unknown): XmlNode | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : null;
}

/** Anything else that looks like an entity reference stays as written: it was never declared. */
function decodeXmlText(text: string): string {
  return text.replace(XML_REFERENCE, (whole, ref: string) => {
    if (!ref.startsWith('#')) return PREDEFINED_ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid = code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code).replace(NOT_XML_CHARACTERS, '\uFFFD') : '\uFFFD';
  });
}

/** OPML 2.0 with one folder per section, in the order of `meta.sectionTitles`, then any others by id. */
export function writeOpml(sources: readonly OpmlSource[], meta: OpmlMeta): string {
  const bySection = new Map<string, OpmlSource[]>();
  for (const id of meta.sectionTitles.keys()) bySection.set(id, []);
  for (const source of [...sources].sort((a, b) => compareIds(a.section, b.section))) {
    const list = bySection.get(source.section) ?? [];
    list.push(source);
    bySection.set(source.section, list);
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(meta.title)}</title>`,
    `    <dateCreated>${meta.dateCreated.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
  ];
  for (const [section, list] of bySection) {
    if (list.length === 0) continue;
    const folder = escapeXml(meta.sectionTitles.get(section) ?? section);
    lines.push(`    <outline text="${folder}" title="${folder}">`);
    for (const source of list) lines.push(`      ${feedOutline(source)}`);
    lines.push('    </outline>');
  }
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}

function feedOutline(source: OpmlSource): string {
  const name = escapeXml(source.name);
  const language = source.language ? ` language="${escapeXml(source.language)}"` : '';
  return `<outline type="rss" text="${name}" title="${name}" xmlUrl="${escapeXml(source.url)}"${language}/>`;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Safe in text and in double-quoted attributes; line breaks as references, so attributes keep them. */
function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHARACTERS, '').replace(XML_SPECIAL, (char) => XML_ESCAPES[char] ?? `&#x${char.charCodeAt(0).toString(16)};`);
}
