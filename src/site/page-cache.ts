/**
 * The render cache in front of the public site: a public GET (page, feed,
 * sitemap, asset) is rendered once per content epoch and then answered from
 * memory, in the coding the client prefers, with a strong ETag per coding and
 * 304 for a match. Two ways in: `respond` wraps the site's fetch (Request to
 * Response, as tests and `app.request` use it), and `serveNode` answers a hit
 * straight from Node's request, before any routing, which is where the speed
 * is (docs/site.md, "The render cache").
 *
 * What is cached: a 200 to GET or HEAD whose Cache-Control allows a shared
 * cache (not `no-store` or `private`), without Set-Cookie or a Vary other than
 * Accept-Encoding, outside /desk, /api/ and the operations endpoints. The key
 * is the path and query as sent (less tracking parameters, which no page
 * reads) and the public base URL the links are made from.
 *
 * When the content changes, a page's next reader sets off its new rendering
 * and, while it runs, readers get the page as rendered before, as long as
 * what it shows was current at most checkEveryMs + staleWhileRenderMs ago:
 * during an ingest, which changes the content every few hundred
 * milliseconds, no reader waits on a rendering (docs/site.md).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { Store } from '../store/store.ts';
import { negotiateEncoding, type ContentCoding } from './accept-encoding.ts';
import { watchContentGeneration, type GenerationWatch } from './content-generation.ts';
import { RenderCache, type CachedResponse, type Representation } from './render-cache.ts';

export interface PageCacheSettings {
  maxBytes: number;
  checkEveryMs: number;
  /** An entry older than this is rendered again: what changes with time and no write (the footer's year, the news sitemap's 48 hours). */
  maxAgeMs: number;
  brotliQuality: number;
  gzipLevel: number;
  /**
   * While a page's new rendering runs, the page as rendered before may be
   * answered, if the content it shows was current no longer than
   * checkEveryMs + this ago; 0 makes every reader after a change wait for the
   * new rendering.
   */
  staleWhileRenderMs: number;
}

export interface PageCacheOptions {
  store: Pick<Store, 'contentState'>;
  settings: PageCacheSettings;
  /** The base URL absolute links are made from, as the site asks it. */
  publicUrl: () => string;
  /** Milliseconds since 1970; the site's clock. */
  clock?: () => number;
  /** The route pattern of a path, for request metrics of hits answered before routing. */
  routeOf?: (path: string) => string;
  logError?: (message: string, error: unknown) => void;
}

export interface PageCache {
  /** Answers from memory, or renders through `render` (once for all who ask at the same time) and keeps what may be kept. */
  respond(request: Request, render: (request: Request) => Promise<Response>): Promise<Response>;
  /** Answers a hit on Node's own request and response, saying the status sent and the route's pattern; undefined when it did not answer. */
  serveNode(req: IncomingMessage, res: ServerResponse): { status: number; route: string } | undefined;
  /**
   * This process has just written content (the desk's edit, kill or approval): the next reader of
   * any page gets it rendered after that write, never an earlier rendering, so an editor who looks
   * at the site after a change sees it. Other web processes keep the staleness bound.
   */
  changedHere(): void;
  readonly stats: { hits: number; misses: number; stale: number; readonly bytes: number; readonly entries: number };
}

/** Paths never cached, whatever their headers: the desk, the JSON API, the operations endpoints. */
const UNCACHED = /^\/(?:desk(?:\/|$|\?)|api\/|healthz(?:$|\?)|readyz(?:$|\?)|metrics(?:$|\?))/;
/** Query parameters that analytics add and no page reads: without dropping them, a shared link makes a page per reader. */
const TRACKING_PARAM = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl)$/i;
const COMPRESSIBLE = /^(?:text\/|application\/(?:[a-z.+-]*\+)?(?:xml|json|javascript)\b|image\/svg\+xml)/i;
/** Headers that differ per coding or that Node writes itself. */
const PER_RESPONSE_HEADERS = new Set(['content-length', 'content-encoding', 'etag', 'vary', 'date', 'transfer-encoding', 'connection', 'keep-alive']);
/** A single response may take at most this share of the cache: one huge file must not empty it. */
const MAX_ENTRY_SHARE = 1 / 16;
/** Distinct Accept-Encoding strings remembered: browsers send a handful. */
const NEGOTIATION_MEMO_LIMIT = 64;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** What a hit writes, per coding: flat header lists for writeHead, made once per entry. */
interface Prepared {
  representation: Representation;
  ok: string[];
  notModified: string[];
}
type PreparedEntry = CachedResponse & { prepared: Record<ContentCoding, Prepared> };

export function createPageCache(options: PageCacheOptions): PageCache {
  const { settings } = options;
  const clock = options.clock ?? Date.now;
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  const cache = new RenderCache(settings.maxBytes);
  const watch: GenerationWatch = watchContentGeneration({
    read: (at) => options.store.contentState(at),
    checkEveryMs: settings.checkEveryMs,
    clock,
    // With stale answers allowed, the last epoch's pages are what readers get while their new ones render.
    ...(settings.staleWhileRenderMs > 0 ? {} : { onNewEpoch: () => cache.clear() }),
  });
  const filling = new Map<string, Promise<PreparedEntry | null>>();
  /** When this process last wrote content (changedHere): an epoch not found current since then is not shown stale. */
  let changedHereAt = -Infinity;
  const memo = new Map<string, ContentCoding>();
  const stats = {
    hits: 0,
    misses: 0,
    stale: 0,
    get bytes() {
      return cache.bytes;
    },
    get entries() {
      return cache.size;
    },
  };

  const coding = (header: string | undefined): ContentCoding => {
    if (header === undefined) return 'identity';
    let chosen = memo.get(header);
    if (chosen === undefined) {
      if (memo.size >= NEGOTIATION_MEMO_LIMIT) memo.clear();
      chosen = negotiateEncoding(header);
      memo.set(header, chosen);
    }
    return chosen;
  };

  /** The entry for the key, current or (`stale`) from an earlier epoch; undefined when none, or too old to show. */
  const lookup = (key: string, epoch: number): { entry: PreparedEntry; stale: boolean } | undefined => {
    const entry = cache.get(key) as PreparedEntry | undefined;
    if (!entry) return undefined;
    const now = clock();
    if (now - entry.storedAt >= settings.maxAgeMs) {
      cache.delete(key);
      return undefined;
    }
    if (entry.epoch === epoch) return { entry, stale: false };
    return mayShowStale(entry, now) ? { entry, stale: true } : undefined;
  };

  /** Whether an earlier epoch's page may be answered now: its content was current checkEveryMs + staleWhileRenderMs ago or later. */
  const mayShowStale = (entry: PreparedEntry, now: number): boolean => {
    if (settings.staleWhileRenderMs <= 0) return false;
    const confirmed = watch.confirmedAt(entry.epoch);
    return confirmed !== undefined && confirmed > changedHereAt && now - confirmed <= settings.checkEveryMs + settings.staleWhileRenderMs;
  };

  /** Renders the key again for the current epoch, away from any request; the stale entry goes when that fails or the page is no longer kept. */
  const refresh = (key: string, epoch: number, request: Request, render: (r: Request) => Promise<Response>): void => {
    if (filling.has(key)) return;
    fill(key, epoch, request, render).then(
      (entry) => {
        if (entry instanceof Response) void entry.body?.cancel();
      },
      (error: unknown) => {
        cache.delete(key);
        logError(`site: rendering ${key} again failed; its earlier page is no longer answered`, error);
      },
    );
  };

  async function fill(key: string, epoch: number, request: Request, render: (r: Request) => Promise<Response>): Promise<PreparedEntry | Response> {
    const pending = filling.get(key);
    if (pending) {
      const shared = await pending;
      if (shared) return shared;
      return render(request);
    }
    let settle!: (entry: PreparedEntry | null) => void;
    filling.set(key, new Promise((resolve) => (settle = resolve)));
    try {
      const response = await render(plainGet(request));
      const entry = isCacheable(response) ? await prepare(key, epoch, response, new URL(request.url).pathname) : null;
      settle(entry);
      if (!entry) {
        // A page that is no longer kept (a killed article's 410) must not go on being answered stale.
        cache.delete(key);
        return request.method === 'HEAD' ? new Response(null, response) : response;
      }
      // Kept under the epoch it was rendered in, which a lookup compares with the current one;
      // rendered in an epoch that has passed meanwhile, it is still the newest rendering there is.
      const kept = cache.get(key);
      if ((!kept || kept.epoch <= entry.epoch) && entry.codings.identity.body.length <= settings.maxBytes * MAX_ENTRY_SHARE) cache.set(entry);
      return entry;
    } catch (error) {
      settle(null);
      throw error;
    } finally {
      filling.delete(key);
    }
  }

  async function prepare(key: string, epoch: number, response: Response, path: string): Promise<PreparedEntry> {
    const body = Buffer.from(await response.arrayBuffer());
    const headers: [string, string][] = [];
    response.headers.forEach((value, name) => {
      if (!PER_RESPONSE_HEADERS.has(name)) headers.push([name, value]);
    });
    const { tag, weak } = opaqueTag(response.headers.get('etag'), body);
    // A route's weak validator stays weak in every coding; strong ones differ per coding, as the bytes do.
    const etag = (suffix: string) => `${weak ? 'W/' : ''}"${tag}${suffix}"`;
    const codings: CachedResponse['codings'] & Partial<Record<ContentCoding, Representation>> = { identity: { body, etag: etag('') } };
    if (COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) {
      const [br, gz] = await Promise.all([
        brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: settings.brotliQuality, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }),
        gzipAsync(body, { level: settings.gzipLevel }),
      ]);
      if (br.length < body.length) codings.br = { body: br, etag: etag('-br') };
      if (gz.length < body.length) codings.gzip = { body: gz, etag: etag('-gz') };
    }
    const entry = { key, epoch, storedAt: clock(), status: response.status, headers, codings, route: options.routeOf?.(path) ?? '' };
    return { ...entry, prepared: prepareAll(entry) };
  }

  function keyOf(target: string | undefined): string | null {
    if (!target || target.charCodeAt(0) !== 47 /* "/" */ || UNCACHED.test(target)) return null;
    const q = target.indexOf('?');
    return `${options.publicUrl()} ${q < 0 ? target : withoutTracking(target, q)}`;
  }

  return {
    stats,
    changedHere() {
      changedHereAt = clock();
      watch.expire();
    },
    async respond(request, render) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return render(request);
      const url = new URL(request.url);
      const key = keyOf(url.pathname + url.search);
      if (key === null) return render(request);
      let epoch: number;
      try {
        epoch = await watch.check();
      } catch (error) {
        // Without the generation nothing cached can be trusted: render as if there were no cache.
        logError('site: cannot read the content generation; answering without the render cache', error);
        return render(request);
      }
      const found = lookup(key, epoch);
      let entry: PreparedEntry | Response;
      if (found && !found.stale) {
        stats.hits += 1;
        entry = found.entry;
      } else if (found) {
        stats.stale += 1;
        refresh(key, epoch, request, render);
        entry = found.entry;
      } else {
        stats.misses += 1;
        entry = await fill(key, epoch, request, render);
        if (entry instanceof Response) return entry;
      }
      const chosen = entry.prepared[coding(request.headers.get('accept-encoding') ?? undefined)];
      const notModified = matchesTag(request.headers.get('if-none-match') ?? undefined, chosen.representation.etag);
      const headers = new Headers();
      const list = notModified ? chosen.notModified : chosen.ok;
      for (let i = 0; i < list.length; i += 2) headers.append(list[i]!, list[i + 1]!);
      const status = notModified ? 304 : entry.status;
      const body = notModified || request.method === 'HEAD' ? null : new Uint8Array(chosen.representation.body);
      return new Response(body, { status, headers });
    },
    serveNode(req, res) {
      const method = req.method;
      if (method !== 'GET' && method !== 'HEAD') return undefined;
      const epoch = watch.fresh();
      if (epoch === undefined) return undefined;
      const key = keyOf(req.url);
      if (key === null) return undefined;
      const found = lookup(key, epoch);
      // A stale page is answered here only while its new rendering runs; the app starts that rendering.
      if (!found || (found.stale && !filling.has(key))) return undefined;
      const entry = found.entry;
      if (found.stale) stats.stale += 1;
      else stats.hits += 1;
      const chosen = entry.prepared[coding(req.headers['accept-encoding'])];
      const notModified = matchesTag(req.headers['if-none-match'], chosen.representation.etag);
      if (notModified) {
        res.writeHead(304, chosen.notModified);
        res.end();
        return { status: 304, route: entry.route };
      }
      res.writeHead(entry.status, chosen.ok);
      if (method === 'HEAD') res.end();
      else res.end(chosen.representation.body);
      return { status: entry.status, route: entry.route };
    },
  };
}

function prepareAll(entry: CachedResponse): Record<ContentCoding, Prepared> {
  const one = (coding: ContentCoding): Prepared => {
    const representation = entry.codings[coding] ?? entry.codings.identity;
    const sent = entry.codings[coding] ? coding : 'identity';
    const common = ['ETag', representation.etag, 'Vary', 'Accept-Encoding'];
    const ok = [...entry.headers.flat(), ...common, 'Content-Length', String(representation.body.length)];
    if (sent !== 'identity') ok.push('Content-Encoding', sent);
    // RFC 9110 §15.4.5: a 304 carries what a 200 would in Cache-Control, ETag and Vary.
    const cacheControl = entry.headers.find(([name]) => name === 'cache-control');
    const notModified = [...common, ...(cacheControl ? ['Cache-Control', cacheControl[1]] : [])];
    return { representation, ok, notModified };
  };
  return { br: one('br'), gzip: one('gzip'), identity: one('identity') };
}

function isCacheable(response: Response): boolean {
  if (response.status !== 200 || response.headers.has('set-cookie')) return false;
  const cacheControl = response.headers.get('cache-control') ?? '';
  if (/\b(?:no-store|private)\b/i.test(cacheControl)) return false;
  const vary = response.headers.get('vary');
  return vary === null || vary.split(',').every((v) => v.trim().toLowerCase() === 'accept-encoding');
}

/**
 * The request as the route should see it: a GET (a HEAD is answered from
 * the GET's entry), without conditions or codings, so that what comes back
 * is the whole body as rendered.
 */
function plainGet(request: Request): Request {
  const headers = new Headers(request.headers);
  for (const name of ['if-none-match', 'if-modified-since', 'accept-encoding', 'range', 'if-range']) headers.delete(name);
  return new Request(request.url, { method: 'GET', headers });
}

/** The route's own ETag, unquoted, when it set one (hono's etag() hashes the body); else a strong hash of the body. */
function opaqueTag(etag: string | null, body: Buffer): { tag: string; weak: boolean } {
  const route = etag ? /^(W\/)?"([^"]*)"$/.exec(etag) : null;
  if (route) return { tag: route[2]!, weak: route[1] !== undefined };
  return { tag: createHash('sha1').update(body).digest('base64url'), weak: false };
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ is ignored on either side. */
export function matchesTag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const ours = etag.startsWith('W/') ? etag.slice(2) : etag;
  for (const part of header.split(',')) {
    const tag = part.trim();
    if ((tag.startsWith('W/') ? tag.slice(2) : tag) === ours) return true;
  }
  return false;
}

function withoutTracking(target: string, q: number): string {
  const kept = target
    .slice(q + 1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING_PARAM.test(pair.split('=', 1)[0]!));
  return kept.length === 0 ? target.slice(0, q) : `${target.slice(0, q)}?${kept.join('&')}`;
}
