/**
 * The pipeline over real loopback HTTP and a real store, on every test engine:
 * good feeds are ingested while broken ones are recorded and backed off, and
 * passes are idempotent, resumable and pick up updated items.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import zlib from 'node:zlib';
import { parseConfig } from '../config/load-config.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import type { Store } from '../store/store.ts';
import { runIngestPass } from './ingest-pass.ts';
import { ingestSource } from './ingest-source.ts';
import { silentLogger, type PipelineContext } from './pipeline-context.ts';
import { syncConfigSources } from './sync-sources.ts';

const TESTDATA = path.join(import.meta.dirname, 'testdata');
const NOW = new Date('2026-11-28T12:00:00Z');

let server: http.Server;
let origin = '';
let harbourVersion = 'six';

/** A real 4×3 grey PNG, built here so the test needs no binary fixture. */
const QUAY_PNG = png(4, 3);

function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth; colour type 0 (grey)
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.from([0, ...new Array<number>(width).fill(128)])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

before(async () => {
  const harbour = await readFile(path.join(TESTDATA, 'harbour.rss'), 'utf8');
  const samvad = await readFile(path.join(TESTDATA, 'samvad.json'), 'utf8');
  const garbled = await readFile(path.join(TESTDATA, 'garbled.rss'), 'utf8');
  server = http.createServer((request, response) => {
    if (request.url === '/harbour.rss') {
      const feed = harbour.replace('{{VERSION}}', harbourVersion).replaceAll('{{ORIGIN}}', origin);
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
    } else if (request.url === '/img/quay.png') {
      response.writeHead(200, { 'content-type': 'image/png' }).end(QUAY_PNG);
    } else if (request.url === '/img/not-an-image.png') {
      response.writeHead(200, { 'content-type': 'image/png' }).end('<html>login required</html>');
    } else if (request.url === '/samvad.json') {
      response.writeHead(200, { 'content-type': 'application/feed+json' }).end(samvad);
    } else if (request.url === '/garbled.rss') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(garbled);
    } else if (request.url === '/moved-to-html') {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body><h1>Our new site</h1></body></html>');
    } else {
      response.writeHead(404).end('gone');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

function context(
  store: Store,
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'wd-pass-')),
  allow = '[127.0.0.1]',
): PipelineContext {
  const config = parseConfig(
    `
dataDir: "${dataDir}"
# The feeds are served on loopback, which the fetcher refuses unless allowed;
# they share that one host, so the politeness delay is off to keep the test quick.
fetch: { allow: ${allow}, perHost: { delayMs: 0 } }
site: { name: Test, baseUrl: "http://localhost" }
editions: [{ lang: hi, path: / }, { lang: en, path: /en/ }]
sections: [{ id: world, title: World }]
sources:
  - { id: harbour, name: Harbour Gazette, url: "${origin}/harbour.rss", section: world }
  - { id: samvad, name: Samvad, url: "${origin}/samvad.json", section: world }
  - { id: vanished, name: Vanished, url: "${origin}/no-such-feed.xml", section: world }
  - { id: moved, name: Moved, url: "${origin}/moved-to-html", section: world }
`,
    { file: null, env: {} },
  );
  return { config, store, now: () => NOW, log: silentLogger };
}

for (const dialect of testDialects) {
  describe(`ingest pass on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    test('good feeds are ingested while broken ones are recorded and backed off', async () => {
      const ctx = context(await database().open());
      await syncConfigSources(ctx);
      const summary = await runIngestPass(ctx, { select: 'due' });

      assert.equal(summary.sources, 4);
      assert.equal(summary.fetched, 2);
      assert.deepEqual(summary.entries, { inserted: 3, updated: 0, unchanged: 0 });
      assert.equal(summary.articles.built, 3);
      assert.deepEqual(summary.failed.map((f) => f.sourceId).sort(), ['moved', 'vanished']);

      const vanished = await ctx.store.getSource('vanished');
      assert.equal(vanished?.consecutiveFailures, 1);
      assert.equal(vanished?.lastStatus, 404);
      assert.match(vanished?.lastError ?? '', /no-such-feed\.xml.*404/);
      assert.ok((vanished?.nextFetchAt ?? '') > NOW.toISOString(), 'a failed source is retried later');
      assert.match((await ctx.store.getSource('moved'))?.lastError ?? '', /HTML page, not a feed/);
      assert.equal((await ctx.store.getSource('harbour'))?.lastSuccessAt, NOW.toISOString());

      const hindi = await ctx.store.latestArticles({ lang: 'hi', limit: 10 });
      assert.equal(hindi.length, 1);
      assert.equal(hindi[0]?.dateline, 'चेन्नई');
      assert.equal(hindi[0]?.byline, 'रीना वर्मा');

      // The pass indexed its articles for search itself: no reader's search has to.
      assert.equal(await ctx.store.refreshSearchIndex(), 0, 'nothing left for search to index');
    });

    test('reading the same feeds again stores nothing twice', async () => {
      const ctx = context(await database().open());
      await syncConfigSources(ctx);
      await runIngestPass(ctx, { select: 'all' });
      const again = await runIngestPass(ctx, { select: 'all' });
      assert.deepEqual(again.entries, { inserted: 0, updated: 0, unchanged: 3 });
      assert.equal(again.articles.built, 0);
      assert.deepEqual(await ctx.store.counts(), { sources: 4, entries: 3, articles: 3 });
      assert.equal((await ctx.store.getSource('vanished'))?.consecutiveFailures, 2);
    });

    test('an item changed by its feed is updated and its article rebuilt', async () => {
      const ctx = context(await database().open());
      await syncConfigSources(ctx);
      await runIngestPass(ctx, { select: ['harbour'] });
      harbourVersion = 'eight';
      try {
        const update = await runIngestPass(ctx, { select: ['harbour'] });
        assert.deepEqual(update.entries, { inserted: 0, updated: 1, unchanged: 1 });
        assert.equal(update.articles.built, 1);
      } finally {
        harbourVersion = 'six';
      }
      const [latest] = await ctx.store.latestArticles({ lang: 'en', limit: 1 });
      const article = await ctx.store.getArticle(latest?.id ?? -1);
      assert.match(article?.text ?? '', /eight boats now leave every hour/);
      assert.equal(article?.dateline, 'KOCHI');
      assert.equal((await ctx.store.counts()).articles, 2);
    });

    test('a feed item garbled by its generator (UTF-8 read as windows-1252) is stored as the writer meant it', async () => {
      const config = parseConfig(
        `
dataDir: "${mkdtempSync(path.join(os.tmpdir(), 'wd-pass-'))}"
fetch: { allow: [127.0.0.1], perHost: { delayMs: 0 } }
site: { name: Test, baseUrl: "http://localhost" }
editions: [{ lang: en, path: / }]
sections: [{ id: world, title: World }]
sources: [{ id: garbled, name: Garbled Gazette, url: "${origin}/garbled.rss", section: world }]
`,
        { file: null, env: {} },
      );
      const ctx: PipelineContext = { config, store: await database().open(), now: () => NOW, log: silentLogger };
      await syncConfigSources(ctx);
      await runIngestPass(ctx, { select: 'due' });
      const [latest] = await ctx.store.latestArticles({ lang: 'en', limit: 1 });
      const article = await ctx.store.getArticle(latest?.id ?? -1);
      assert.equal(article?.headline, 'Mayor’s café plan wins “strong” support');
      assert.equal(article?.standfirst, 'The council’s vote was 9 to 2.');
      assert.equal(
        article?.text,
        'The council approved the seafront café on Saturday, and the mayor said it wouldn’t be the last.\n\nResidents of Île-Saint-Denis gave it ⭐⭐⭐⭐.',
      );
    });

    test('a run stopped after storing entries finishes its articles on the next pass', async () => {
      const ctx = context(await database().open());
      await syncConfigSources(ctx);
      const [harbour] = (await ctx.store.listSources()).filter((s) => s.id === 'harbour');
      assert.ok(harbour);
      await ingestSource(ctx, harbour); // entries stored, the process "dies" before articles
      assert.equal((await ctx.store.counts()).articles, 0);
      const resumed = await runIngestPass(ctx, { select: ['harbour'] });
      assert.equal(resumed.entries.inserted, 0);
      assert.equal(resumed.articles.built, 2);
      assert.deepEqual(await ctx.store.counts(), { sources: 4, entries: 2, articles: 2 });
    });

    test('article images are copied into the media store; a fake image is left out', async () => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wd-media-'));
      const ctx = context(await database().open(), dataDir);
      await syncConfigSources(ctx);
      await runIngestPass(ctx, { select: ['harbour'] });
      const list = await ctx.store.latestArticles({ lang: 'en', limit: 5 });
      const market = await ctx.store.getArticle(list.find((a) => /Fish market/.test(a.headline))?.id ?? -1);
      const figures = market?.blocks.filter((b) => b.type === 'figure') ?? [];
      assert.equal(figures.length, 2);
      const expected = `${createHash('sha256').update(QUAY_PNG).digest('hex')}.png`;
      assert.equal(figures[0]?.stored, expected);
      assert.equal(figures[1]?.stored, undefined, 'an HTML answer is not stored as an image');
      assert.deepEqual(await readdir(path.join(dataDir, 'media')), [expected]);
      assert.deepEqual(await readFile(path.join(dataDir, 'media', expected)), QUAY_PNG);
    });

    test('without fetch.allow, feeds on private addresses are refused and recorded as failures', async () => {
      const ctx = context(await database().open(), undefined, '[]');
      await syncConfigSources(ctx);
      const summary = await runIngestPass(ctx, { select: 'all' });
      assert.equal(summary.failed.length, 4);
      assert.equal((await ctx.store.counts()).entries, 0);
      const harbour = await ctx.store.getSource('harbour');
      assert.match(harbour?.lastError ?? '', /127\.0\.0\.1 is a private, loopback or otherwise non-public address/);
    });

    test('an unknown source id is a clear error', async () => {
      const ctx = context(await database().open());
      await syncConfigSources(ctx);
      await assert.rejects(runIngestPass(ctx, { select: ['nope'] }), /ingest: no source with id "nope"/);
    });
  });
}
