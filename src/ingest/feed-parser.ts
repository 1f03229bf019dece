/**
 * Feed or wire body → ParsedFeed with Entry items. The format is told from
 * the content (feed-detection.ts). feedsmith reads the syndication formats
 * (plain RSS 2.0 and Atom through a faster reader of its input, xml-fast-path.ts),
 * fast-xml-parser the agencies' XML (wire-xml.ts); this file turns failures
 * into FeedErrors that name the feed, and hands each item to the shared
 * entry builder.
 */
import { parseAtomFeed, parseJsonFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import { readAtomFeed } from './atom-items.ts';
import type { Entry } from './entry.ts';
import { buildEntry, type FeedReading } from './entry-builder.ts';
import { decodeFeedBytes } from './feed-decoding.ts';
import { feedRefresh, type FeedRefresh } from './feed-refresh.ts';
import { detectDocument, isNinjs, isRecord, jsonNestsDeeper, type DocumentKind } from './feed-detection.ts';
import { readJsonFeed } from './jsonfeed-items.ts';
import { readNewsMl } from './newsml-items.ts';
import { readNinjs } from './ninjs-items.ts';
import { readNitf } from './nitf-items.ts';
import { readRdfFeed, readRssFeed } from './rss-items.ts';
import { parseWireXml } from './wire-xml.ts';
import { fastAtomFeed, fastRssFeed } from './xml-fast-path.ts';

export type FeedFormat = 'rss' | 'atom' | 'jsonfeed' | 'ninjs' | 'newsml-g2' | 'nitf';

export interface ParseFeedOptions {
  sourceId: string;
  /** Where the feed came from: named in errors and the base for relative links. */
  url: string;
  /** Its charset parameter is used to decode a Buffer body. */
  contentType?: string | null;
  /** A format other than "auto" makes a body of another format an error. */
  format?: 'auto' | FeedFormat;
  /**
   * false reads RSS and Atom with feedsmith alone, without the fast path
   * (xml-fast-path.ts): for the tests that hold the two paths equal.
   */
  xmlFastPath?: boolean;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  language: string | null;
  link: string | null;
  entries: Entry[];
  /** Things the caller should record: skipped items, dates that were not dates, guessed ids. */
  warnings: string[];
  /** What the feed says about its pace (RSS ttl, sy:updatePeriod); null or absent when nothing. */
  refresh?: FeedRefresh | null;
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly url: string;
  /** The first characters of the body that is no feed (body-start.ts), set by readFeed, which has the bytes. */
  bodyStart: string | null = null;

  constructor(message: string, url: string, options?: ErrorOptions) {
    super(message, options);
    this.url = url;
  }
}

const FORMAT_OF: Record<Exclude<DocumentKind, 'json'>, FeedFormat> = {
  rss: 'rss',
  rdf: 'rss',
  atom: 'atom',
  newsml: 'newsml-g2',
  nitf: 'nitf',
};
const FORMAT_NAMES: Record<FeedFormat, string> = {
  rss: 'RSS',
  atom: 'Atom',
  jsonfeed: 'JSON Feed',
  ninjs: 'ninjs',
  'newsml-g2': 'NewsML-G2',
  nitf: 'NITF',
};

/** A string body may still start with the byte order mark its file had. */
const LEADING_BOM = /^\uFEFF/;

export function parseFeed(body: string | Buffer, options: ParseFeedOptions): ParsedFeed {
  const { url } = options;
  const warnings: string[] = [];
  const decoded = typeof body === 'string' ? body : decodeInto(body, options.contentType, warnings);
  const text = decoded.replace(LEADING_BOM, '');
  if (!text.trim()) throw new FeedError(`ingest: ${url} is empty, not a feed`, url);

  const detected = detectDocument(text, options.contentType);
  if (detected.kind === 'html') throw new FeedError(`ingest: ${url} returned an HTML page, not a feed`, url);
  if (detected.kind === 'other') throw new FeedError(`ingest: ${url} is not a valid feed: ${detected.description}`, url);
  const document = detected.kind === 'json' ? jsonDocument(text, url) : { kind: detected.kind, format: FORMAT_OF[detected.kind] };
  const wanted = options.format ?? 'auto';
  if (wanted !== 'auto' && wanted !== document.format) {
    throw new FeedError(
      `ingest: ${url} is ${FORMAT_NAMES[document.format]}, but the source is configured as ${FORMAT_NAMES[wanted]}`,
      url,
    );
  }
  const reading = readDocument(document, text, url, warnings, options.xmlFastPath ?? true);
  const entries = buildEntries(reading, options.sourceId, warnings);
  const refresh = reading.refresh ?? null;
  return { format: document.format, title: reading.title, language: reading.language, link: reading.link, entries, warnings, refresh };
}

function decodeInto(body: Buffer, contentType: string | null | undefined, warnings: string[]): string {
  const decoded = decodeFeedBytes(body, contentType);
  warnings.push(...decoded.warnings);
  return decoded.text;
}

type XmlKind = Exclude<DocumentKind, 'json'>;
type Document = { kind: XmlKind; format: FeedFormat } | { kind: 'json'; format: 'jsonfeed' | 'ninjs'; value: unknown };

/** Deeper than any feed or wire item, as for the wires' XML (wire-xml.ts); far short of exhausting the stack. */
const MAX_JSON_DEPTH = 256;

/** Parsed here rather than by feedsmith, to report JSON's own syntax error and to tell JSON Feed from ninjs. */
function jsonDocument(text: string, url: string): Document {
  if (jsonNestsDeeper(text, MAX_JSON_DEPTH)) {
    throw new FeedError(`ingest: ${url} is not a valid feed: JSON nested deeper than ${MAX_JSON_DEPTH} levels`, url);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedError(`ingest: ${url} is not a valid feed: invalid JSON (${reason})`, url, { cause: error });
  }
  if (isNinjs(value)) return { kind: 'json', format: 'ninjs', value };
  const isJsonFeed =
    isRecord(value) && (typeof value['version'] === 'string' ? value['version'].includes('jsonfeed.org') : Array.isArray(value['items']));
  if (!isJsonFeed) {
    throw new FeedError(`ingest: ${url} is not a valid feed: JSON that is neither a JSON Feed (no "version" or "items") nor ninjs`, url);
  }
  return { kind: 'json', format: 'jsonfeed', value };
}

/** A reading, with the feed's own pace where its format has one. */
type Reading = FeedReading & { refresh?: FeedRefresh | null };

function readDocument(document: Document, text: string, url: string, warnings: string[], fast: boolean): Reading {
  try {
    if (document.kind === 'json') {
      return document.format === 'ninjs'
        ? readNinjs(document.value, url, warnings)
        : readJsonFeed(parseJsonFeed(document.value as Record<string, unknown>), url);
    }
    return readXml(document.kind, text, url, warnings, fast);
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw new FeedError(`ingest: ${url} is not a valid feed: ${failureReason(document, error)}`, url, { cause: error });
  }
}

/** RSS and Atom go the fast way when it reads them (xml-fast-path.ts), else through feedsmith's parse. */
function readXml(kind: XmlKind, text: string, url: string, warnings: string[], fast: boolean): Reading {
  switch (kind) {
    case 'rss': {
      const feed = (fast ? fastRssFeed(text) : null) ?? parseRssFeed(text);
      return { ...readRssFeed(feed, url), refresh: feedRefresh(feed) };
    }
    case 'rdf': {
      const feed = parseRdfFeed(text);
      return { ...readRdfFeed(feed, url), refresh: feedRefresh(feed) };
    }
    case 'atom': {
      const feed = (fast ? fastAtomFeed(text) : null) ?? parseAtomFeed(text);
      return { ...readAtomFeed(feed, url, warnings), refresh: feedRefresh(feed) };
    }
    case 'newsml':
      return readNewsMl(parseWireXml(text), url, warnings);
    case 'nitf':
      return readNitf(parseWireXml(text), url, warnings);
  }
}

/** What an otherwise readable document lacks when feedsmith finds nothing in it. */
const EMPTY_REASONS: Record<'rss' | 'rdf' | 'atom' | 'jsonfeed', string> = {
  rss: '<rss> has no <channel> with a title, link or items',
  rdf: '<rdf:RDF> has no channel or items',
  atom: '<feed> has no title, id or entries',
  jsonfeed: 'the JSON Feed has no title or items',
};

/**
 * feedsmith says only "Invalid feed format"; its cause, when there is one,
 * says what is wrong in the XML. The wire readers say it themselves.
 */
function failureReason(document: Document, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (document.format === 'ninjs' || document.kind === 'newsml' || document.kind === 'nitf') return message;
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) return `malformed XML (${cause.message})`;
  return EMPTY_REASONS[document.kind === 'json' ? 'jsonfeed' : document.kind];
}

/**
 * A feed that lists one guid twice gives one entry: the copy dated latest
 * (its update or else its publication), or, when the dates do not tell, the
 * later one in the document, which is what the store would keep.
 */
function buildEntries(reading: FeedReading, sourceId: string, warnings: string[]): Entry[] {
  const kept = new Map<string, { entry: Entry; position: number }>();
  reading.items.forEach((item, index) => {
    const entry = buildEntry(item, { sourceId, position: index + 1, warnings });
    if (!entry) return;
    const earlier = kept.get(entry.guid);
    if (!earlier) {
      kept.set(entry.guid, { entry, position: index + 1 });
      return;
    }
    const later = entryDate(entry) >= entryDate(earlier.entry);
    const keptPosition = later ? index + 1 : earlier.position;
    warnings.push(`item ${index + 1} repeats the guid "${entry.guid}" of item ${earlier.position}; item ${keptPosition} is kept`);
    if (later) kept.set(entry.guid, { entry, position: earlier.position });
  });
  return [...kept.values()].map(({ entry }) => entry);
}

/** ISO UTC strings compare as times; an undated entry sorts first. */
function entryDate(entry: Entry): string {
  return entry.updated ?? entry.published ?? '';
}
