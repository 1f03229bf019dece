/**
 * IPTC NewsML-G2 (https://iptc.org/standards/newsml-g2/) → ItemFields. A
 * document is a newsMessage with newsItems in its itemSet, or one bare
 * newsItem. Each text item gives one entry: itemMeta holds its dates and
 * links, contentMeta what a reader sees about it (headline, slugline,
 * dateline, located, by, creator, subjects, language), contentSet its body,
 * as XHTML (or NITF) in inlineXML or as plain text in inlineData.
 */
import { feedBase, resolveUrl, textToHtml, type FeedReading, type ItemFields } from './entry-builder.ts';
import type { GeoPoint } from './entry.ts';
import { geoPoint } from './geo-point.ts';
import { nitfBodyHtml } from './nitf-items.ts';
import { nodesToHtml } from './wire-html.ts';
import { wireStatusWord } from './wire-status.ts';
import { attribute, child, childElements, descendant, textContent, trimmedText, type XmlElement } from './wire-xml.ts';

/** Item classes (ninat: scheme) that are an article; pictures and video arrive as items of their own. */
const ARTICLE_CLASSES = new Set(['text', 'composite']);

export function readNewsMl(root: XmlElement, feedUrl: string, warnings: string[]): FeedReading {
  const newsItems = root.name === 'newsItem' ? [root] : childElements(root, 'itemSet').flatMap((set) => childElements(set, 'newsItem'));
  const base = feedBase(feedUrl, attribute(root, 'base') ?? undefined, undefined);
  const items: ItemFields[] = [];
  newsItems.forEach((newsItem, index) => {
    const itemClass = localCode(attribute(child(newsItem, 'itemMeta', 'itemClass'), 'qcode'));
    if (itemClass && !ARTICLE_CLASSES.has(itemClass)) {
      warnings.push(`item ${index + 1}: a NewsML-G2 ${itemClass} item is not an article; skipped`);
      return;
    }
    items.push(readNewsItem(newsItem, base));
  });
  if (root.name !== 'newsItem' && newsItems.length === 0) throw new Error('<newsMessage> has no <itemSet> with a <newsItem>');
  return { title: null, language: null, link: null, items };
}

/** "ninat:text" → "text"; a full URI → its last segment. */
function localCode(qcode: string | null): string | null {
  return qcode?.split(/[:/]/).pop()?.toLowerCase() ?? null;
}

function readNewsItem(item: XmlElement, feedBaseUrl: string): ItemFields {
  const itemMeta = child(item, 'itemMeta');
  const meta = child(item, 'contentMeta');
  const base = attribute(item, 'base') ? (resolveUrl(attribute(item, 'base')!, feedBaseUrl) ?? feedBaseUrl) : feedBaseUrl;
  const located = child(meta, 'located');
  const published = trimmedText(child(itemMeta, 'firstCreated')) ?? trimmedText(child(meta, 'contentCreated'));
  const versionCreated = trimmedText(child(itemMeta, 'versionCreated'));
  const subjects = meta ? childElements(meta, 'subject') : [];
  return {
    id: attribute(item, 'guid'),
    link: pageLink(itemMeta),
    base,
    title: trimmedText(child(meta, 'headline')),
    summary: summaryOf(meta),
    contentHtml: bodyOf(child(item, 'contentSet'), base),
    published: published ?? versionCreated,
    // An item with only its version time has that as its publication time, not as an update.
    updated: published ? (versionCreated ?? trimmedText(child(meta, 'contentModified'))) : null,
    authors: (meta ? childElements(meta, 'creator') : []).map(conceptName).filter((name): name is string => name !== null),
    categories: subjects.map((subject) => trimmedText(child(subject, 'name'))).filter((name): name is string => name !== null),
    language: attribute(child(meta, 'language'), 'tag') ?? attribute(item, 'lang'),
    dateline: trimmedText(child(meta, 'dateline')) ?? conceptName(located),
    byline: trimmedText(child(meta, 'by')),
    subjects: subjects.map(subjectLabel).filter(Boolean),
    geo: located ? locatedPoint(located) : null,
    pubStatus: wireStatusWord(attribute(child(itemMeta, 'pubStatus'), 'qcode')),
    // An empty <embargoed/> is an embargo without a time yet.
    embargoed: child(itemMeta, 'embargoed') ? (trimmedText(child(itemMeta, 'embargoed')) ?? '') : null,
    raw: item,
  };
}

/** A concept's name element, else its literal (creator literal="…"). */
function conceptName(element: XmlElement | null): string | null {
  return trimmedText(child(element, 'name')) ?? attribute(element, 'literal');
}

/** "medtop:20000763 elections": the qcode (or uri) and the name, as given. */
function subjectLabel(subject: XmlElement): string {
  const code = attribute(subject, 'qcode') ?? attribute(subject, 'uri');
  return [code, trimmedText(child(subject, 'name'))].filter(Boolean).join(' ');
}

/** The description a summary role marks, else the first. */
function summaryOf(meta: XmlElement | null): string | null {
  const descriptions = meta ? childElements(meta, 'description') : [];
  const summary = descriptions.find((d) => localCode(attribute(d, 'role')) === 'summary') ?? descriptions[0];
  return summary ? trimmedText(summary) : null;
}

/** itemMeta links that name the item's web page; others point at packages, previous versions, etc. */
function pageLink(itemMeta: XmlElement | null): string | null {
  const links = itemMeta ? childElements(itemMeta, 'link') : [];
  const page = links.find((link) => /^(?:canonical|alternate)$/.test(localCode(attribute(link, 'rel')) ?? ''));
  return attribute(page ?? null, 'href');
}

/** XHTML first, then NITF, then plain text; among several renditions, the first usable one. */
function bodyOf(contentSet: XmlElement | null, base: string): string | null {
  if (!contentSet) return null;
  for (const inline of childElements(contentSet, 'inlineXML')) {
    const nitf = descendant(inline, 'nitf');
    if (nitf) return nitfBodyHtml(nitf, base);
    const body = descendant(inline, 'body');
    const html = nodesToHtml(body ? body.children : inline.children).trim();
    if (html) return html;
  }
  const plain = textContent(child(contentSet, 'inlineData')).trim();
  return plain ? textToHtml(plain) : null;
}

/** located may carry its coordinates: geoAreaDetails/position or POIDetails/position. */
function locatedPoint(located: XmlElement): GeoPoint | null {
  const position = descendant(located, 'position');
  return position ? geoPoint(attribute(position, 'latitude'), attribute(position, 'longitude')) : null;
}
