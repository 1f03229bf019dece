/**
 * /healthz, /readyz and /metrics of the web app `serve` runs, over real HTTP
 * on loopback: readiness follows the database and the age of the last pass,
 * metrics are Prometheus text labelled by route pattern, and only loopback or
 * the bearer token may read them.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openSiteFixture, type SiteFixture } from '../site/testdata/site-fixture.ts';
import { openStore } from '../store/open-store.ts';
import { listen, type Listener } from './http-listener.ts';
import { currentRequestId } from './request-id.ts';
import { createServiceMetrics } from './service-metrics.ts';
import { socketAddress, type IngestHeartbeat } from './service-routes.ts';
import { createWebApp } from './web-app.ts';

const TOKEN = 'scrape-token-0123456789';
const STARTED = new Date('2026-12-06T10:00:00Z');

let site: SiteFixture;
let listener: Listener;
let clock: Date;
let heartbeat: IngestHeartbeat;
let peer: string | undefined;
const metricsOf = () => createServiceMetrics(site.store);
let metrics: ReturnType<typeof metricsOf>;

before(async () => {
  site = await openSiteFixture();
  clock = STARTED;
  heartbeat = { startedAt: STARTED, lastPassAt: null };
  metrics = metricsOf();
  const app = createWebApp({
    config: { ...site.config, health: { maxPassAgeMinutes: 30 }, metrics: { token: TOKEN } },
    store: site.store,
    mediaDir: path.join(site.dir, 'media'),
    logError: () => {},
    // Unset: the socket's own address, which is loopback here.
    service: { metrics, ingest: heartbeat, now: () => clock, clientAddress: (c) => peer ?? socketAddress(c) },
  });
  listener = await listen(app, 0, '127.0.0.1');
});

after(async () => {
  await listener.close();
  await site.close();
});

const get = (pathname: string, headers: Record<string, string> = {}) => fetch(new URL(pathname, listener.url), { headers });

describe('health', () => {
  test('/healthz says the process is alive, uncached', async () => {
    const response = await get('/healthz');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await response.json(), { status: 'alive' });
  });

  test('/readyz is 200 while the last pass is recent, 503 once it is older than health.maxPassAgeMinutes', async () => {
    clock = new Date(STARTED.getTime() + 10 * 60_000);
    let response = await get('/readyz');
    assert.equal(response.status, 200, 'a new process is judged by its uptime until its first pass');
    assert.deepEqual(await response.json(), { status: 'ready', database: 'ok', ingest: { lastPassAt: null, maxAgeMinutes: 30, recent: true } });

    clock = new Date(STARTED.getTime() + 31 * 60_000);
    response = await get('/readyz');
    assert.equal(response.status, 503);
    assert.deepEqual(await response.json(), { status: 'not ready', database: 'ok', ingest: { lastPassAt: null, maxAgeMinutes: 30, recent: false } });

    heartbeat.lastPassAt = new Date(STARTED.getTime() + 30 * 60_000);
    response = await get('/readyz');
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { ingest: { lastPassAt: string } }).ingest.lastPassAt, '2026-12-06T10:30:00.000Z');
  });

  test('/readyz is 503 when the database does not answer, and says nothing about ingest for a serve --no-ingest', async () => {
    const store = await openStore({ dataDir: site.dir, databaseUrl: null });
    const app = createWebApp({ config: site.config, store, mediaDir: path.join(site.dir, 'media'), logError: () => {}, service: { metrics: createServiceMetrics(store), ingest: null } });
    const other = await listen(app, 0, '127.0.0.1');
    try {
      let response = await fetch(new URL('/readyz', other.url));
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: 'ready', database: 'ok' });
      await store.close();
      response = await fetch(new URL('/readyz', other.url));
      assert.equal(response.status, 503);
      assert.deepEqual(await response.json(), { status: 'not ready', database: 'unreachable' });
      assert.equal((await fetch(new URL('/healthz', other.url))).status, 200, 'still alive');
    } finally {
      await other.close();
    }
  });

  test('/readyz is 503 while the pipeline thread is down after a crash, with when it stopped and its restarts but not why', async () => {
    clock = new Date(STARTED.getTime() + 31 * 60_000);
    heartbeat.lastPassAt = new Date(STARTED.getTime() + 30 * 60_000);
    let down: { since: Date; restarts: number } | null = { since: new Date(STARTED.getTime() + 30.5 * 60_000), restarts: 2 };
    heartbeat.pipelineDown = () => down;
    try {
      let response = await get('/readyz');
      assert.equal(response.status, 503);
      assert.deepEqual(await response.json(), {
        status: 'not ready',
        database: 'ok',
        ingest: { lastPassAt: '2026-12-06T10:30:00.000Z', maxAgeMinutes: 30, recent: true, pipeline: 'down', downSince: '2026-12-06T10:30:30.000Z', restarts: 2 },
      });
      down = null;
      response = await get('/readyz');
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: 'ready', database: 'ok', ingest: { lastPassAt: '2026-12-06T10:30:00.000Z', maxAgeMinutes: 30, recent: true, pipeline: 'running' } });
    } finally {
      delete heartbeat.pipelineDown;
    }
  });
});

describe('metrics', () => {
  test('Prometheus text: request durations by route pattern, translations by status, pass counts, event-loop lag', async () => {
    peer = undefined;
    assert.equal((await get('/')).status, 200);
    assert.equal((await get('/world/999999-no-such-article')).status, 404);
    assert.equal((await get('/desk/login')).status, 200);
    metrics.sourceDone({ sourceId: 'wire', status: 'ok', entries: { inserted: 3, updated: 1, unchanged: 5 }, warnings: [] });
    metrics.sourceDone({ sourceId: 'wire', status: 'failed', error: 'HTTP 500' });
    metrics.passDone({ sources: 2, fetched: 1, notModified: 0, failed: [], entries: { inserted: 3, updated: 1, unchanged: 5 }, articles: { built: 3, failed: [] } }, new Date(1_700_000_000_000));

    const response = await get('/metrics');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    assert.match(text, /wiredesk_http_request_duration_seconds_count\{method="GET",route="\/",status="200"\} 1\n/);
    assert.match(text, /wiredesk_http_request_duration_seconds_count\{method="GET",route="\/:section\/:ref",status="404"\} 1\n/);
    assert.match(text, /wiredesk_http_request_duration_seconds_bucket\{le="0\.05",method="GET",route="\/desk\/login",status="200"\} \d/);
    assert.doesNotMatch(text, /route="[^"]*999999/, 'no raw paths as labels');
    assert.match(text, /wiredesk_source_fetches_total\{source="wire"\} 2\n/);
    assert.match(text, /wiredesk_source_fetch_failures_total\{source="wire"\} 1\n/);
    assert.match(text, /wiredesk_source_entries_total\{source="wire",change="new"\} 3\n/);
    assert.match(text, /wiredesk_articles_built_total 3\n/);
    assert.match(text, /wiredesk_last_ingest_pass_timestamp_seconds 1700000000\n/);
    assert.match(text, /nodejs_eventloop_lag_seconds \d/);
    const translations = await site.store.translationStatusCounts();
    for (const [status, n] of translations) assert.match(text, new RegExp(`wiredesk_translations\\{status="${status}"\\} ${n}\\n`));
  });

  test('403 to a request relayed by a proxy or from another address, unless it carries the bearer token', async () => {
    peer = undefined;
    const relayed = await get('/metrics', { 'x-forwarded-for': '203.0.113.9' });
    assert.equal(relayed.status, 403);
    assert.doesNotMatch(await relayed.text(), /wiredesk_/);
    peer = '203.0.113.9';
    assert.equal((await get('/metrics')).status, 403);
    assert.equal((await get('/metrics', { authorization: 'Bearer not-the-token-at-all' })).status, 403);
    assert.equal((await get('/metrics', { authorization: TOKEN })).status, 403, 'only as a bearer token');
    const allowed = await get('/metrics', { authorization: `Bearer ${TOKEN}` });
    assert.equal(allowed.status, 200);
    assert.match(await allowed.text(), /wiredesk_http_request_duration_seconds/);
    peer = undefined;
  });
});

describe('request ids and the access log', () => {
  test('an id from X-Request-Id is echoed when it looks like one, replaced when not; each request is logged once, without its query', async () => {
    const logged: { method: string; path: string; status: number; ms: number; id: string | undefined }[] = [];
    const store = await openStore({ dataDir: site.dir, databaseUrl: null });
    const log = { request: (entry: { method: string; path: string; status: number; ms: number }) => logged.push({ ...entry, id: currentRequestId() }) };
    const app = createWebApp({ config: site.config, store, mediaDir: path.join(site.dir, 'media'), logError: () => {}, service: { metrics: createServiceMetrics(store), ingest: null, log } });
    const other = await listen(app, 0, '127.0.0.1');
    try {
      const sane = await fetch(new URL('/?page=2', other.url), { headers: { 'x-request-id': 'edge-7f3a.42' } });
      assert.equal(sane.status, 200);
      assert.equal(sane.headers.get('x-request-id'), 'edge-7f3a.42');
      const forged = await fetch(new URL('/world/999999-none?token=s3cret', other.url), { headers: { 'x-request-id': 'x" level=error msg=forged' } });
      assert.equal(forged.status, 404);
      const made = forged.headers.get('x-request-id') ?? '';
      assert.match(made, /^[0-9a-f-]{36}$/, 'a new id instead of the one that was not an id');
      const fresh = await fetch(new URL('/healthz', other.url));
      assert.notEqual(fresh.headers.get('x-request-id'), made, 'one id per request');

      assert.deepEqual(
        logged.map(({ method, path: p, status, id }) => ({ method, path: p, status, id })),
        [
          { method: 'GET', path: '/', status: 200, id: 'edge-7f3a.42' },
          { method: 'GET', path: '/world/999999-none', status: 404, id: made },
          { method: 'GET', path: '/healthz', status: 200, id: fresh.headers.get('x-request-id') ?? '' },
        ],
      );
      assert.ok(logged.every((entry) => entry.ms >= 0 && entry.ms < 10_000));
    } finally {
      await other.close();
      await store.close();
    }
  });
});
