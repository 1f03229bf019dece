/**
 * One bounded HTTP GET: conditional headers in, redirects followed by hand,
 * the body read as a stream under a byte limit, every failure turned into a
 * FetchError that names the URL.
 *
 * Every connection goes through the address guard (address-guard.ts): the
 * default Agent allows no private address, and callers pass their own guarded
 * Agent with the configured allow list as `dispatcher`. Per-host politeness
 * (host-politeness.ts) and robots.txt (robots-cache.ts) wrap this function at
 * the caller: a fetch here is one request chain, made at once.
 */
import { STATUS_CODES } from 'node:http';
import { fetch, type Agent, type Dispatcher, type Response } from 'undici';
import { AddressRefusedError, createGuardedAgent } from './address-guard.ts';
import { bodyStart, ERROR_BODY_PEEK_BYTES } from './body-start.ts';

export interface FetchOptions {
  /** Limit for the whole exchange: connect, redirects, headers and body. */
  timeoutMs: number;
  /** Bodies larger than this (after decompression) fail the fetch. */
  maxBytes: number;
  userAgent: string;
  /** Validators from the previous fetch, sent as If-None-Match / If-Modified-Since (RFC 9110 §13). */
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  /** Connection pool to use instead of the shared guarded Agent (which allows no private address). */
  dispatcher?: Dispatcher;
  /** Called with each redirect target before it is requested; a rejection stops the fetch (robots.txt for pages). */
  beforeRedirect?: (url: string) => Promise<void>;
}

export interface FetchResult {
  /** The URL that finally answered, after redirects. */
  url: string;
  status: number;
  /** Response headers with lower-case names; repeated headers joined by ", ". */
  headers: Record<string, string>;
  /** The decoded (decompressed) body; empty when notModified. */
  body: Buffer;
  notModified: boolean;
  /**
   * Where the requested URL has moved for good: the last URL reached through
   * permanent redirects (301, 308) only, counted from the start. Null when the
   * first hop answered, or when a temporary redirect (302, 303, 307) came first.
   */
  permanentUrl: string | null;
}

/** What went wrong, for callers that treat failures differently (back off, give up). */
export type FetchErrorKind =
  | 'status'
  | 'network'
  | 'timeout'
  | 'too-large'
  | 'redirects'
  | 'unsupported-url'
  | 'file'
  /** The site's robots.txt disallows the URL for wiredesk (RFC 9309). */
  | 'robots'
  /** Not requested: the host asked us to wait (Retry-After) and that time has not come. */
  | 'held'
  /** Not requested: the address is not public and not allowed (address-guard.ts). Asking again meets the same answer. */
  | 'refused';

export class FetchError extends Error {
  override readonly name = 'FetchError';
  /** The HTTP status for kind "status"; null when there was no usable answer. */
  readonly status: number | null;
  /** The URL (or, for local files, the path) the failure concerns. */
  readonly url: string;
  readonly kind: FetchErrorKind;
  /** The Retry-After header of an error answer, as sent (seconds or an HTTP-date); null without one. */
  readonly retryAfter: string | null;
  /** The first characters of an error answer's body (body-start.ts); null without one. Kept out of the message. */
  readonly bodyStart: string | null;

  constructor(
    message: string,
    details: { url: string; kind: FetchErrorKind; status?: number | null; retryAfter?: string | null; bodyStart?: string | null },
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.url = details.url;
    this.kind = details.kind;
    this.status = details.status ?? null;
    this.retryAfter = details.retryAfter ?? null;
    this.bodyStart = details.bodyStart ?? null;
  }
}

/** Miniflux and most browsers stop well before 20; a feed needing more than 5 hops is broken. */
const MAX_REDIRECTS = 5;

/** undici decodes these itself (RFC 9110 §8.4.1); asking for them saves bandwidth on big feeds. */
const ACCEPT_ENCODING = 'gzip, deflate, br';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** RFC 9110 §15.4: only these say the resource has a new URL for good. */
const PERMANENT_REDIRECTS = new Set([301, 308]);

let sharedAgent: Agent | undefined;

/** Without a dispatcher of the caller's, fetches go through the address guard with nothing allowed. */
function defaultAgent(): Agent {
  sharedAgent ??= createGuardedAgent();
  return sharedAgent;
}

export async function fetchResource(url: string, options: FetchOptions): Promise<FetchResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let current = checkHop(url, url);
  let permanentUrl: string | null = null;
  let onlyPermanent = true;
  for (let hop = 0; ; hop++) {
    const response = await send(current, options, signal);
    const location = response.headers.get('location');
    if (REDIRECT_STATUSES.has(response.status) && location) {
      await response.body?.cancel();
      if (hop === MAX_REDIRECTS) {
        throw new FetchError(`ingest: ${url} redirected more than ${MAX_REDIRECTS} times (last to ${current})`, {
          url,
          kind: 'redirects',
        });
      }
      current = checkHop(new URL(location, current).href, url);
      await options.beforeRedirect?.(current);
      onlyPermanent &&= PERMANENT_REDIRECTS.has(response.status);
      if (onlyPermanent) permanentUrl = current;
      continue;
    }
    return { ...(await finish(response, current, url, options, signal)), permanentUrl };
  }
}

/** The seam for the SSRF guard: every URL, first and redirected, passes here. */
function checkHop(target: string, requested: string): string {
  let parsed: URL;
  try {
    parsed = new URL(target);
  } catch (cause) {
    throw new FetchError(`ingest: ${target} is not a valid URL`, { url: target, kind: 'unsupported-url' }, { cause });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    const via = target === requested ? '' : ` (redirected from ${requested})`;
    throw new FetchError(`ingest: ${target}${via} is not an http: or https: URL`, {
      url: target,
      kind: 'unsupported-url',
    });
  }
  return parsed.href;
}

/**
 * A server may close a kept-alive connection just as the pool hands it out
 * again (its idle timeout and ours cross, or our event loop was busy), and the
 * request then fails with a reset before any answer. A GET is idempotent, so
 * it is sent once more on a fresh connection (RFC 9110 §9.2.2), as browsers do.
 */
const STALE_CONNECTION_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

async function send(url: string, options: FetchOptions, signal: AbortSignal): Promise<Response> {
  const request = () =>
    fetch(url, {
      redirect: 'manual',
      signal,
      headers: requestHeaders(options),
      dispatcher: options.dispatcher ?? defaultAgent(),
    });
  try {
    return await request().catch((error: unknown) => {
      if (signal.aborted || !isStaleConnection(error)) throw error;
      return request();
    });
  } catch (error) {
    throw transportError(url, options, signal, error);
  }
}

function isStaleConnection(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && STALE_CONNECTION_CODES.has(code)) return true;
  }
  return false;
}

function requestHeaders(options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: options.accept ?? '*/*',
    'accept-encoding': ACCEPT_ENCODING,
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  return headers;
}

async function finish(
  response: Response,
  url: string,
  requested: string,
  options: FetchOptions,
  signal: AbortSignal,
): Promise<Omit<FetchResult, 'permanentUrl'>> {
  const headers = Object.fromEntries(response.headers);
  if (response.status === 304) {
    await response.body?.cancel();
    return { url, status: 304, headers, body: Buffer.alloc(0), notModified: true };
  }
  if (response.status < 200 || response.status > 299) {
    const start = await peekBodyStart(response);
    const reason = response.statusText || STATUS_CODES[response.status] || 'an error';
    const via = url === requested ? '' : ` (redirected from ${requested})`;
    throw new FetchError(`ingest: ${url}${via} answered ${response.status} ${reason}`, {
      url,
      kind: 'status',
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      bodyStart: start,
    });
  }
  const body = await readLimited(response, url, options, signal);
  return { url, status: response.status, headers, body, notModified: false };
}

/**
 * The start of an error answer's body, for the source's health: at most
 * ERROR_BODY_PEEK_BYTES are read, then the rest is dropped unread. A body that
 * fails to arrive or decode is no reason to hide the status, so it gives null.
 */
async function peekBodyStart(response: Response): Promise<string | null> {
  if (!response.body) return null;
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  try {
    while (total < ERROR_BODY_PEEK_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
    }
    return bodyStart(Buffer.concat(chunks, total));
  } catch {
    return null;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * Reads the body chunk by chunk and stops at the limit, so a runaway or
 * hostile server costs at most maxBytes of memory. Content-Length is checked
 * first to refuse an announced oversize body without reading any of it.
 */
async function readLimited(response: Response, url: string, options: FetchOptions, signal: AbortSignal): Promise<Buffer> {
  const { maxBytes } = options;
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(url, maxBytes, `announces ${declared} bytes`);
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    // A fetch body streams Uint8Array chunks (Fetch standard, "body"); undici's types leave the chunk type open.
    for await (const chunk of response.body as ReadableStream<Uint8Array>) {
      total += chunk.byteLength;
      if (total > maxBytes) throw tooLarge(url, maxBytes, 'sent a larger body');
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    const encoding = response.headers.get('content-encoding');
    if (encoding && !signal.aborted && isDecompressionError(error)) {
      throw new FetchError(`ingest: ${url} sent a body that does not decompress (${encoding}): ${describeCause(error)}`, {
        url,
        kind: 'network',
      }, { cause: error });
    }
    throw transportError(url, options, signal, error);
  }
  return Buffer.concat(chunks, total);
}

/** zlib's codes (Z_DATA_ERROR, Z_BUF_ERROR…) and brotli's (ERR__ERROR_FORMAT_…) for a stream it cannot decode. */
function isDecompressionError(error: unknown): boolean {
  let cause: unknown = error;
  while (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('Z_') || code.startsWith('ERR__ERROR_FORMAT') || code.startsWith('ERR_BROTLI'))) {
      return true;
    }
    cause = cause.cause;
  }
  return false;
}

function tooLarge(url: string, maxBytes: number, what: string): FetchError {
  return new FetchError(`ingest: ${url} ${what}, over the limit of ${maxBytes} bytes (fetch.maxBytes)`, {
    url,
    kind: 'too-large',
  });
}

/** Timeouts, DNS failures, refused connections, resets: no HTTP answer to speak of. */
function transportError(url: string, options: FetchOptions, signal: AbortSignal, error: unknown): FetchError {
  if (signal.aborted) {
    return new FetchError(
      `ingest: ${url} timed out after ${options.timeoutMs} ms (fetch.timeoutMs)`,
      { url, kind: 'timeout' },
      { cause: error },
    );
  }
  const kind = refusedByGuard(error) ? 'refused' : 'network';
  return new FetchError(`ingest: could not fetch ${url}: ${describeCause(error)}`, { url, kind }, {
    cause: error,
  });
}

/** Whether the address guard refused the connection, however deep undici wrapped its error. */
function refusedByGuard(error: unknown): boolean {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof AddressRefusedError) return true;
  }
  return false;
}

/** undici wraps the useful part ("connect ECONNREFUSED 127.0.0.1:80") in error.cause. */
function describeCause(error: unknown): string {
  let deepest: unknown = error;
  while (deepest instanceof Error && deepest.cause instanceof Error) deepest = deepest.cause;
  if (!(deepest instanceof Error)) return String(error);
  const code = (deepest as { code?: unknown }).code;
  return typeof code === 'string' && !deepest.message.includes(code) ? `${deepest.message} (${code})` : deepest.message;
}
