/**
 * The render cache as readers meet it: `serve`'s web handlers on a real
 * loopback listener (hits answered before routing) over a real SQLite store,
 * with the site's clock in the test's hands. Bodies are read raw, so the
 * codings are checked byte for byte and decoded here.
 */
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { cleanArticle } from '../store/test-records.ts';
import { addArticle, NOW, openSiteFixture, type SiteFixture } from '../site/testdata/site-fixture.ts';
import { listen, type Listener } from './http-listener.ts';
import { createWebHandlers, type WebHandlers } from './web-app.ts';

const CHECK_EVERY_MS = 200;
const STALE_WHILE_RENDER_MS = 300;

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(raw: Raw): string {
  const coding = raw.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(raw.body).toString();
  if (coding === 'gzip') return gunzipSync(raw.body).toString();
  assert.equal(coding, undefined);
  return raw.body.toString();
}

let site: SiteFixture;
let clock = Date.parse(NOW);
const instances: { handlers: WebHandlers; listener: Listener; store: Store }[] = [];

/** A web process of its own: its own store connection, cache and listener, on the fixture's database. */
async function webProcess(publicUrl?: () => string): Promise<{ url: string; handlers: WebHandlers; store: Store }> {
  const store = await openStore({ dataDir: site.dir, databaseUrl: null });
  const config = { ...site.config, renderCache: { ...site.config.renderCache, checkEveryMs: CHECK_EVERY_MS, staleWhileRenderMs: STALE_WHILE_RENDER_MS } };
  const handlers = createWebHandlers({
    config,
    store,
    mediaDir: path.join(site.dir, 'media'),
    now: () => new Date(clock),
    logError: () => {},
    renderCache: true,
    ...(publicUrl ? { publicUrl } : {}),
  });
  const listener = await listen(handlers.app, 0, '127.0.0.1', handlers.fastPath);
  instances.push({ handlers, listener, store });
  return { url: listener.url.replace(/\/$/, ''), handlers, store };
}

/** Past the staleness bound: the next request asks the database again, and no page rendered before may be answered. */
const afterBound = () => (clock += CHECK_EVERY_MS + STALE_WHILE_RENDER_MS + 1);

async function canonicalPath(url: string, articleId: number, prefix = '/en/business/'): Promise<string> {
  const moved = await get(`${url}${prefix}${articleId}`);
  assert.equal(moved.status, 301);
  return String(moved.headers['location']);
}

before(async () => {
  site = await openSiteFixture();
});
after(async () => {
  for (const { listener, store } of instances) {
    await listener.close(0);
    await store.close();
  }
  await site.close();
});

void describe('render cache', () => {
  void it('serves a hit from memory with the same bytes and ETag, and counts it', async () => {
    const { url, handlers } = await webProcess();
    const article = await canonicalPath(url, site.ids['enBusiness']!);
    const first = await get(url + article);
    const hitsBefore = handlers.pageCache!.stats.hits;
    const second = await get(url + article);
    assert.equal(first.status, 200);
    assert.ok(first.body.equals(second.body));
    assert.equal(first.headers['etag'], second.headers['etag']);
    assert.equal(second.headers['vary'], 'Accept-Encoding');
    assert.equal(second.headers['cache-control'], 'public, no-cache');
    assert.match(String(second.headers['content-security-policy']), /script-src 'none'/);
    assert.equal(handlers.pageCache!.stats.hits, hitsBefore + 1);
    // Tracking parameters read by no page share the entry.
    const shared = await get(`${url}${article}?utm_source=social&fbclid=abc`);
    assert.ok(shared.body.equals(first.body));
    assert.equal(handlers.pageCache!.stats.hits, hitsBefore + 2);
  });

  void it('negotiates Accept-Encoding: br before gzip before identity, by q-value; every coding decodes to the same page', async () => {
    const { url } = await webProcess();
    const identity = await get(`${url}/`);
    const page = identity.body.toString();
    assert.match(page, /^<!DOCTYPE html>/);
    const cases: [string, string | undefined][] = [
      ['gzip, deflate, br', 'br'],
      ['br;q=0.5, gzip', 'gzip'],
      ['br;q=0, gzip;q=0.1', 'gzip'],
      ['gzip;q=0, br;q=0', undefined],
      ['identity', undefined],
      ['*', 'br'],
      ['*;q=0, identity', undefined],
      ['x-gzip', 'gzip'],
      ['compress, deflate', undefined],
    ];
    for (const [accept, expected] of cases) {
      const raw = await get(`${url}/`, { 'accept-encoding': accept });
      assert.equal(raw.headers['content-encoding'], expected, accept);
      assert.equal(Number(raw.headers['content-length']), raw.body.length, accept);
      assert.equal(decoded(raw), page, accept);
    }
    const br = await get(`${url}/`, { 'accept-encoding': 'br' });
    assert.ok(br.body.length < identity.body.length / 2, 'brotli makes the page much smaller');
  });

  void it('answers If-None-Match with 304 per coding, and HEAD with the headers alone', async () => {
    const { url } = await webProcess();
    const identity = await get(`${url}/en/`);
    const br = await get(`${url}/en/`, { 'accept-encoding': 'br' });
    const gzip = await get(`${url}/en/`, { 'accept-encoding': 'gzip' });
    const tags = [identity, br, gzip].map((r) => String(r.headers['etag']));
    assert.equal(new Set(tags).size, 3, 'a strong ETag per coding');
    for (const [i, accept] of ['identity', 'br', 'gzip'].entries()) {
      const notModified = await get(`${url}/en/`, { 'accept-encoding': accept, 'if-none-match': tags[i]! });
      assert.equal(notModified.status, 304, accept);
      assert.equal(notModified.body.length, 0);
      assert.equal(notModified.headers['etag'], tags[i]);
      assert.equal(notModified.headers['vary'], 'Accept-Encoding');
      // Weak comparison: W/ on the client's tag still matches (RFC 9110 §13.1.2).
      assert.equal((await get(`${url}/en/`, { 'accept-encoding': accept, 'if-none-match': `"x", W/${tags[i]!}` })).status, 304);
      // Another coding's tag names other bytes.
      const other = tags[(i + 1) % 3]!;
      assert.equal((await get(`${url}/en/`, { 'accept-encoding': accept, 'if-none-match': other })).status, 200, accept);
    }
    const head = await get(`${url}/en/`, { 'accept-encoding': 'gzip' }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal(Number(head.headers['content-length']), gzip.body.length);
    assert.equal(head.headers['etag'], tags[2]);
  });

  void it('shows an edit and a kill after the staleness bound, in this process and in another on the same database', async () => {
    const one = await webProcess();
    const two = await webProcess();
    const id = await addArticle(site.store, 'wire-en', 'cache-kill', 'business', cleanArticle('Ferry timetable changes for winter', { published: '2024-06-10T09:00:00Z' }));
    afterBound();
    const article = await canonicalPath(one.url, id);
    for (const { url } of [one, two]) {
      assert.match((await get(`${url}/en/`)).body.toString(), /Ferry timetable changes for winter/);
      assert.equal((await get(url + article)).status, 200);
    }

    const edit = await one.store.reviseArticle(id, {
      expectedRevision: 0,
      action: 'edit',
      actor: 'editor@desk',
      at: NOW,
      reason: null,
      values: { headline: { headline: 'Ferry timetable changes for the winter season', headlineLang: null, slug: 'cache-kill' } },
      changes: [{ field: 'headline', before: 'Ferry timetable changes for winter', after: 'Ferry timetable changes for the winter season' }],
    });
    assert.equal(edit.outcome, 'done');
    afterBound();
    for (const { url } of [one, two]) assert.match((await get(url + article)).body.toString(), /Ferry timetable changes for the winter season/);

    await one.store.killArticle(id, { actor: 'editor@desk', at: NOW, reason: 'legal' });
    afterBound();
    for (const { url } of [one, two]) {
      assert.equal((await get(url + article)).status, 410, 'the killed article is gone');
      assert.doesNotMatch((await get(`${url}/en/`)).body.toString(), /Ferry timetable/);
      assert.doesNotMatch(decoded(await get(`${url}/en/rss.xml`, { 'accept-encoding': 'br' })), /Ferry timetable/);
    }
  });

  void it('answers the page as it was while its new rendering runs, within the bound, and the new page after', async () => {
    const { url, handlers } = await webProcess();
    const id = await addArticle(site.store, 'wire-en', 'cache-stale', 'business', cleanArticle('Harbour bridge closes for repairs', { published: '2024-06-10T09:30:00Z' }));
    afterBound();
    const article = await canonicalPath(url, id);
    assert.equal((await get(url + article)).status, 200);
    assert.match((await get(`${url}/en/`)).body.toString(), /Harbour bridge closes/);

    await site.store.killArticle(id, { actor: 'editor@desk', at: NOW, reason: 'legal' });
    // Past the check interval but within checkEveryMs + staleWhileRenderMs of the last check that found the page current.
    clock += CHECK_EVERY_MS + 1;
    const staleBefore = handlers.pageCache!.stats.stale;
    const first = await get(`${url}/en/`);
    assert.equal(first.status, 200);
    assert.match(first.body.toString(), /Harbour bridge closes/, 'the first reader is not kept waiting on the new rendering');
    assert.equal(handlers.pageCache!.stats.stale, staleBefore + 1);
    // The clock stands still here, so only the new rendering ending can take the headline away.
    let page = first.body.toString();
    for (let tries = 0; /Harbour bridge closes/.test(page) && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      page = (await get(`${url}/en/`)).body.toString();
    }
    assert.doesNotMatch(page, /Harbour bridge closes/, 'the new rendering replaced the old page');
  });

  void it('after a desk action in this process, the next reader gets a page rendered after it, not the earlier one', async () => {
    const { url, handlers } = await webProcess();
    assert.doesNotMatch((await get(`${url}/en/`)).body.toString(), /Tram line extended to the airport/);
    // What a desk action writes (the desk's handlers write through the same store), then the desk's POST itself.
    await addArticle(site.store, 'wire-en', 'cache-desk', 'business', cleanArticle('Tram line extended to the airport', { published: '2024-06-10T09:40:00Z' }));
    clock += CHECK_EVERY_MS + 1;
    await handlers.app.request('/desk/articles', { method: 'POST' });
    const staleBefore = handlers.pageCache!.stats.stale;
    assert.match((await get(`${url}/en/`)).body.toString(), /Tram line extended to the airport/, 'the editor sees the change on the site at once');
    assert.equal(handlers.pageCache!.stats.stale, staleBefore);
  });

  void it('shows an embargoed article when its embargo ends, with no write', async () => {
    const { url } = await webProcess();
    const id = await addArticle(site.store, 'wire-en', 'cache-embargo', 'business', cleanArticle('Lighthouse reopens to visitors', { published: '2024-06-10T08:00:00Z' }));
    const stored = (await site.store.getArticle(id))!;
    const ends = new Date(clock + 60_000).toISOString();
    await site.store.saveArticle(stored, { entryId: stored.entryId, sourceId: 'wire-en', section: 'business', slug: 'cache-embargo', embargoedUntil: ends }, NOW);
    afterBound();
    assert.doesNotMatch((await get(`${url}/en/`)).body.toString(), /Lighthouse reopens/);
    clock = Date.parse(ends) + 1;
    assert.match((await get(`${url}/en/`)).body.toString(), /Lighthouse reopens/);
  });

  void it('keeps editions, and base URLs, apart', async () => {
    let base = 'https://news.example/';
    const { url } = await webProcess(() => base);
    const hindi = (await get(`${url}/`)).body.toString();
    const english = (await get(`${url}/en/`)).body.toString();
    assert.match(hindi, /<html[^>]*lang="hi"/);
    assert.match(english, /<html[^>]*lang="en"/);
    assert.match((await get(`${url}/`)).body.toString(), /<html[^>]*lang="hi"/);
    base = 'https://mirror.example/';
    const moved = (await get(`${url}/`)).body.toString();
    assert.match(moved, /href="https:\/\/mirror\.example\//, 'absolute links follow the base URL at once');
    assert.doesNotMatch(moved, /href="https:\/\/news\.example\//);
  });

  void it('answers a miss as it would a hit: HEAD first, or a known ETag first (through the app, no listener)', async () => {
    const one = await webProcess();
    const tag = String((await get(`${one.url}/en/business/`, { 'accept-encoding': 'gzip' })).headers['etag']);
    const two = await webProcess();
    const head = await two.handlers.app.request('/en/business/', { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } });
    assert.equal(head.status, 200);
    assert.equal((await head.arrayBuffer()).byteLength, 0);
    assert.equal(head.headers.get('etag'), tag, 'both processes render the same bytes and tags');
    const three = await webProcess();
    const conditional = await three.handlers.app.request('/en/business/', { headers: { 'accept-encoding': 'gzip', 'if-none-match': tag } });
    assert.equal(conditional.status, 304);
    assert.equal(three.handlers.pageCache!.stats.misses, 1);
  });

  void it('keeps the API, the desk and the operations endpoints out', async () => {
    const { url, handlers } = await webProcess();
    const entries = handlers.pageCache!.stats.entries;
    for (const p of ['/api/sources', '/api/stories', '/desk/login', '/healthz']) {
      const raw = await get(url + p);
      assert.notEqual(raw.headers['vary'], 'Accept-Encoding', p);
    }
    assert.equal(handlers.pageCache!.stats.entries, entries);
  });
});
