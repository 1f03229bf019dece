/**
 * A wire body (XHTML in NewsML-G2's inlineXML, NITF's body.content) → an HTML
 * string for Entry.contentHtml. Text keeps its entity references as the
 * document wrote them, which HTML reads the same way; CDATA and attribute
 * values are escaped again. The result is still unsanitised: the extractor
 * sanitises every entry body.
 */
import { escapeHtml } from './lead-image.ts';
import { MAX_XML_DEPTH, decodeXmlText, isElement, type XmlElement, type XmlNode } from './wire-xml.ts';

/** HTML elements written without an end tag. */
const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface HtmlOptions {
  /** Element names to write under another name (NITF's hl2 → h2). */
  rename?: Readonly<Record<string, string>>;
  /** Writes an element itself, or returns null to have it written as usual. */
  replace?: (element: XmlElement) => string | null;
}

export function nodesToHtml(nodes: readonly XmlNode[], options: HtmlOptions = {}, depth = 0): string {
  if (depth > MAX_XML_DEPTH) return '';
  return nodes
    .map((node) => {
      if (!isElement(node)) return node.cdata ? escapeHtml(node.text) : node.text;
      const replaced = options.replace?.(node);
      if (replaced !== null && replaced !== undefined) return replaced;
      const name = options.rename?.[node.name] ?? node.name;
      const attrs = Object.entries(node.attrs)
        .filter(([key]) => key !== 'xmlns')
        .map(([key, value]) => ` ${key}="${escapeHtml(decodeXmlText(value))}"`)
        .join('');
      if (VOID_ELEMENTS.has(name)) return `<${name}${attrs}>`;
      return `<${name}${attrs}>${nodesToHtml(node.children, options, depth + 1)}</${name}>`;
    })
    .join('');
}
