/**
 * Atom 1.0 (RFC 4287) → ItemFields. Atom text constructs default to
 * type="text" (§3.1.1), so content without a type is plain text and is
 * escaped into HTML rather than passed on as markup. Titles are text in the
 * entry whatever their type: an html or xhtml title loses its markup (the
 * raw item keeps it). An entry without authors inherits the feed's
 * (§4.2.1). Media RSS and georss work as in RSS.
 */
import type { AtomFeed } from 'feedsmith';
import { feedBase, homePage, resolveUrl, textToHtml, type FeedReading, type ItemFields } from './entry-builder.ts';
import { geoPoint } from './geo-point.ts';
import { feedLeadImage } from './media-rss-image.ts';
import { parseHtmlWith } from '../text/nesting-limit.ts';

type AtomEntry = AtomFeed.Entry<string>;
type AtomLink = AtomFeed.Link<string>;

const HTML_CONTENT_TYPES = new Set(['html', 'xhtml', 'text/html', 'application/xhtml+xml']);
const TEXT_CONTENT_TYPES = new Set(['text', 'text/plain']);

export function readAtomFeed(feed: AtomFeed.Feed<string>, feedUrl: string, warnings: string[]): FeedReading {
  const home = alternateLink(feed.links);
  const base = feedBase(feedUrl, feed.xml?.base, home ?? undefined);
  const language = feed.xml?.lang ?? feed.dc?.languages?.[0] ?? null;
  const feedAuthors = personNames(feed.authors);
  return {
    title: textOf(feed.title),
    language,
    link: homePage(home, base),
    items: (feed.entries ?? []).map((entry, index) => {
      const context = { feedBaseUrl: base, language, feedAuthors, position: index + 1, warnings };
      return readAtomEntry(entry, context);
    }),
  };
}

interface EntryContext {
  feedBaseUrl: string;
  language: string | null;
  feedAuthors: string[];
  position: number;
  warnings: string[];
}

function readAtomEntry(entry: AtomEntry, ctx: EntryContext): ItemFields {
  const authors = personNames(entry.authors);
  return {
    id: entry.id ?? null,
    link: alternateLink(entry.links),
    base: entry.xml?.base ? (resolveUrl(entry.xml.base, ctx.feedBaseUrl) ?? ctx.feedBaseUrl) : ctx.feedBaseUrl,
    title: textOf(entry.title),
    summary: entry.summary?.value ?? null,
    contentHtml: contentAsHtml(entry, ctx),
    published: entry.published ?? entry.dc?.dates?.[0] ?? null,
    updated: entry.updated ?? null,
    authors: authors.length > 0 ? authors : ctx.feedAuthors,
    categories: (entry.categories ?? []).map((category) => category.label ?? category.term ?? ''),
    language: entry.xml?.lang ?? entry.dc?.languages?.[0] ?? ctx.language,
    geo: atomGeo(entry),
    image: feedLeadImage(entry.media, enclosures(entry.links)),
    raw: entry,
  };
}

/** A text construct as text: html and xhtml ones without their markup, references decoded. */
function textOf(construct: AtomFeed.Text | undefined): string | null {
  if (construct?.value === undefined) return null;
  return HTML_CONTENT_TYPES.has(construct.type?.toLowerCase() ?? 'text') ? htmlToText(construct.value) : construct.value;
}

/** Elements whose text is no part of a title. */
const NOT_TEXT = new Set(['script', 'style', 'template']);
/** Elements that break a line: a space keeps the words on either side apart. */
const BREAKS = new Set(['br', 'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const WHITESPACE_RUN = /\s+/g;

function htmlToText(html: string): string {
  let text = '';
  let hidden = 0;
  // The parser's cost grows with the square of the nesting depth, hence the limited one (text/nesting-limit.ts).
  parseHtmlWith(html, {
    onopentagname(name) {
      if (NOT_TEXT.has(name)) hidden++;
      if (BREAKS.has(name)) text += ' ';
    },
    onclosetag(name) {
      if (NOT_TEXT.has(name)) hidden = Math.max(0, hidden - 1);
    },
    ontext(chunk) {
      if (hidden === 0) text += chunk;
    },
  });
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** The first rel="alternate" link (rel defaults to alternate, §4.2.7.2), preferring an HTML one. */
function alternateLink(links: AtomLink[] | undefined): string | null {
  const alternates = (links ?? []).filter((link) => (link.rel ?? 'alternate') === 'alternate' && link.href);
  const html = alternates.find((link) => link.type === undefined || link.type === 'text/html');
  return (html ?? alternates[0])?.href ?? null;
}

function enclosures(links: AtomLink[] | undefined): Array<{ url: string | undefined; type: string | undefined }> {
  return (links ?? []).filter((link) => link.rel === 'enclosure').map((link) => ({ url: link.href, type: link.type }));
}

function atomGeo(entry: AtomEntry): ItemFields['geo'] {
  const point = entry.georss?.point;
  if (point) return geoPoint(point.lat, point.lng);
  return entry.geo ? geoPoint(entry.geo.lat, entry.geo.long) : null;
}

function contentAsHtml(entry: AtomEntry, ctx: EntryContext): string | null {
  const content = entry.content;
  if (!content?.value) return null;
  const type = (content.type ?? 'text').toLowerCase();
  if (HTML_CONTENT_TYPES.has(type)) return content.value;
  if (TEXT_CONTENT_TYPES.has(type)) return textToHtml(content.value);
  const title = entry.title?.value ? ` ("${entry.title.value}")` : '';
  ctx.warnings.push(`item ${ctx.position}${title}: content of type "${content.type}" is not text or HTML; left out`);
  return null;
}

function personNames(people: AtomFeed.Person[] | undefined): string[] {
  return (people ?? []).map((person) => person.name ?? person.email ?? '');
}
