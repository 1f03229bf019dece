/**
 * NITF 3.x (https://iptc.org/standards/nitf/) → ItemFields. One document is
 * one story: head holds its identity and dates (docdata doc-id, date.issue)
 * and its classification (tobject.subject, identified-content classifiers,
 * pubdata's section); body.head what is printed above the text (hedline/hl1,
 * byline, dateline, abstract); body.content the text itself, written out as
 * HTML with NITF's own elements given their HTML names.
 */
import { feedBase, resolveUrl, type FeedReading, type ItemFields } from './entry-builder.ts';
import { escapeHtml } from './lead-image.ts';
import { nodesToHtml } from './wire-html.ts';
import { wireStatusWord } from './wire-status.ts';
import { attribute, child, childElements, descendant, trimmedText, type XmlElement } from './wire-xml.ts';

/** NITF block and inline elements that HTML knows under another name, or only as text (span). */
const HTML_NAMES: Readonly<Record<string, string>> = {
  hl1: 'h2',
  hl2: 'h2',
  bq: 'blockquote',
  block: 'div',
  credit: 'small',
  person: 'span',
  org: 'span',
  location: 'span',
  city: 'span',
  state: 'span',
  region: 'span',
  country: 'span',
  chron: 'span',
  event: 'span',
  function: 'span',
  money: 'span',
  num: 'span',
  'object.title': 'span',
  virtloc: 'span',
  copyrite: 'span',
  classifier: 'span',
  pronounce: 'span',
  lang: 'span',
  postaddr: 'span',
};

export function readNitf(root: XmlElement, feedUrl: string, warnings: string[]): FeedReading {
  if (root.name !== 'nitf') throw new Error(`the root element is <${root.name}>, not <nitf>`);
  const base = feedBase(feedUrl, attribute(root, 'base') ?? undefined, undefined);
  const item = readNitfDocument(root, base);
  if (!item.title && !item.contentHtml) warnings.push('the NITF document has neither a headline nor a body');
  return { title: null, language: item.language, link: null, items: [item] };
}

function readNitfDocument(nitf: XmlElement, base: string): ItemFields {
  const head = child(nitf, 'head');
  const docdata = child(head, 'docdata');
  const bodyHead = child(nitf, 'body', 'body.head');
  const byline = child(bodyHead, 'byline');
  const storyDate = attribute(descendant(bodyHead ?? nitf, 'story.date') ?? null, 'norm');
  return {
    id: attribute(child(docdata, 'doc-id'), 'id-string'),
    link: webPage(head),
    base,
    title: trimmedText(child(bodyHead, 'hedline', 'hl1')) ?? trimmedText(child(head, 'title')),
    summary: abstractHtml(child(bodyHead, 'abstract'), base),
    contentHtml: nitfBodyHtml(nitf, base),
    published: attribute(child(docdata, 'date.issue'), 'norm') ?? attribute(child(docdata, 'date.release'), 'norm') ?? storyDate,
    updated: null,
    authors: byline ? childElements(byline, 'person').map(trimmedText).filter((name): name is string => name !== null) : [],
    categories: sectionAndSubjectNames(head),
    language: attribute(nitf, 'lang') ?? attribute(child(nitf, 'body'), 'lang'),
    dateline: trimmedText(child(bodyHead, 'dateline')),
    byline: trimmedText(byline),
    subjects: subjectCodes(head),
    pubStatus: wireStatusWord(attribute(docdata, 'management-status')),
    // date.release is when the document may be released: an embargo, when it lies ahead.
    embargoed: attribute(child(docdata, 'date.release'), 'norm'),
    raw: nitf,
  };
}

/** pubdata's ex-ref is the story's place in the publication; only a web address is a link. */
function webPage(head: XmlElement | null): string | null {
  const pubdata = head ? childElements(head, 'pubdata') : [];
  const ref = pubdata.map((p) => attribute(p, 'ex-ref')).find((value) => value && /^https?:\/\//i.test(value));
  return ref ?? null;
}

/** Human labels for section mapping: the publication section, then the IPTC subject's type and matter names. */
function sectionAndSubjectNames(head: XmlElement | null): string[] {
  const sections = (head ? childElements(head, 'pubdata') : []).map((p) => attribute(p, 'position.section'));
  const subjects = tobjectSubjects(head).flatMap((s) => [attribute(s, 'tobject.subject.type'), attribute(s, 'tobject.subject.matter')]);
  return [...sections, ...subjects].filter((name): name is string => Boolean(name?.trim()));
}

/** "15000000 Sport" for tobject.subject; classifier values (with their type) from identified-content. */
function subjectCodes(head: XmlElement | null): string[] {
  const fromTobject = tobjectSubjects(head).map((s) =>
    [attribute(s, 'tobject.subject.refnum'), attribute(s, 'tobject.subject.type')].filter(Boolean).join(' '),
  );
  const identified = child(head, 'docdata', 'identified-content');
  const classifiers = identified ? [...childElements(identified, 'classifier'), ...childElements(identified, 'subject')] : [];
  const fromClassifiers = classifiers.map((c) => attribute(c, 'value') ?? trimmedText(c) ?? '');
  return [...fromTobject, ...fromClassifiers].filter(Boolean);
}

function tobjectSubjects(head: XmlElement | null): XmlElement[] {
  return (head ? childElements(head, 'tobject') : []).flatMap((t) => childElements(t, 'tobject.subject'));
}

function abstractHtml(abstract: XmlElement | null, base: string): string | null {
  return abstract ? nodesToHtml(abstract.children, htmlOptions(base)).trim() || null : null;
}

/** body.content as HTML; also used for NITF carried inside a NewsML-G2 inlineXML. */
export function nitfBodyHtml(nitf: XmlElement, base: string): string | null {
  const contents = childElements(child(nitf, 'body') ?? nitf, 'body.content');
  const html = contents.map((content) => nodesToHtml(content.children, htmlOptions(base))).join('\n').trim();
  return html || null;
}

function htmlOptions(base: string) {
  return { rename: HTML_NAMES, replace: (element: XmlElement) => (element.name === 'media' ? mediaFigure(element, base) : null) };
}

/** <media media-type="image">: its reference, caption and producer, as a figure the extractor reads. */
function mediaFigure(media: XmlElement, base: string): string {
  if (attribute(media, 'media-type')?.toLowerCase() !== 'image') return '';
  const reference = childElements(media, 'media-reference').find((ref) => attribute(ref, 'source'));
  const src = reference ? resolveUrl(attribute(reference, 'source')!, base) : null;
  if (!src) return '';
  const caption = child(media, 'media-caption');
  const producer = trimmedText(child(media, 'media-producer'));
  const captionHtml = caption ? nodesToHtml(caption.children).trim() : '';
  const credit = producer ? `<small>${escapeHtml(producer)}</small>` : '';
  const figcaption = captionHtml || credit ? `<figcaption>${captionHtml}${captionHtml && credit ? ' ' : ''}${credit}</figcaption>` : '';
  const alt = escapeHtml(attribute(reference!, 'alternate-text') ?? '');
  return `<figure><img src="${escapeHtml(src)}" alt="${alt}">${figcaption}</figure>`;
}
