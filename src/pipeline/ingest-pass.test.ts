/**
 * The pipeline over real loopback HTTP and a real store, on every test engine:
 * good feeds are ingested while broken ones are recorded and backed off, and
 * passes are idempotent, resumable and pick up updated items.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
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

before(async () => {
  const harbour = await readFile(path.join(TESTDATA, 'harbour.rss'), 'utf8');
  const samvad = await readFile(path.join(TESTDATA, 'samvad.json'), 'utf8');
  server = http.createServer((request, response) => {
    if (request.url === '/harbour.rss') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(harbour.replace('{{VERSION}}', harbourVersion));
    } else if (request.url === '/samvad.json') {
      response.writeHead(200, { 'content-type': 'application/feed+json' }).end(samvad);
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

function context(store: Store): PipelineContext {
  const config = parseConfig(
    `
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

    test('an unknown source id is a clear error', async () => {
      const ctx = context(await database().open());
      await syncConfigSources(ctx);
      await assert.rejects(runIngestPass(ctx, { select: ['nope'] }), /ingest: no source with id "nope"/);
    });
  });
}
