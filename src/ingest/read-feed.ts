/**
 * A source's location → ParsedFeed. An http(s) URL is fetched (conditionally,
 * when validators from the last fetch are given); anything else is a local
 * file, which lets the demo and tests run without a network.
 */
import type { Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bodyStart } from './body-start.ts';
import { FeedError, parseFeed, type FeedFormat, type ParsedFeed } from './feed-parser.ts';
import { FetchError, fetchResource, type FetchOptions } from './http-fetch.ts';

export interface ReadFeedOptions extends FetchOptions {
  sourceId: string;
  format: 'auto' | FeedFormat;
  /** Folder that relative file paths are resolved against (the config file's folder). */
  baseDir: string;
}

export interface FeedReadResult {
  /** True when the server answered 304: nothing changed since the validators were issued. */
  notModified: boolean;
  /** Null when notModified. */
  feed: ParsedFeed | null;
  /** HTTP status; null for a local file. */
  status: number | null;
  /** Validators to send next time; for a 304, the new ones if the server sent any, else the old. */
  etag: string | null;
  lastModified: string | null;
  /** The URL after redirects, or the file: URL of a local file. */
  finalUrl: string;
  /** Where the feed has moved for good (301, 308 only); null when it has not. */
  permanentUrl: string | null;
  /** Response headers, lower-case names; empty for a local file. */
  headers: Record<string, string>;
}

/** Types that a feed server may legitimately answer with; anything is still accepted. */
const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

export async function readFeed(location: string, options: ReadFeedOptions): Promise<FeedReadResult> {
  if (/^https?:/i.test(location)) return readRemoteFeed(location, options);
  if (location.startsWith('file:')) return readLocalFeed(filePathOf(location), options);
  // Two letters or more: a scheme, not a Windows drive letter ("C:\feeds").
  if (/^[a-z][a-z0-9+.-]+:/i.test(location)) {
    throw new FetchError(`ingest: ${location} is neither an http(s) URL nor a file`, {
      url: location,
      kind: 'unsupported-url',
    });
  }
  return readLocalFeed(path.resolve(options.baseDir, location), options);
}

function filePathOf(fileUrl: string): string {
  try {
    return fileURLToPath(fileUrl);
  } catch (cause) {
    throw new FetchError(`ingest: ${fileUrl} is not a usable file: URL`, { url: fileUrl, kind: 'unsupported-url' }, { cause });
  }
}

async function readRemoteFeed(url: string, options: ReadFeedOptions): Promise<FeedReadResult> {
  const response = await fetchResource(url, { ...options, accept: options.accept ?? FEED_ACCEPT });
  const etag = response.headers['etag'] ?? null;
  const lastModified = response.headers['last-modified'] ?? null;
  if (response.notModified) {
    return {
      notModified: true,
      feed: null,
      status: response.status,
      etag: etag ?? options.etag ?? null,
      lastModified: lastModified ?? options.lastModified ?? null,
      finalUrl: response.url,
      permanentUrl: response.permanentUrl,
      headers: response.headers,
    };
  }
  const feed = parseQuoting(response.body, {
    sourceId: options.sourceId,
    url: response.url,
    contentType: response.headers['content-type'] ?? null,
    format: options.format,
  });
  const { url: finalUrl, permanentUrl, headers, status } = response;
  return { notModified: false, feed, status, etag, lastModified, finalUrl, permanentUrl, headers };
}

async function readLocalFeed(file: string, options: ReadFeedOptions): Promise<FeedReadResult> {
  const fileUrl = pathToFileURL(file).href;
  const body = await readLimitedFile(file, options.maxBytes);
  const feed = parseQuoting(body, { sourceId: options.sourceId, url: fileUrl, format: options.format });
  return { notModified: false, feed, status: null, etag: null, lastModified: null, finalUrl: fileUrl, permanentUrl: null, headers: {} };
}

/** parseFeed, with the start of a body that is no feed kept on its error for the source's health. */
function parseQuoting(body: Buffer, options: Parameters<typeof parseFeed>[1]): ParsedFeed {
  try {
    return parseFeed(body, options);
  } catch (error) {
    if (error instanceof FeedError) error.bodyStart ??= bodyStart(body);
    throw error;
  }
}

/**
 * The size is checked on the open file, so a file that grows meanwhile is
 * still cut at the limit. Only regular files are read: a device reports no
 * size (/dev/zero would read as empty, or endlessly), a directory has no
 * bytes, and opening a named pipe waits for a writer that may never come,
 * so each is refused before it is opened, and again on the open file.
 */
async function readLimitedFile(file: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    refuseIrregular(file, await stat(file));
    handle = await open(file, 'r');
  } catch (cause) {
    if (cause instanceof FetchError) throw cause;
    const reason = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (cause as Error).message;
    throw new FetchError(`ingest: cannot read feed file ${file}: ${reason}`, { url: file, kind: 'file' }, { cause });
  }
  try {
    const stats = await handle.stat();
    refuseIrregular(file, stats);
    const { size } = stats;
    if (size > maxBytes) {
      throw new FetchError(`ingest: feed file ${file} has ${size} bytes, over the limit of ${maxBytes} bytes (fetch.maxBytes)`, {
        url: file,
        kind: 'too-large',
      });
    }
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } catch (cause) {
    if (cause instanceof FetchError) throw cause;
    throw new FetchError(`ingest: cannot read feed file ${file}: ${(cause as Error).message}`, { url: file, kind: 'file' }, { cause });
  } finally {
    await handle.close();
  }
}

function refuseIrregular(file: string, stats: Stats): void {
  if (stats.isFile()) return;
  throw new FetchError(`ingest: feed file ${file} is not a regular file (${fileKind(stats)})`, { url: file, kind: 'file' });
}

function fileKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}
