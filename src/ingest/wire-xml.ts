/**
 * XML of the news agencies' formats (NewsML-G2, NITF) → a small element tree.
 * fast-xml-parser does the reading, with entity processing off: the DOCTYPE
 * is cut off before parsing, so an entity it declares is never expanded (no
 * "billion laughs") and an external entity is never fetched or read (no XXE);
 * a reference to one stays in the text as written. Only XML's five predefined
 * entities and character references are decoded, here, where text is read.
 *
 * Element and attribute names lose their namespace prefix: wires mix default
 * namespaces and prefixes (`nar:headline`, `html:p`) for the same elements.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

/** Text as it stood in the document: entity references still encoded, unless it was CDATA. */
export type XmlNode = XmlElement | { text: string; cdata: boolean };

/**
 * Deeper than any real news document; a body nested further is hostile or
 * broken, and walking it recursively could exhaust the stack.
 */
export const MAX_XML_DEPTH = 256;

const TEXT_KEY = '#text';
const CDATA_KEY = '#cdata';
const ATTRIBUTES_KEY = ':@';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: CDATA_KEY,
  commentPropName: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: MAX_XML_DEPTH,
});

/** `<!DOCTYPE name [SYSTEM|PUBLIC "…" ["…"]] [[ internal subset ]]>`, after the declaration and comments. */
const DOCTYPE = /<!DOCTYPE\s[^[>]*(?:\[[\s\S]*?\]\s*)?>/i;

/** Parses a document and returns its root element; throws an Error saying what is wrong. */
export function parseWireXml(text: string): XmlElement {
  const doctype = DOCTYPE.exec(text);
  const body = doctype ? text.slice(0, doctype.index) + text.slice(doctype.index + doctype[0].length) : text;
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new Error(`malformed XML (${valid.err.msg} at line ${valid.err.line})`);
  const nodes = toNodes(parseNested(body), 0);
  const root = nodes.find((node): node is XmlElement => 'name' in node);
  if (!root) throw new Error('no root element');
  return root;
}

/** fast-xml-parser enforces the depth limit itself; its message is put in this module's words. */
function parseNested(body: string): unknown[] {
  try {
    return parser.parse(body) as unknown[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/nested/i.test(message)) throw new Error(`elements nested deeper than ${MAX_XML_DEPTH} levels`, { cause: error });
    throw error;
  }
}

function toNodes(parsed: unknown[], depth: number): XmlNode[] {
  if (depth > MAX_XML_DEPTH) throw new Error(`elements nested deeper than ${MAX_XML_DEPTH} levels`);
  const nodes: XmlNode[] = [];
  for (const item of parsed) {
    const record = item as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (key === ATTRIBUTES_KEY) continue;
      if (key === TEXT_KEY) nodes.push({ text: String(value), cdata: false });
      else if (key === CDATA_KEY) nodes.push({ text: cdataText(value), cdata: true });
      else {
        const attrs = (record[ATTRIBUTES_KEY] ?? {}) as Record<string, string>;
        nodes.push({ name: key, attrs, children: toNodes(value as unknown[], depth + 1) });
      }
    }
  }
  return nodes;
}

/** CDATA comes as a list of text parts; with parseTagValue off, each text is a string. */
function cdataText(value: unknown): string {
  return (value as Array<{ [TEXT_KEY]?: string }>).map((part) => part[TEXT_KEY] ?? '').join('');
}

export function isElement(node: XmlNode): node is XmlElement {
  return 'name' in node;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((node): node is XmlElement => isElement(node) && (name === undefined || node.name === name));
}

/** The first element down a path of child names: `child(item, 'contentMeta', 'headline')`. */
export function child(element: XmlElement | null, ...path: string[]): XmlElement | null {
  let current = element;
  for (const name of path) {
    if (!current) return null;
    current = childElements(current, name)[0] ?? null;
  }
  return current;
}

/** The first element of that name anywhere below, depth first. */
export function descendant(element: XmlElement, name: string, depth = 0): XmlElement | null {
  if (depth > MAX_XML_DEPTH) return null;
  for (const node of childElements(element)) {
    if (node.name === name) return node;
    const found = descendant(node, name, depth + 1);
    if (found) return found;
  }
  return null;
}

/** An attribute's value, decoded; null when absent. */
export function attribute(element: XmlElement | null, name: string): string | null {
  const value = element?.attrs[name];
  return value === undefined ? null : decodeXmlText(value);
}

/** All the text below an element, decoded, whitespace as the document has it. */
export function textContent(element: XmlElement | null, depth = 0): string {
  if (!element || depth > MAX_XML_DEPTH) return '';
  return element.children
    .map((node) => (isElement(node) ? textContent(node, depth + 1) : node.cdata ? node.text : decodeXmlText(node.text)))
    .join('');
}

/** Text of an element with its whitespace runs collapsed; null when there is none. */
export function trimmedText(element: XmlElement | null): string | null {
  return textContent(element).replace(/\s+/g, ' ').trim() || null;
}

const ENTITY_REFERENCE = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * XML's own references only. Any other `&name;` was declared in a DTD that is
 * not read, and stays as written.
 */
export function decodeXmlText(text: string): string {
  return text.replace(ENTITY_REFERENCE, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return PREDEFINED[name]!;
    const code = decimal ? Number(decimal) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
