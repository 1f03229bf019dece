/**
 * The steps every feed format shares once its item has been read: resolve
 * the link, normalise dates, choose the guid, and report what had to be
 * guessed or dropped. Format-specific readers (rss-items.ts, atom-items.ts,
 * jsonfeed-items.ts) only say where each field lives.
 */
import { createHash } from 'node:crypto';
import type { Entry, GeoPoint } from './entry.ts';
import { parseFeedDate } from './feed-dates.ts';
import { escapeHtml, withLeadImage, type LeadImage } from './lead-image.ts';
import { wireState, type WireStatus } from './wire-status.ts';

/** One item as a format reader found it, before normalisation. */
export interface ItemFields {
  /** guid / id as the feed gave it. */
  id: string | null;
  link: string | null;
  /** Base URL for this item's relative links: xml:base, else the feed's base. */
  base: string;
  title: string | null;
  summary: string | null;
  contentHtml: string | null;
  published: string | null;
  updated: string | null;
  authors: string[];
  categories: string[];
  language: string | null;
  /** What wires carry and feeds mostly do not; absent means none. */
  dateline?: string | null;
  byline?: string | null;
  subjects?: string[];
  geo?: GeoPoint | null;
  image?: LeadImage | null;
  /** Wires only (wire-status.ts): the management status, when the wire gives one. */
  pubStatus?: WireStatus | null;
  /** Wires only: the embargo time as written; '' for "embargoed, no time given". */
  embargoed?: string | null;
  /** The parsed item, kept as JSON in Entry.raw. */
  raw: unknown;
}

/** A whole feed as a format reader found it. */
export interface FeedReading {
  title: string | null;
  language: string | null;
  /** The feed's home page, resolved. */
  link: string | null;
  items: ItemFields[];
}

export interface BuildContext {
  sourceId: string;
  /** 1-based position in the feed, to name items without a title in warnings. */
  position: number;
  warnings: string[];
}

/** Prefix of guids made up for items that have neither an id nor a link. */
export const HASHED_GUID_PREFIX = 'wiredesk:sha256:';

/** 128 bits of SHA-256: no realistic collision among one source's items, and a short key. */
const HASHED_GUID_HEX_LENGTH = 32;

export function buildEntry(item: ItemFields, ctx: BuildContext): Entry | null {
  const title = item.title?.trim() ?? '';
  const name = describeItem(title, ctx.position);
  const url = resolveLink(item.link, item.base, name, ctx.warnings);
  const published = normaliseDate(item.published, 'publication', name, ctx.warnings);
  const updated = normaliseDate(item.updated, 'update', name, ctx.warnings);
  const guid = chooseGuid(item.id, url, title, published ?? updated, name, ctx);
  if (guid === null) return null;
  return {
    sourceId: ctx.sourceId,
    guid,
    url,
    title,
    summary: nonEmpty(item.summary),
    contentHtml: contentWithImage(item, name, ctx.warnings),
    published,
    updated,
    authors: distinct(item.authors),
    categories: distinct(item.categories),
    language: item.language?.trim() || null,
    dateline: oneLine(item.dateline),
    byline: oneLine(item.byline),
    subjects: distinct(item.subjects ?? []),
    geo: item.geo ?? null,
    ...wireState(item.pubStatus, item.embargoed, name, ctx.warnings),
    raw: JSON.stringify(item.raw),
  };
}

function contentWithImage(item: ItemFields, name: string, warnings: string[]): string | null {
  const content = nonEmpty(item.contentHtml);
  if (!item.image) return content;
  const src = resolveLink(item.image.url, item.base, `${name}: image`, warnings);
  return src ? withLeadImage(content, nonEmpty(item.summary), item.image, src) : content;
}

const WHITESPACE_RUN = /\s+/g;

/** Datelines and bylines are single lines however the wire wrapped them. */
function oneLine(value: string | null | undefined): string | null {
  return value?.replace(WHITESPACE_RUN, ' ').trim() || null;
}

function describeItem(title: string, position: number): string {
  return title ? `item ${position} ("${title}")` : `item ${position} (untitled)`;
}

/** Only http(s) links become Entry.url: a javascript: or mailto: link is no article address. */
function resolveLink(link: string | null, base: string, name: string, warnings: string[]): string | null {
  const value = link?.trim();
  if (!value) return null;
  const resolved = resolveUrl(value, base);
  if (resolved && isHttpHref(resolved)) return resolved;
  warnings.push(`${name}: link "${value}" is not an http(s) URL; ignored`);
  return null;
}

/**
 * The base for a feed's relative links: its xml:base, resolved against where
 * the feed came from. A feed read from a local file has no useful address of
 * its own, so its declared home page (when absolute) stands in for it.
 */
export function feedBase(feedUrl: string, xmlBase: string | undefined, homeLink: string | undefined): string {
  let base = feedUrl;
  if (!/^https?:/i.test(feedUrl) && homeLink) {
    const home = resolveUrl(homeLink, feedUrl);
    if (home && /^https?:/i.test(home)) base = home;
  }
  return (xmlBase && resolveUrl(xmlBase, base)) || base;
}

/**
 * The feed's home page, resolved; null unless it is an http(s) URL. Like an
 * item's link it is an address a reader may be sent to, so a javascript:,
 * file: or mailto: home page is no home page.
 */
export function homePage(link: string | null | undefined, base: string): string | null {
  const resolved = link?.trim() ? resolveUrl(link.trim(), base) : null;
  return resolved && isHttpHref(resolved) ? resolved : null;
}

/**
 * Whether a URL's href (as URL serialises it: scheme in lower case) is
 * http(s): the same answer as parsing it again for its protocol, without
 * the second parse.
 */
function isHttpHref(href: string): boolean {
  return href.startsWith('https:') || href.startsWith('http:');
}

/** Resolves against the base; null when the result is not a URL at all. */
export function resolveUrl(value: string, base: string): string | null {
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}

function normaliseDate(value: string | null, what: string, name: string, warnings: string[]): string | null {
  if (value === null || !value.trim()) return null;
  const iso = parseFeedDate(value);
  if (iso === null) warnings.push(`${name}: ${what} date "${value}" is not a date; left empty`);
  return iso;
}

/**
 * The feed's id, else the link. Without both, a title and a date still make
 * a stable key (the same item keeps it from fetch to fetch); without those
 * the item cannot be told apart from its next edit, so it is skipped.
 */
function chooseGuid(
  id: string | null,
  url: string | null,
  title: string,
  date: string | null,
  name: string,
  ctx: BuildContext,
): string | null {
  const ownId = id?.trim();
  if (ownId) return ownId;
  if (url) return url;
  if (title && date) {
    ctx.warnings.push(`${name} has no guid and no link; its guid is made from its title and date`);
    return hashedGuid(ctx.sourceId, title, date);
  }
  ctx.warnings.push(`${name} has no guid, no link and no title and date to identify it; skipped`);
  return null;
}

function hashedGuid(sourceId: string, title: string, date: string): string {
  const digest = createHash('sha256').update(`${sourceId}\n${title}\n${date}`).digest('hex');
  return HASHED_GUID_PREFIX + digest.slice(0, HASHED_GUID_HEX_LENGTH);
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? value! : null;
}

function distinct(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

/** Plain text as HTML: escaped, blank lines as paragraph breaks, single newlines as <br>. */
export function textToHtml(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\s*\n\s*/g, '<br>')}</p>`)
    .join('\n');
}
