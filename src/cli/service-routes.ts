/**
 * The operations endpoints `serve` answers beside the site: /healthz (the
 * process is alive), /readyz (the database answers and, when the process
 * ingests, its last pass is recent enough) and /metrics (Prometheus text, for
 * loopback or a bearer token only). Also, for every request: its id
 * (request-id.ts), its timing, and a line in the access log.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';
import type { Config } from '../config/schema.ts';
import type { Store } from '../store/store.ts';
import { REQUEST_ID_HEADER, requestIdOf, withRequestId } from './request-id.ts';
import type { RoutePatterns } from './route-patterns.ts';
import type { ServiceLog } from './service-log.ts';
import type { ServiceMetrics } from './service-metrics.ts';

/** A database that has not answered in this long is not ready, whatever it does later. */
export const PING_TIMEOUT_MS = 2_000;

/** When the process started and when its last ingest pass finished; absent when it does not ingest. */
export interface IngestHeartbeat {
  readonly startedAt: Date;
  lastPassAt: Date | null;
  /** Since when the pipeline thread has been down and how often it was started again; null while it runs. */
  pipelineDown?: () => { since: Date; restarts: number } | null;
}

export interface ServiceRoutesOptions {
  config: Config;
  store: Store;
  metrics: ServiceMetrics;
  ingest: IngestHeartbeat | null;
  /** The PostgreSQL job queue, when the pipeline runs on workers: /readyz reports its depth. */
  queue?: { depth(): Promise<number> } | null;
  now?: () => Date;
  /** The connection's peer address; the socket's by default. */
  clientAddress?: (c: Context) => string | undefined;
  /** Where the access log goes; no access log without one. */
  log?: Pick<ServiceLog, 'request'>;
}

export function mountServiceRoutes(app: Hono, options: ServiceRoutesOptions, routeOf: RoutePatterns): void {
  const now = options.now ?? (() => new Date());
  const clientAddress = options.clientAddress ?? socketAddress;
  app.use('*', async (c, next) => {
    const started = performance.now();
    const id = requestIdOf(c.req.header(REQUEST_ID_HEADER));
    await withRequestId(id, next);
    setHeader(c, REQUEST_ID_HEADER, id);
    const ms = performance.now() - started;
    const route = SERVICE_PATHS.has(c.req.path) ? c.req.path : routeOf(c.req.method, c.req.path);
    options.metrics.requestDone({ method: c.req.method, route, status: c.res.status, seconds: ms / 1000 });
    // The path without its query: a query may carry what is not the log's to keep.
    withRequestId(id, () => options.log?.request({ method: c.req.method, path: c.req.path, status: c.res.status, ms }));
  });
  app.get('/healthz', (c) => noStore(c.json({ status: 'alive' })));
  app.get('/readyz', async (c) => {
    const { ready, body } = await readiness(options, now());
    return noStore(c.json(body, ready ? 200 : 503));
  });
  app.get('/metrics', async (c) => {
    if (!mayScrape(c, options.config.metrics.token, clientAddress(c))) {
      return noStore(c.text('metrics answer loopback, or a request with the configured bearer token\n', 403));
    }
    try {
      const text = await options.metrics.scrape();
      return noStore(c.body(text, 200, { 'content-type': options.metrics.contentType }));
    } catch {
      return noStore(c.text('metrics unavailable: the database did not answer\n', 503));
    }
  });
}

const SERVICE_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

interface ReadyBody {
  status: 'ready' | 'not ready';
  database: 'ok' | 'unreachable';
  /** `pipeline`: whether the thread that runs the passes is up; the reason it is down goes to the log, not here. */
  ingest?: { lastPassAt: string | null; maxAgeMinutes: number; recent: boolean; pipeline?: 'running' | 'down'; downSince?: string; restarts?: number };
  /** Jobs waiting (created or to retry); null when the queue did not answer. */
  queue?: { depth: number | null };
}

async function readiness(options: ServiceRoutesOptions, at: Date): Promise<{ ready: boolean; body: ReadyBody }> {
  const database = (await answersWithin(options.store, PING_TIMEOUT_MS)) ? 'ok' : 'unreachable';
  let recent = true;
  let pipelineUp = true;
  let ingest: ReadyBody['ingest'];
  if (options.ingest) {
    const maxAgeMinutes = options.config.health.maxPassAgeMinutes;
    // Before its first pass has finished, a process is judged by how long it has been up.
    const since = options.ingest.lastPassAt ?? options.ingest.startedAt;
    recent = at.getTime() - since.getTime() <= maxAgeMinutes * 60_000;
    ingest = { lastPassAt: options.ingest.lastPassAt?.toISOString() ?? null, maxAgeMinutes, recent };
    if (options.ingest.pipelineDown) {
      const down = options.ingest.pipelineDown();
      ingest.pipeline = down ? 'down' : 'running';
      if (down) {
        ingest.downSince = down.since.toISOString();
        ingest.restarts = down.restarts;
        pipelineUp = false;
      }
    }
  }
  const queue = options.queue ? { depth: await options.queue.depth().catch(() => null) } : undefined;
  const ready = database === 'ok' && recent && pipelineUp && queue?.depth !== null;
  return { ready, body: { status: ready ? 'ready' : 'not ready', database, ...(ingest ? { ingest } : {}), ...(queue ? { queue } : {}) } };
}

async function answersWithin(store: Store, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([store.ping().then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loopback, and not relayed by a proxy on this machine (which would make every
 * reader loopback), or the configured token, compared in constant time.
 */
function mayScrape(c: Context, token: string | undefined, address: string | undefined): boolean {
  const relayed = c.req.header('x-forwarded-for') !== undefined || c.req.header('forwarded') !== undefined;
  if (!relayed && address !== undefined && isLoopback(address)) return true;
  const offered = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  return token !== undefined && offered !== undefined && timingSafeEqual(digest(offered), digest(token));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function isLoopback(address: string): boolean {
  return address === '::1' || /^(?:::ffff:)?127\./.test(address);
}

export function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** A response made elsewhere (a static file) may have headers that cannot change: it is copied then. */
function setHeader(c: { res: Response }, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    const copy = new Response(c.res.body, c.res);
    copy.headers.set(name, value);
    c.res = copy;
  }
}

function noStore(response: Response): Response {
  response.headers.set('cache-control', 'no-store');
  return response;
}
