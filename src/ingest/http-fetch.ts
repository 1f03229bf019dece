/**
 * One bounded HTTP GET: conditional headers in, redirects followed by hand,
 * the body read as a stream under a byte limit, every failure turned into a
 * FetchError that names the URL.
 *
 * Every connection goes through the address guard (address-guard.ts): the
 * default Agent allows no private address, and callers pass their own guarded
 * Agent with the configured allow list as `dispatcher`. Not here yet (the
 * fetcher issue): robots.txt and per-host politeness, which plug in at the
 * same `dispatcher` seam and at `checkHop`, which sees every URL first.
 */
import { STATUS_CODES } from 'node:http';
import { fetch, type Agent, type Dispatcher, type Response } from 'undici';
import { createGuardedAgent } from './address-guard.ts';

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
}

/** What went wrong, for callers that treat failures differently (back off, give up). */
export type FetchErrorKind =
  | 'status'
  | 'network'
  | 'timeout'
  | 'too-large'
  | 'redirects'
  | 'unsupported-url'
  | 'file';

export class FetchError extends Error {
  override readonly name = 'FetchError';
  /** The HTTP status for kind "status"; null when there was no usable answer. */
  readonly status: number | null;
  /** The URL (or, for local files, the path) the failure concerns. */
  readonly url: string;
  readonly kind: FetchErrorKind;

  constructor(
    message: string,
    details: { url: string; kind: FetchErrorKind; status?: number | null },
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.url = details.url;
    this.kind = details.kind;
    this.status = details.status ?? null;
  }
}

/** Miniflux and most browsers stop well before 20; a feed needing more than 5 hops is broken. */
const MAX_REDIRECTS = 5;

/** undici decodes these itself (RFC 9110 §8.4.1); asking for them saves bandwidth on big feeds. */
const ACCEPT_ENCODING = 'gzip, deflate, br';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

let sharedAgent: Agent | undefined;

/** Without a dispatcher of the caller's, fetches go through the address guard with nothing allowed. */
function defaultAgent(): Agent {
  sharedAgent ??= createGuardedAgent();
  return sharedAgent;
}

export async function fetchResource(url: string, options: FetchOptions): Promise<FetchResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let current = checkHop(url, url);
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
      continue;
    }
    return finish(response, current, url, options, signal);
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

async function send(url: string, options: FetchOptions, signal: AbortSignal): Promise<Response> {
  try {
    return await fetch(url, {
      redirect: 'manual',
      signal,
      headers: requestHeaders(options),
      dispatcher: options.dispatcher ?? defaultAgent(),
    });
  } catch (error) {
    throw transportError(url, options, signal, error);
  }
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
): Promise<FetchResult> {
  const headers = Object.fromEntries(response.headers);
  if (response.status === 304) {
    await response.body?.cancel();
    return { url, status: 304, headers, body: Buffer.alloc(0), notModified: true };
  }
  if (response.status < 200 || response.status > 299) {
    await response.body?.cancel();
    const reason = response.statusText || STATUS_CODES[response.status] || 'an error';
    const via = url === requested ? '' : ` (redirected from ${requested})`;
    throw new FetchError(`ingest: ${url}${via} answered ${response.status} ${reason}`, {
      url,
      kind: 'status',
      status: response.status,
    });
  }
  const body = await readLimited(response, url, options, signal);
  return { url, status: response.status, headers, body, notModified: false };
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
    for await (const chunk of response.body) {
      total += chunk.byteLength;
      if (total > maxBytes) throw tooLarge(url, maxBytes, 'sent a larger body');
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw transportError(url, options, signal, error);
  }
  return Buffer.concat(chunks, total);
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
  return new FetchError(`ingest: could not fetch ${url}: ${describeCause(error)}`, { url, kind: 'network' }, {
    cause: error,
  });
}

/** undici wraps the useful part ("connect ECONNREFUSED 127.0.0.1:80") in error.cause. */
function describeCause(error: unknown): string {
  let deepest: unknown = error;
  while (deepest instanceof Error && deepest.cause instanceof Error) deepest = deepest.cause;
  if (!(deepest instanceof Error)) return String(error);
  const code = (deepest as { code?: unknown }).code;
  return typeof code === 'string' && !deepest.message.includes(code) ? `${deepest.message} (${code})` : deepest.message;
}
