/**
 * The agencies' formats: ninjs 1.x (singular fields, objects keyed by name)
 * and 2.x (lists of role/value pairs, bylines), NewsML-G2 (newsItem or
 * newsMessage, prefixed or not, XHTML, NITF or plain text inside) and NITF.
 * Every field may hold the wrong type or a hostile value.
 */
import fc from 'fast-check';
import { hostileFragment, xhtmlFragment } from './html-pages.ts';
import { dateText } from './dates-text.ts';
import { escapeMarkup, hostileText, hostileUrl } from './hostile-text.ts';
import { deeplyNested, field, htmlInXml, prolog, textInXml } from './syndication-feeds.ts';

type Text = fc.Arbitrary<string>;

const STATUSES = ['usable', 'withheld', 'canceled', 'cancelled', 'stat:usable', 'stat:canceled', 'embargoed', '', 'WITHHELD'];

const coordinates = fc.oneof(
  fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })),
  fc.constantFrom([999, -999], [Number.MAX_VALUE, 1], ['1', '2'], [null, null], [], [1]),
);

const place = fc.record({
  name: field(hostileText),
  geometry_geojson: field(fc.record({ type: fc.constantFrom('Point', 'Polygon', 'point'), coordinates })),
});

const picture = fc.record(
  {
    type: fc.constantFrom('picture', 'graphic', 'video', 'text'),
    uri: field(hostileUrl),
    renditions: field(
      fc.oneof(
        fc.array(fc.record({ href: field(hostileUrl), width: field(fc.integer({ min: -1, max: 100_000 })) }), { maxLength: 4 }),
        fc.dictionary(fc.constantFrom('thumb', 'original', 'web', '__proto__'), fc.record({ href: field(hostileUrl), width: field(fc.integer()) })),
      ),
    ),
    description_text: field(hostileText),
    descriptions: field(fc.array(fc.record({ role: field(fc.constantFrom('caption', 'summary', 'x')), value: field(hostileText) }), { maxLength: 2 })),
    by: field(hostileText),
    headline: field(fc.oneof(hostileText, fc.record({ value: field(hostileText) }))),
  },
  { requiredKeys: ['type'] },
);

const commonNinjs = {
  uri: field(fc.oneof(hostileText, hostileUrl)),
  guid: field(hostileText),
  type: field(fc.constantFrom('text', 'composite', 'picture', 'video', 'TEXT', '')),
  versioncreated: field(dateText),
  firstcreated: field(dateText),
  contentcreated: field(dateText),
  language: field(fc.constantFrom('hi', 'en-GB', 'x-klingon', '')),
  located: field(hostileText),
  pubstatus: field(fc.constantFrom(...STATUSES)),
  embargoed: field(fc.oneof(dateText, fc.constant(''))),
  byline: field(hostileText),
  by: field(hostileText),
  description_html: field(hostileFragment),
  description_text: field(hostileText),
  body_text: field(hostileText),
  places: field(fc.array(place, { maxLength: 3 })),
  place: field(fc.array(place, { maxLength: 2 })),
  people: field(fc.array(fc.record({ name: field(hostileText), rel: field(fc.constantFrom('author', 'irel:creator', 'subject')) }), { maxLength: 3 })),
};

/** ninjs 1.x: singular names, associations keyed by name. */
const ninjs1 = fc.record(
  {
    ...commonNinjs,
    headline: field(fc.oneof(hostileText, fc.record({ value: field(hostileText) }))),
    body_html: field(hostileFragment),
    body_xhtml: field(hostileFragment),
    subject: field(fc.array(fc.record({ code: field(hostileText), scheme: field(fc.constantFrom('medtop', 'http://cv.iptc.org/')), name: field(hostileText) }, { requiredKeys: [] }), { maxLength: 3 })),
    associations: field(fc.dictionary(fc.constantFrom('featureimage', 'photo1', '__proto__', 'constructor'), picture, { maxKeys: 3 })),
  },
  { requiredKeys: ['uri'] },
);

/** ninjs 2.x: lists of role/value pairs, bodies by content type, bylines. */
const ninjs2 = fc.record(
  {
    ...commonNinjs,
    headlines: field(fc.array(fc.record({ role: field(fc.constantFrom('main', 'short', 'irel:main', 'x')), value: field(hostileText) }, { requiredKeys: [] }), { maxLength: 3 })),
    descriptions: field(fc.array(fc.record({ role: field(fc.constantFrom('summary', 'x')), value: field(hostileText) }), { maxLength: 2 })),
    bodies: field(
      fc.array(
        fc.record({ contenttype: field(fc.constantFrom('text/html', 'text/plain', 'application/xhtml+xml', 'TEXT/HTML', 'image/png')), value: field(fc.oneof(hostileFragment, hostileText)), role: field(fc.constantFrom('text', 'richtext')) }, { requiredKeys: [] }),
        { maxLength: 3 },
      ),
    ),
    bylines: field(fc.array(fc.record({ byline: field(fc.oneof(hostileText, fc.constant('By Kavya Rao'))), role: field(fc.constantFrom('author', 'x')) }, { requiredKeys: [] }), { maxLength: 3 })),
    subjects: field(fc.array(fc.record({ uri: field(hostileUrl), literal: field(hostileText), name: field(hostileText) }, { requiredKeys: [] }), { maxLength: 3 })),
    links: field(fc.array(fc.record({ rel: field(fc.constantFrom('irel:canonical', 'alternate', 'self')), href: field(hostileUrl) }), { maxLength: 3 })),
    associations: field(fc.array(picture, { maxLength: 3 })),
  },
  { requiredKeys: ['uri'] },
);

/** A ninjs object as JSON text, now and then with a member nested thousands deep. */
const ninjsObject: Text = deeplyNested(fc.oneof(ninjs1, ninjs2).map((object) => JSON.stringify(object)));

const ninjsList: Text = fc.array(ninjsObject, { minLength: 1, maxLength: 5 }).map((objects) => `[${objects.join(',')}]`);

/** One object, an array of them, or an agency's wrapper. */
export const ninjsDocument: Text = fc.oneof(
  ninjsObject,
  ninjsList,
  fc.tuple(field(hostileText), ninjsList).map(([title, items]) => `{"title":${JSON.stringify(title) ?? 'null'},"items":${items}}`),
  ninjsList.map((data) => `{"data":${data}}`),
);

function element(name: string, value: Text, attrs: Text = fc.constant('')): Text {
  return fc.tuple(value, attrs).map(([text, attributes]) => `<${name}${attributes}>${text}</${name}>`);
}

function someOf(parts: Text[], maxLength = 10): Text {
  return fc.array(fc.oneof(...parts), { maxLength }).map((list) => list.join('\n'));
}

const attr = (name: string, value: Text): Text => value.map((v) => ` ${name}="${escapeMarkup(v)}"`);
const maybeAttr = (name: string, value: Text): Text => fc.oneof(fc.constant(''), attr(name, value));

const nitfBodyContent: Text = fc
  .array(
    fc.oneof(
      element('p', htmlInXml),
      element('hl2', textInXml),
      element('bq', element('p', textInXml)),
      fc.tuple(attr('source', hostileUrl), maybeAttr('alternate-text', hostileText), textInXml).map(
        ([source, alt, caption]) => `<media media-type="image"><media-reference${source}${alt} mime-type="image/jpeg"/><media-caption>${caption}</media-caption></media>`,
      ),
      fc.constantFrom('<table><tr><td>1</td></tr></table>', '<ul><li>a</li></ul>', '<p><person>Cora</person> <chron norm="20241130">Sat</chron></p>', '<block><p>nested</p></block>'),
    ),
    { maxLength: 6 },
  )
  .map((parts) => `<body.content>${parts.join('')}</body.content>`);

const nitfBody: Text = fc
  .tuple(
    someOf([
      element('hedline', someOf([element('hl1', textInXml), element('hl2', textInXml)], 2)),
      element('byline', fc.tuple(textInXml, textInXml).map(([a, b]) => `By <person>${a}</person> and <person>${b}</person>, <byttl>Wire</byttl>`)),
      element('dateline', textInXml.map((t) => `<location><city>${t}</city></location>, <story.date norm="20241128T061500-0500">Nov. 28</story.date>`)),
      element('abstract', element('p', htmlInXml)),
    ], 4),
    nitfBodyContent,
  )
  .map(([head, content]) => `<body${''}><body.head>${head}</body.head>${content}</body>`);

const nitfHead: Text = someOf([
  element('title', textInXml),
  fc.tuple(maybeAttr('management-status', fc.constantFrom(...STATUSES)), attr('id-string', hostileText), maybeAttr('norm', dateText), maybeAttr('norm', dateText)).map(
    ([status, id, issue, release]) => `<docdata${status}><doc-id${id}/><date.issue${issue}/><date.release${release}/><identified-content><location>x</location></identified-content></docdata>`,
  ),
  fc.tuple(attr('ex-ref', hostileUrl), attr('position.section', hostileText)).map(([ref, section]) => `<pubdata type="web"${ref}${section}/>`),
  attr('tobject.subject.type', hostileText).map((type) => `<tobject><tobject.subject tobject.subject.refnum="04000000"${type}/></tobject>`),
], 5);

export const nitfDocument: Text = fc
  .tuple(prolog, maybeAttr('xml:lang', fc.constantFrom('en-US', 'hi', '')), maybeAttr('xml:base', hostileUrl), nitfHead, nitfBody)
  .map(([before, lang, base, head, body]) => `${before}<nitf version="-//IPTC//DTD NITF 3.6//EN"${lang}${base}><head>${head}</head>${body}</nitf>`);

const newsItem = (prefix: string): Text =>
  fc
    .tuple(
      attr('guid', hostileText),
      maybeAttr('xml:lang', fc.constantFrom('en', 'de-CH', '')),
      someOf([
        element('itemClass', fc.constant(''), fc.constantFrom(' qcode="ninat:text"', ' qcode="ninat:picture"', ' qcode="http://cv.iptc.org/newscodes/ninature/composite"', '')),
        element('versionCreated', dateText),
        element('firstCreated', dateText),
        element('pubStatus', fc.constant(''), attr('qcode', fc.constantFrom(...STATUSES))),
        element('embargoed', fc.oneof(dateText, fc.constant(''))),
        fc.tuple(attr('rel', fc.constantFrom('irel:canonical', 'alternate', 'x')), attr('href', hostileUrl)).map(([rel, href]) => `<link${rel}${href}/>`),
      ], 6),
      someOf([
        element('headline', textInXml),
        element('slugline', textInXml),
        element('by', textInXml),
        element('dateline', textInXml),
        element('description', textInXml, maybeAttr('role', fc.constantFrom('drol:summary', 'x'))),
        element('creator', element('name', textInXml), maybeAttr('literal', hostileText)),
        element('subject', element('name', textInXml), maybeAttr('qcode', hostileText)),
        element('language', fc.constant(''), attr('tag', fc.constantFrom('hi', 'en', ''))),
        element('contentCreated', dateText),
        fc.tuple(textInXml, maybeAttr('latitude', fc.constantFrom('23.25', '999', 'NaN', '')), maybeAttr('longitude', fc.constantFrom('120.5', '-999', ''))).map(
          ([name, lat, lon]) => `<located><name>${name}</name><geoAreaDetails><position${lat}${lon}/></geoAreaDetails></located>`,
        ),
      ], 8),
      fc.oneof(
        fc.oneof(xhtmlFragment, xhtmlFragment, hostileFragment).map((html) => `<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${html}</body></html></inlineXML>`),
        fc.tuple(nitfHead, nitfBody).map(([head, body]) => `<inlineXML contenttype="application/nitf+xml"><nitf><head>${head}</head>${body}</nitf></inlineXML>`),
        element('inlineData', textInXml),
        fc.constant(''),
      ),
    )
    .map(([guid, lang, itemMeta, contentMeta, content]) => {
      const body = `<newsItem${guid}${lang} standard="NewsML-G2"><itemMeta>${itemMeta}</itemMeta><contentMeta>${contentMeta}</contentMeta><contentSet>${content}</contentSet></newsItem>`;
      return prefix ? body.replace(/<(\/?)(?=[a-zA-Z])(?!html|body|nitf|p\b|head)/g, `<$1${prefix}:`) : body;
    });

export const newsMlDocument: Text = fc
  .tuple(prolog, fc.constantFrom('', 'nar'), fc.boolean())
  .chain(([before, prefix, message]) => {
    const ns = prefix ? ` xmlns:${prefix}="http://iptc.org/std/nar/2006-10-01/"` : ' xmlns="http://iptc.org/std/nar/2006-10-01/"';
    const item = newsItem(prefix);
    if (!message) return item.map((xml) => before + xml.replace(/^<([\w:]*newsItem)/, `<$1${ns}`));
    const p = prefix ? `${prefix}:` : '';
    return fc.array(item, { maxLength: 4 }).map((items) => `${before}<${p}newsMessage${ns}><${p}header/><${p}itemSet>${items.join('')}</${p}itemSet></${p}newsMessage>`);
  });
