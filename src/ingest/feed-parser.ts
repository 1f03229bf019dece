/**
 * Feed body → ParsedFeed with Entry items. The format is told from the
 * content (a JSON object, or the XML root element), never from the URL or
 * the Content-Type, which are wrong often enough. feedsmith does the reading;
 * this file decides what a body is, turns failures into FeedErrors that name
 * the feed, and hands each item to the shared entry builder.
 */
import { parseAtomFeed, parseJsonFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import { readAtomFeed } from './atom-items.ts';
import type { Entry } from './entry.ts';
import { buildEntry, type FeedReading } from './entry-builder.ts';
import { decodeFeedBytes } from './feed-decoding.ts';
import { readJsonFeed } from './jsonfeed-items.ts';
import { readRdfFeed, readRssFeed } from './rss-items.ts';

export type FeedFormat = 'rss' | 'atom' | 'jsonfeed';

export interface ParseFeedOptions {
  sourceId: string;
  /** Where the feed came from: named in errors and the base for relative links. */
  url: string;
  /** Its charset parameter is used to decode a Buffer body. */
  contentType?: string | null;
  /** A format other than "auto" makes a body of another format an error. */
  format?: 'auto' | FeedFormat;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  language: string | null;
  link: string | null;
  entries: Entry[];
  /** Things the caller should record: skipped items, dates that were not dates, guessed ids. */
  warnings: string[];
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly url: string;

  constructor(message: string, url: string, options?: ErrorOptions) {
    super(message, options);
    this.url = url;
  }
}

type FeedKind = 'json' | 'rss' | 'rdf' | 'atom';
type Detected = { kind: FeedKind } | { kind: 'html' } | { kind: 'other'; description: string };

const FORMAT_OF: Record<FeedKind, FeedFormat> = { json: 'jsonfeed', rss: 'rss', rdf: 'rss', atom: 'atom' };
const FORMAT_NAMES: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', jsonfeed: 'JSON Feed' };

/** Declarations, processing instructions, comments and a DOCTYPE (with an internal subset) before the root. */
const PROLOG_PART = /^\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE\s+([^\s[>]+)(?:[^[>]|\[[\s\S]*?\])*>)/i;
const ROOT_ELEMENT = /^\s*<([A-Za-z_][\w.:-]*)/;
const HTML_ROOTS = new Set(['html', 'head', 'body']);
/** A string body may still start with the byte order mark its file had. */
const LEADING_BOM = /^\uFEFF/;

/** How much of an unrecognised body to quote in an error. */
const QUOTE_LENGTH = 40;

export function parseFeed(body: string | Buffer, options: ParseFeedOptions): ParsedFeed {
  const { url } = options;
  const warnings: string[] = [];
  const decoded = typeof body === 'string' ? body : decodeInto(body, options.contentType, warnings);
  const text = decoded.replace(LEADING_BOM, '');
  if (!text.trim()) throw new FeedError(`ingest: ${url} is empty, not a feed`, url);

  const detected = detect(text, options.contentType);
  if (detected.kind === 'html') throw new FeedError(`ingest: ${url} returned an HTML page, not a feed`, url);
  if (detected.kind === 'other') throw new FeedError(`ingest: ${url} is not a valid feed: ${detected.description}`, url);
  const format = FORMAT_OF[detected.kind];
  const wanted = options.format ?? 'auto';
  if (wanted !== 'auto' && wanted !== format) {
    throw new FeedError(
      `ingest: ${url} is ${FORMAT_NAMES[format]}, but the source is configured as ${FORMAT_NAMES[wanted]}`,
      url,
    );
  }
  const reading = readFormat(detected.kind, text, url, warnings);
  const entries = buildEntries(reading, options.sourceId, warnings);
  return { format, title: reading.title, language: reading.language, link: reading.link, entries, warnings };
}

function decodeInto(body: Buffer, contentType: string | null | undefined, warnings: string[]): string {
  const decoded = decodeFeedBytes(body, contentType);
  warnings.push(...decoded.warnings);
  return decoded.text;
}

function detect(text: string, contentType: string | null | undefined): Detected {
  let rest = text.trimStart();
  if (rest.startsWith('{')) return { kind: 'json' };
  let doctype: string | undefined;
  for (let part = PROLOG_PART.exec(rest); part; part = PROLOG_PART.exec(rest)) {
    doctype ??= part[1];
    rest = rest.slice(part[0].length);
  }
  const root = ROOT_ELEMENT.exec(rest)?.[1];
  const localName = root?.split(':').pop()?.toLowerCase();
  if (localName === 'rss') return { kind: 'rss' };
  if (localName === 'feed') return { kind: 'atom' };
  if (localName === 'rdf') return { kind: 'rdf' };
  const looksHtml =
    doctype?.toLowerCase() === 'html' || HTML_ROOTS.has(localName ?? '') || /html/i.test(contentType ?? '');
  if (looksHtml) return { kind: 'html' };
  if (root) return { kind: 'other', description: `its root element is <${root}>, not <rss>, <feed> or <rdf:RDF>` };
  const start = JSON.stringify(rest.slice(0, QUOTE_LENGTH));
  return { kind: 'other', description: `it is neither XML nor a JSON object (it starts ${start})` };
}

function readFormat(kind: FeedKind, text: string, url: string, warnings: string[]): FeedReading {
  try {
    switch (kind) {
      case 'json':
        return readJsonFeed(parseJsonFeed(jsonFeedObject(text, url)), url);
      case 'rss':
        return readRssFeed(parseRssFeed(text), url);
      case 'rdf':
        return readRdfFeed(parseRdfFeed(text), url);
      case 'atom':
        return readAtomFeed(parseAtomFeed(text), url, warnings);
    }
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw new FeedError(`ingest: ${url} is not a valid feed: ${failureReason(kind, error)}`, url, { cause: error });
  }
}

/** Parsed here rather than by feedsmith, to report JSON's own syntax error. */
function jsonFeedObject(text: string, url: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedError(`ingest: ${url} is not a valid feed: invalid JSON (${reason})`, url, { cause: error });
  }
  const object = value as Record<string, unknown>;
  const isJsonFeed = typeof object.version === 'string' ? object.version.includes('jsonfeed.org') : Array.isArray(object.items);
  if (!isJsonFeed) {
    throw new FeedError(`ingest: ${url} is not a valid feed: JSON without a JSON Feed "version" or "items"`, url);
  }
  return object;
}

/** What an otherwise readable document lacks when feedsmith finds nothing in it. */
const EMPTY_REASONS: Record<FeedKind, string> = {
  rss: '<rss> has no <channel> with a title, link or items',
  rdf: '<rdf:RDF> has no channel or items',
  atom: '<feed> has no title, id or entries',
  json: 'the JSON Feed has no title or items',
};

/** feedsmith says only "Invalid feed format"; its cause, when there is one, says what is wrong in the XML. */
function failureReason(kind: FeedKind, error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  return cause instanceof Error ? `malformed XML (${cause.message})` : EMPTY_REASONS[kind];
}

function buildEntries(reading: FeedReading, sourceId: string, warnings: string[]): Entry[] {
  const entries: Entry[] = [];
  const positions = new Map<string, number>();
  reading.items.forEach((item, index) => {
    const entry = buildEntry(item, { sourceId, position: index + 1, warnings });
    if (!entry) return;
    const earlier = positions.get(entry.guid);
    if (earlier !== undefined) {
      warnings.push(`item ${index + 1} repeats the guid "${entry.guid}" of item ${earlier}; only one will be kept`);
    } else {
      positions.set(entry.guid, index + 1);
    }
    entries.push(entry);
  });
  return entries;
}
