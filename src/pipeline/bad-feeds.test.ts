/**
 * Bad input over real loopback HTTP and a real store: each broken feed ends in
 * a clear error on its own source, and the good feed beside them is stored.
 * Conditional requests cost nothing further when nothing changed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { parseConfig } from '../config/load-config.ts';
import { startServer, type LoopbackServer } from '../ingest/testdata/loopback-server.ts';
import type { Store } from '../store/store.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { runIngestPass } from './ingest-pass.ts';
import { silentLogger, type PipelineContext } from './pipeline-context.ts';
import { syncConfigSources } from './sync-sources.ts';

const NOW = new Date('2026-11-28T12:00:00Z');
const MAX_BYTES = 256 * 1024;
const TIMEOUT_MS = 600;

function rss(title: string, items: [guid: string, title: string][], declaration = '<?xml version="1.0" encoding="utf-8"?>'): string {
  const body = items
    .map(([guid, itemTitle]) => `<item><guid isPermaLink="false">${guid}</guid><title>${itemTitle}</title>` +
      `<link>https://desk-tests.example/${guid}</link><description>${itemTitle}, as the desk heard it.</description></item>`)
    .join('');
  return `${declaration}<rss version="2.0"><channel><title>${title}</title><link>https://desk-tests.example/</link>${body}</channel></rss>`;
}

const GOOD = rss('Riverside Courier', [['rc-1', 'Ferry timetable extended into the evening'], ['rc-2', 'Library opens a reading room by the jetty']]);

/** 100 objects, each inside the one before, in an item's extension field. */
function deepJsonFeed(levels: number): string {
  let nested = '{"floor":"ground"}';
  for (let i = 0; i < levels; i++) nested = `{"level":${nested}}`;
  const item = `{"id":"sw-1","title":"A very deep item","content_text":"Deep.","_stairs":${nested}}`;
  return `{"version":"https://jsonfeed.org/version/1.1","title":"Stairwell","items":[${item}]}`;
}

let endlessWritten = 0;
let etagCounter = 0;

const routes: Record<string, http.RequestListener> = {
  '/good.rss': (req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(GOOD),
  '/loop.rss': (req, res) => res.writeHead(302, { location: '/loop.rss' }).end(),
  '/stall.rss': (req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Slow');
  },
  '/endless.rss': (req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    const pump = () => {
      while (!res.destroyed) {
        endlessWritten += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
    };
    pump();
  },
  '/corrupt-gzip.rss': (req, res) => {
    const gzip = gzipSync(GOOD);
    gzip.fill(0x7a, 20, 60); // the deflate stream is damaged past its header
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(gzip);
  },
  '/page.html': (req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body><h1>Welcome to our new website</h1></body></html>'),
  '/feed-as-html.rss': (req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(rss('Mislabelled Mail', [['mm-1', 'Post office keeps Saturday hours']])),
  '/lying-charset.rss': (req, res) => {
    // The server says UTF-8; the bytes are windows-1252, as the declaration says.
    const declaration = '<?xml version="1.0" encoding="windows-1252"?>';
    const body = rss('Café Chronicle', [['cc-1', 'Café owners’ “night market” approved']], declaration);
    const windows1252 = body.replace(/[’“”]/g, (c) => ({ '’': '\x92', '“': '\x93', '”': '\x94' })[c]!);
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(Buffer.from(windows1252, 'latin1'));
  },
  '/deep.json': (req, res) => res.writeHead(200, { 'content-type': 'application/feed+json' }).end(deepJsonFeed(100)),
  '/deep-arrays.json': (req, res) =>
    res.writeHead(200, { 'content-type': 'application/feed+json' }).end(`${'['.repeat(100)}"down"${']'.repeat(100)}`),
  '/conditional.rss': (req, res) => {
    if (req.headers['if-none-match'] === '"c1"') return void res.writeHead(304, { etag: '"c1"' }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"c1"' }).end(rss('Steady Standard', [['ss-1', 'Bridge repainting finished']]));
  },
  '/maintenance.rss': (req, res) =>
    res
      .writeHead(503, { 'content-type': 'text/html; charset=utf-8' })
      .end(`\n  <html><head><title>सेवा रखरखाव में है — back at 14:00</title></head><body>${'x'.repeat(100_000)}</body></html>`),
  '/etag-churn.rss': (req, res) =>
    res
      .writeHead(200, { 'content-type': 'application/rss+xml', etag: `"churn-${++etagCounter}"` })
      .end(rss('Restless Register', [['rr-1', 'Market hall roof repaired']])),
};

let server: LoopbackServer;

before(async () => {
  server = await startServer((req, res) => {
    const route = routes[req.url ?? ''];
    if (route) return route(req, res);
    res.writeHead(404).end('not here');
  });
});
after(() => server.close());

function context(store: Store, sources: [id: string, url: string][]): PipelineContext {
  const config = parseConfig(
    `
dataDir: "${mkdtempSync(path.join(os.tmpdir(), 'wd-bad-'))}"
# Served on loopback, which the fetcher refuses unless allowed; one host, so no politeness delay.
fetch: { allow: [127.0.0.1], timeoutMs: ${TIMEOUT_MS}, maxBytes: ${MAX_BYTES}, perHost: { delayMs: 0 } }
site: { name: Test, baseUrl: "http://localhost" }
editions: [{ lang: en, path: / }]
sections: [{ id: city, title: City }]
sources:
${sources.map(([id, url]) => `  - { id: ${id}, name: ${id}, url: "${url}", section: city, language: en }`).join('\n')}
`,
    { file: null, env: {} },
  );
  return { config, store, now: () => NOW, log: silentLogger, random: () => 0 };
}

const BAD_AND_GOOD: [string, string][] = [
  ['good', '/good.rss'],
  ['loop', '/loop.rss'],
  ['stall', '/stall.rss'],
  ['endless', '/endless.rss'],
  ['corrupt-gzip', '/corrupt-gzip.rss'],
  ['html-page', '/page.html'],
  ['feed-as-html', '/feed-as-html.rss'],
  ['lying-charset', '/lying-charset.rss'],
  ['deep-json', '/deep.json'],
  ['deep-arrays', '/deep-arrays.json'],
];

/** What each broken source's recorded error must say. */
const EXPECTED_ERRORS: Record<string, RegExp> = {
  loop: /loop\.rss redirected more than 5 times/,
  stall: /stall\.rss timed out after 600 ms \(fetch\.timeoutMs\)/,
  endless: /endless\.rss sent a larger body, over the limit of 262144 bytes \(fetch\.maxBytes\)/,
  'corrupt-gzip': /corrupt-gzip\.rss sent a body that does not decompress \(gzip\): .*Z_DATA_ERROR/,
  'html-page': /page\.html returned an HTML page, not a feed/,
  'deep-arrays': /deep-arrays\.json is not a valid feed: /,
  metadata: /169\.254\.169\.254 is a private, loopback or otherwise non-public address/,
  missing: /missing\.rss answered 404 Not Found/,
};

/** The kind recorded with each error: what /api/sources shows in place of the text. */
const EXPECTED_KINDS: Record<string, string> = {
  loop: 'redirects',
  stall: 'timeout',
  endless: 'too-large',
  'corrupt-gzip': 'network',
  'html-page': 'not-a-feed',
  'deep-arrays': 'not-a-feed',
  metadata: 'refused',
  missing: 'status',
};

for (const dialect of testDialects) {
  describe(`bad feeds on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    test('one pass over many broken feeds: each fails clearly on its own source, the good ones are stored', async () => {
      const sources: [string, string][] = [
        ...BAD_AND_GOOD.map(([id, route]): [string, string] => [id, server.url(route)]),
        ['metadata', 'http://169.254.169.254/latest/feed.rss'],
        ['missing', server.url('/missing.rss')],
      ];
      const ctx = context(await database().open(), sources);
      await syncConfigSources(ctx);
      // The never-ending body alone first, so that what the article step loads later is not counted.
      endlessWritten = 0;
      // Buffers only: the body's chunks would pile up there, apart from whatever else the heap does.
      const memoryBefore = process.memoryUsage().arrayBuffers;
      const endless = await runIngestPass(ctx, { select: ['endless'] });
      const grownMiB = (process.memoryUsage().arrayBuffers - memoryBefore) / 2 ** 20;
      assert.equal(endless.failed.length, 1);
      assert.ok(endlessWritten < 64 * MAX_BYTES, `the endless server got to write ${endlessWritten} bytes`);
      assert.ok(grownMiB < 32, `memory grew by ${grownMiB.toFixed(0)} MiB`);

      const summary = await runIngestPass(ctx, { select: 'all' });

      assert.deepEqual(summary.failed.map((f) => f.sourceId).sort(), Object.keys(EXPECTED_ERRORS).sort());
      for (const [id, pattern] of Object.entries(EXPECTED_ERRORS)) {
        const source = await ctx.store.getSource(id);
        assert.match(source?.lastError ?? '', pattern, `the error recorded on ${id}`);
        assert.equal(source?.lastErrorKind, EXPECTED_KINDS[id], `the kind of error recorded on ${id}`);
        const failures = id === 'endless' ? 2 : 1;
        assert.equal(source?.consecutiveFailures, failures);
        const backoff = id === 'endless' ? '2026-11-28T12:30:00.000Z' : '2026-11-28T12:15:00.000Z';
        assert.equal(source?.nextFetchAt, backoff, `${id} is retried after ${failures} backoff step(s)`);
      }

      const titles = (await ctx.store.listEntries({ limit: 50 })).map((e) => `${e.sourceId}: ${e.title}`).sort();
      assert.deepEqual(titles, [
        'deep-json: A very deep item',
        'feed-as-html: Post office keeps Saturday hours',
        'good: Ferry timetable extended into the evening',
        'good: Library opens a reading room by the jetty',
        'lying-charset: Café owners’ “night market” approved',
      ]);
      assert.equal((await ctx.store.getSource('good'))?.lastError, null);
    });

    test('a failed fetch keeps the first 40 characters of what the server sent, until the next success', async () => {
      const ctx = context(await database().open(), [
        ['maintenance', server.url('/maintenance.rss')],
        ['html-page', server.url('/page.html')],
        ['missing', server.url('/missing.rss')],
        ['stall', server.url('/stall.rss')],
      ]);
      await syncConfigSources(ctx);
      await runIngestPass(ctx, { select: 'all' });
      const body = async (id: string) => (await ctx.store.getSource(id))?.lastErrorBody;
      assert.equal(await body('maintenance'), '<html><head><title>सेवा रखरखाव में है — back a');
      assert.equal((await ctx.store.getSource('maintenance'))?.lastStatus, 503);
      assert.doesNotMatch((await ctx.store.getSource('maintenance'))?.lastError ?? '', /रखरखाव/, 'the body stays out of the error text');
      assert.equal(await body('html-page'), '<!doctype html><html><body><h1>Welcome t');
      assert.equal(await body('missing'), 'not here');
      assert.equal(await body('stall'), null, 'a timeout has no body to quote');

      // The same source, now answering with a feed: the quote goes with the error.
      await ctx.store.upsertSource({ ...(await ctx.store.getSource('html-page'))!, url: server.url('/good.rss') }, 'config', NOW.toISOString());
      await runIngestPass(ctx, { select: ['html-page'] });
      assert.equal(await body('html-page'), null);
    });

    test('a paused source is left out of every pass until it is resumed; naming it still fetches it', async () => {
      const ctx = context(await database().open(), [
        ['good', server.url('/good.rss')],
        ['steady', server.url('/conditional.rss')],
      ]);
      await syncConfigSources(ctx);
      assert.equal(await ctx.store.setSourcePaused('good', NOW.toISOString()), true);
      const fetchesOfGood = () => server.requests.filter((r) => r.url === '/good.rss').length;
      const before = fetchesOfGood();

      for (const select of ['all', 'due'] as const) {
        const summary = await runIngestPass(ctx, { select });
        assert.equal(fetchesOfGood(), before, `a ${select} pass does not fetch a paused source`);
        assert.equal(summary.failed.length, 0);
      }
      assert.equal((await ctx.store.getSource('good'))?.lastAttemptAt, null);
      assert.equal((await ctx.store.getSource('steady'))?.lastStatus, 200, 'the other source was fetched');
      // A re-sync of the configuration keeps the pause: it is the desk's state, not the file's.
      await syncConfigSources(ctx);
      assert.equal((await ctx.store.getSource('good'))?.pausedAt, NOW.toISOString());

      await runIngestPass(ctx, { select: ['good'] });
      assert.equal(fetchesOfGood(), before + 1, 'named, it is fetched');
      assert.equal(await ctx.store.setSourcePaused('good', null), true);
      await ctx.store.scheduleSourceFetch('good', NOW.toISOString());
      await runIngestPass(ctx, { select: 'due' });
      assert.equal(fetchesOfGood(), before + 2, 'resumed and due, it is fetched again');
      assert.equal(await ctx.store.setSourcePaused('ghost', null), false);
    });

    test('a 304 stores and builds nothing; a new ETag on the same content adds nothing', async () => {
      const ctx = context(await database().open(), [
        ['steady', server.url('/conditional.rss')],
        ['restless', server.url('/etag-churn.rss')],
      ]);
      await syncConfigSources(ctx);
      const first = await runIngestPass(ctx, { select: 'all' });
      assert.deepEqual(first.entries, { inserted: 2, updated: 0, unchanged: 0 });
      const conditional = () => server.requests.filter((r) => r.url === '/conditional.rss');
      const before = conditional().length;

      const second = await runIngestPass(ctx, { select: 'all' });
      assert.equal(conditional().at(-1)?.headers['if-none-match'], '"c1"');
      assert.equal(conditional().length - before, 1);
      assert.equal(second.notModified, 1);
      assert.equal(second.fetched, 1, 'the feed with a new ETag was read');
      assert.deepEqual(second.entries, { inserted: 0, updated: 0, unchanged: 1 });
      assert.equal(second.articles.built, 0);
      const steady = await ctx.store.getSource('steady');
      assert.equal(steady?.lastStatus, 304);
      assert.equal(steady?.etag, '"c1"');
      assert.equal((await ctx.store.getSource('restless'))?.etag, `"churn-${etagCounter}"`, 'the newest ETag is kept for next time');
      assert.deepEqual(await ctx.store.counts(), { sources: 2, entries: 2, articles: 2 });
    });
  });
}
