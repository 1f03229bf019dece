/**
 * IPTC ninjs (https://www.iptc.org/std/ninjs/) → ItemFields. Version 1.x
 * names fields in the singular (headline, body_html, byline, subject,
 * associations as an object keyed by name); 2.0 uses lists (headlines,
 * bodies, by, subjects, associations as an array), and 2.x adds `bylines`,
 * one credit line each. All are read, field by field, so a producer mixing
 * them is understood too.
 *
 * A document is one ninjs object, an array of them, or a wrapper with an
 * `items` (or `data`) array, as agency APIs return them.
 */
import { feedBase, textToHtml, type FeedReading, type ItemFields } from './entry-builder.ts';
import type { GeoPoint } from './entry.ts';
import { isRecord } from './feed-detection.ts';
import { geoPoint } from './geo-point.ts';
import type { LeadImage } from './lead-image.ts';
import { wireStatusWord } from './wire-status.ts';

type Json = Record<string, unknown>;

/** Types that are an article; a lone picture or video is not one. */
const ARTICLE_TYPES = new Set(['text', 'composite']);
const PICTURE_TYPES = new Set(['picture', 'graphic']);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * The rendition to show: the widest not wider than this. Agencies offer a
 * full-resolution original of many megabytes next to web-sized previews;
 * 2048 px covers a wide article column on a high-density screen.
 */
const MAX_IMAGE_WIDTH = 2048;

/** "By Kavya Rao" → "Kavya Rao": the word an article's byline drops (extract/metadata/byline.ts), for names made from byline lines. */
const BY_PREFIX = /^(?:by|from)\s+|^द्वारा\s+/iu;

export function readNinjs(value: unknown, feedUrl: string, warnings: string[]): FeedReading {
  const objects = ninjsObjects(value);
  const base = feedBase(feedUrl, undefined, undefined);
  const items: ItemFields[] = [];
  objects.forEach((object, index) => {
    const type = text(object['type']);
    if (type && !ARTICLE_TYPES.has(type)) {
      warnings.push(`item ${index + 1}: a ninjs ${type} item is not an article; skipped`);
      return;
    }
    items.push(readNinjsObject(object, base));
  });
  const wrapper = isRecord(value) && !objects.includes(value) ? value : null;
  return { title: text(wrapper?.['title']), language: null, link: null, items };
}

function ninjsObjects(value: unknown): Json[] {
  if (Array.isArray(value)) return value.filter(isRecord);
  if (!isRecord(value)) return [];
  if ('uri' in value || 'guid' in value) return [value];
  const list = value['items'] ?? value['data'];
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

function readNinjsObject(item: Json, base: string): ItemFields {
  const located = text(item['located']);
  const body = bodyHtml(item);
  const versionCreated = text(item['versioncreated']);
  const firstCreated = text(item['firstcreated']) ?? text(item['contentcreated']);
  return {
    id: text(item['guid']) ?? text(item['uri']),
    link: webLink(item),
    base,
    title: textOrValue(item['headline']) ?? chosenValue(item['headlines'], ['main', 'headline']),
    summary: text(item['description_html']) ?? text(item['description_text']) ?? chosenValue(item['descriptions'], ['summary', 'text']),
    contentHtml: body,
    published: firstCreated ?? versionCreated,
    // A first version has only its creation time: that is when it was published, not an update.
    updated: firstCreated ? versionCreated : null,
    authors: authors(item),
    categories: subjects(item).map((subject) => text(subject['name']) ?? '').filter(Boolean),
    language: text(item['language']),
    dateline: located,
    byline: text(item['by']) ?? text(item['byline']) ?? (bylineLines(item).join('; ') || null),
    subjects: subjects(item).map(subjectLabel).filter(Boolean),
    geo: placePoint(item, located),
    image: leadPicture(item),
    pubStatus: wireStatusWord(text(item['pubstatus'])),
    // Present but empty: embargoed, no time given.
    embargoed: 'embargoed' in item ? (text(item['embargoed']) ?? '') : null,
    raw: item,
  };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : typeof value === 'number' ? String(value) : null;
}

/** 1.x allowed `headline` as a string; some producers send `{ value }` there too. */
function textOrValue(value: unknown): string | null {
  return text(value) ?? (isRecord(value) ? text(value['value']) : null);
}

/** From a 2.0 list of `{ role, value }`: the first with a preferred role, else the first. */
function chosenValue(list: unknown, roles: string[]): string | null {
  const entries = Array.isArray(list) ? list.filter(isRecord) : [];
  const preferred = entries.find((entry) => roles.some((role) => text(entry['role'])?.toLowerCase().endsWith(role)));
  return text((preferred ?? entries[0])?.['value']);
}

/** HTML bodies first (in order of preference), plain text escaped into paragraphs after. */
function bodyHtml(item: Json): string | null {
  const html = text(item['body_html']) ?? text(item['body_xhtml']);
  if (html) return html;
  const bodies = Array.isArray(item['bodies']) ? item['bodies'].filter(isRecord) : [];
  const htmlBody = bodies.find((body) => HTML_TYPES.has(text(body['contenttype'])?.toLowerCase() ?? ''));
  if (htmlBody) return text(htmlBody['value']);
  const plainBody = bodies.find((body) => (text(body['contenttype']) ?? 'text/plain') === 'text/plain');
  const plain = text(item['body_text']) ?? text(plainBody?.['value']);
  return plain ? textToHtml(plain) : null;
}

/** 2.0 `links` with a web page relation; ninjs `uri` names the item and is not assumed to be a page. */
function webLink(item: Json): string | null {
  const links = Array.isArray(item['links']) ? item['links'].filter(isRecord) : [];
  const page = links.find((link) => /(?:canonical|alternate)$/i.test(text(link['rel']) ?? ''));
  return text(page?.['href']);
}

function people(item: Json): Json[] {
  const list = item['people'] ?? item['person'];
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

/** People marked as authors; without any, the people the bylines credit. */
function authors(item: Json): string[] {
  const marked = people(item).filter((person) => isAuthor(person)).map((person) => text(person['name']) ?? '').filter(Boolean);
  if (marked.length > 0) return marked;
  return bylineLines(item).map((line) => line.replace(BY_PREFIX, '').trim()).filter(Boolean);
}

/** 2.x `bylines`: `{ byline, role? }` each, in order. */
function bylineLines(item: Json): string[] {
  const list = Array.isArray(item['bylines']) ? item['bylines'].filter(isRecord) : [];
  return list.map((entry) => text(entry['byline'])?.trim() ?? '').filter(Boolean);
}

function isAuthor(person: Json): boolean {
  return /(?:author|creator|writer)$/i.test(text(person['rel']) ?? text(person['role']) ?? '');
}

function subjects(item: Json): Json[] {
  const list = item['subjects'] ?? item['subject'];
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

/** "code name" as the wire gives them: 2.0 `literal`/`uri`, 1.x `code` (with its `scheme` when it has one). */
function subjectLabel(subject: Json): string {
  const scheme = text(subject['scheme']);
  const bareCode = text(subject['code']);
  const qualified = bareCode && scheme && !bareCode.includes(':') ? `${scheme}:${bareCode}` : bareCode;
  const code = text(subject['literal']) ?? qualified ?? text(subject['uri']);
  return [code, text(subject['name'])].filter(Boolean).join(' ');
}

/**
 * The place the story comes from: the place named like `located`, or the
 * only place with coordinates. A story that names several places and says
 * which is its own in none of them has no point.
 */
function placePoint(item: Json, located: string | null): GeoPoint | null {
  const list = item['places'] ?? item['place'];
  const places = (Array.isArray(list) ? list.filter(isRecord) : []).filter((place) => pointOf(place) !== null);
  const own = located ? places.find((place) => text(place['name'])?.toLowerCase() === located.toLowerCase()) : undefined;
  const chosen = own ?? (places.length === 1 ? places[0] : undefined);
  return chosen ? pointOf(chosen) : null;
}

/** GeoJSON orders coordinates longitude first. */
function pointOf(place: Json): GeoPoint | null {
  const geometry = place['geometry_geojson'];
  if (!isRecord(geometry) || geometry['type'] !== 'Point' || !Array.isArray(geometry['coordinates'])) return null;
  const [lon, lat] = geometry['coordinates'] as unknown[];
  return geoPoint(lat, lon);
}

function leadPicture(item: Json): LeadImage | null {
  const associations = item['associations'];
  const list = Array.isArray(associations) ? associations : isRecord(associations) ? Object.values(associations) : [];
  const picture = list.filter(isRecord).find((association) => PICTURE_TYPES.has(text(association['type']) ?? ''));
  if (!picture) return null;
  const url = renditionHref(picture['renditions']) ?? httpUri(picture);
  if (!url) return null;
  return {
    url,
    caption: text(picture['description_text']) ?? chosenValue(picture['descriptions'], ['caption', 'text']) ?? textOrValue(picture['headline']),
    credit: text(picture['by']) ?? text(picture['byline']) ?? text(picture['copyrightholder']),
    alt: null,
  };
}

/** Renditions: an object keyed by name (1.x) or an array (2.0). */
function renditionHref(renditions: unknown): string | null {
  const list = Array.isArray(renditions) ? renditions : isRecord(renditions) ? Object.values(renditions) : [];
  const withHref = list.filter(isRecord).filter((rendition) => text(rendition['href']));
  const width = (rendition: Json): number => (typeof rendition['width'] === 'number' ? rendition['width'] : 0);
  const fitting = withHref.filter((rendition) => width(rendition) > 0 && width(rendition) <= MAX_IMAGE_WIDTH);
  const widest = fitting.sort((a, b) => width(b) - width(a))[0];
  return text((widest ?? withHref[0])?.['href']);
}

function httpUri(picture: Json): string | null {
  const uri = text(picture['uri']);
  return uri && /^https?:\/\//i.test(uri) ? uri : null;
}
