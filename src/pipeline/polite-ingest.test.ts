/**
 * Fetching as a good citizen, over real loopback HTTP and a real store: a host
 * that answers 429 with Retry-After is left alone until then (and no other host
 * is), a failing feed backs off and recovers, a feed that moved for good is
 * followed, robots.txt is honoured for pages, requests to one host are spaced,
 * and the next fetch follows the feed's own pace.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseConfig } from '../config/load-config.ts';
import { startServer, type LoopbackServer } from '../ingest/testdata/loopback-server.ts';
import type { Store } from '../store/store.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { interleaveHosts, runIngestPass } from './ingest-pass.ts';
import type { Logger, PipelineContext } from './pipeline-context.ts';
import { syncConfigSources } from './sync-sources.ts';

const NOW = new Date('2026-11-28T12:00:00Z');
const MINUTE = 60_000;

function rss(title: string, items: { guid: string; title: string; link?: string; published?: Date }[], channelExtra = ''): string {
  const body = items
    .map(
      (item) =>
        `<item><guid isPermaLink="false">${item.guid}</guid><title>${item.title}</title>` +
        `<link>${item.link ?? `https://desk-tests.example/${item.guid}`}</link>` +
        (item.published ? `<pubDate>${item.published.toUTCString()}</pubDate>` : '') +
        `<description>${item.title}: the short version.</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://desk-tests.example/</link>${channelExtra}${body}</channel></rss>`;
}

const ONE_ITEM = (name: string) => rss(name, [{ guid: `${name}-1`, title: `${name} opens a new ward office` }]);

function page(title: string): string {
  const paragraphs = [
    'The harbour board approved a second dry dock on Friday after two years of hearings.',
    'Work on the dock is to begin in March, and the board expects the first ship in the autumn of next year.',
    'Shipwrights on the east quay said the new dock would end waits of up to six weeks for hull repairs.',
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
<main><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`;
}

/** Host A: the busy host, robots.txt and pages. Host B: everything else. Two ports are two hosts. */
let hostA: LoopbackServer;
let hostB: LoopbackServer;
const requestTimes: { url: string; at: number }[] = [];
let flakyFailuresLeft = 0;

function serve(routes: () => Record<string, http.RequestListener>): http.RequestListener {
  return (req, res) => {
    requestTimes.push({ url: req.url ?? '', at: performance.now() });
    const route = routes()[req.url ?? ''];
    if (route) return route(req, res);
    res.writeHead(404).end('not here');
  };
}

before(async () => {
  hostA = await startServer(
    serve(() => ({
      '/busy.rss': (req, res) => res.writeHead(429, { 'retry-after': '120' }).end('slow down'),
      '/quiet.rss': (req, res) => res.writeHead(200).end(ONE_ITEM('Quiet')),
      '/robots.txt': (req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: wiredesk\nDisallow: /members/\n'),
      '/pages.rss': (req, res) =>
        res.writeHead(200).end(
          rss('Dock News', [
            { guid: 'open', title: 'Second dry dock approved', link: hostA.url('/open/dry-dock') },
            { guid: 'members', title: 'Members hear dock costs', link: hostA.url('/members/dock-costs') },
            { guid: 'tracked', title: 'Members hear the dock budget', link: hostA.url('/track/dock-budget') },
          ]),
        ),
      '/open/dry-dock': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page('Second dry dock approved')),
      '/members/dock-costs': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page('Members hear dock costs')),
      '/track/dock-budget': (req, res) => res.writeHead(302, { location: '/members/dock-budget' }).end(),
      '/members/dock-budget': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page('Members hear the dock budget')),
    })),
  );
  hostB = await startServer(
    serve(() => ({
      '/calm.rss': (req, res) => res.writeHead(200).end(ONE_ITEM('Calm')),
      '/flaky.rss': (req, res) => {
        if (flakyFailuresLeft-- > 0) return void res.writeHead(500).end('oops');
        res.writeHead(200).end(ONE_ITEM('Flaky'));
      },
      '/old.rss': (req, res) => res.writeHead(301, { location: '/new.rss' }).end(),
      '/temp.rss': (req, res) => res.writeHead(302, { location: '/new.rss' }).end(),
      '/new.rss': (req, res) => res.writeHead(200).end(ONE_ITEM('New')),
      '/newest.rss': (req, res) => res.writeHead(200).end(ONE_ITEM('Newest')),
      '/ttl.rss': (req, res) => res.writeHead(200).end(rss('Slow Weekly', [{ guid: 'sw-1', title: 'Council agenda' }], '<ttl>90</ttl>')),
      '/cached.rss': (req, res) => res.writeHead(200, { 'cache-control': 'public, max-age=2700' }).end(ONE_ITEM('Cached')),
      '/wire.rss': (req, res) =>
        res.writeHead(200).end(
          rss(
            'Every Ten Minutes',
            Array.from({ length: 6 }, (_, i) => ({ guid: `w-${i}`, title: `Wire item ${i}`, published: new Date(NOW.getTime() - i * 10 * MINUTE) })),
          ),
        ),
    })),
  );
});
after(async () => {
  await hostA.close();
  await hostB.close();
});

interface TestContext extends PipelineContext {
  clock: { time: Date };
  logged: string[];
}

function context(store: Store, sources: [id: string, url: string, extra?: string][], delayMs = 0): TestContext {
  const config = parseConfig(
    `
dataDir: "${mkdtempSync(path.join(os.tmpdir(), 'wd-polite-'))}"
# Served on loopback, which the fetcher refuses unless allowed.
fetch: { allow: [127.0.0.1], timeoutMs: 5000, perHost: { delayMs: ${delayMs} } }
site: { name: Test, baseUrl: "http://localhost" }
editions: [{ lang: en, path: / }]
sections: [{ id: city, title: City }]
sources:
${sources.map(([id, url, extra]) => `  - { id: ${id}, name: ${id}, url: "${url}", section: city, language: en${extra ? `, ${extra}` : ''} }`).join('\n')}
`,
    { file: null, env: {} },
  );
  const clock = { time: NOW };
  const logged: string[] = [];
  const log: Logger = { info: (m) => logged.push(m), warn: (m) => logged.push(m), error: (m) => logged.push(m) };
  return { config, store, now: () => clock.time, log, random: () => 0, clock, logged };
}

function requestsTo(server: LoopbackServer, route: string): number {
  return server.requests.filter((r) => r.url === route).length;
}

function minutesAfter(iso: string | null | undefined, from: Date): number {
  return (Date.parse(iso ?? '') - from.getTime()) / MINUTE;
}

test('a pass takes one feed of each host in turn, each host\'s feeds in their order', () => {
  const at = (id: string, url: string) => ({ id, url }) as Parameters<typeof interleaveHosts>[0][number];
  const order = interleaveHosts([
    at('big-1', 'https://big.example/1.rss'),
    at('big-2', 'https://big.example/2.rss'),
    at('big-3', 'https://big.example/3.rss'),
    at('local', 'feeds/local.xml'),
    at('small', 'https://small.example/feed.rss'),
    at('other-port', 'https://big.example:8443/feed.rss'),
  ]).map((s) => s.id);
  assert.deepEqual(order, ['big-1', 'local', 'small', 'other-port', 'big-2', 'big-3']);
});

for (const dialect of testDialects) {
  describe(`polite ingest on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    test('429 with Retry-After: that host is left alone until then, an unrelated host is not', async () => {
      const ctx = context(await database().open(), [
        ['a-busy', hostA.url('/busy.rss')],
        ['a-quiet', hostA.url('/quiet.rss')],
        ['b-calm', hostB.url('/calm.rss')],
      ]);
      await syncConfigSources(ctx);
      const first = await runIngestPass(ctx, { select: 'all' });
      // In the order they finished: a-quiet, refused at once, may finish before a-busy has recorded its 429.
      assert.deepEqual(first.failed.map((f) => f.sourceId).sort(), ['a-busy', 'a-quiet']);
      assert.equal(first.fetched, 1);

      const busy = await ctx.store.getSource('a-busy');
      assert.equal(busy?.lastStatus, 429);
      assert.equal(busy?.nextFetchAt, '2026-11-28T12:02:00.000Z', 'the Retry-After time is the next fetch time');
      const quiet = await ctx.store.getSource('a-quiet');
      assert.match(quiet?.lastError ?? '', /^ingest: 127\.0\.0\.1:\d+ asked wiredesk to wait until .* \(Retry-After\); .*\/quiet\.rss was not requested$/);
      assert.equal(quiet?.nextFetchAt, '2026-11-28T12:02:00.000Z');
      assert.equal(requestsTo(hostA, '/quiet.rss'), 0, 'the held host was not asked for its other feed');

      const busyRequests = requestsTo(hostA, '/busy.rss');
      const second = await runIngestPass(ctx, { select: 'all' });
      assert.equal(requestsTo(hostA, '/busy.rss'), busyRequests, 'nor asked again before the time it named');
      assert.equal(second.fetched, 1, `the other host is fetched as usual (failed: ${JSON.stringify(second.failed)})`);
      assert.equal((await ctx.store.getSource('b-calm'))?.consecutiveFailures, 0);
    });

    test('500s then recovery: failures are counted, the backoff grows, then a success resets it', async () => {
      flakyFailuresLeft = 3;
      const ctx = context(await database().open(), [['flaky', hostB.url('/flaky.rss')]]);
      await syncConfigSources(ctx);
      const waits: number[] = [];
      for (let attempt = 1; attempt <= 3; attempt++) {
        const summary = await runIngestPass(ctx, { select: 'due' });
        assert.equal(summary.failed.length, 1);
        const source = await ctx.store.getSource('flaky');
        assert.equal(source?.consecutiveFailures, attempt);
        assert.match(source?.lastError ?? '', /flaky\.rss answered 500 Internal Server Error/);
        waits.push(minutesAfter(source?.nextFetchAt, ctx.clock.time));
        ctx.clock.time = new Date(Date.parse(source?.nextFetchAt ?? ''));
      }
      assert.deepEqual(waits, [15, 30, 60]);
      const recovered = await runIngestPass(ctx, { select: 'due' });
      assert.equal(recovered.fetched, 1, 'it was due again, never disabled');
      const source = await ctx.store.getSource('flaky');
      assert.equal(source?.consecutiveFailures, 0);
      assert.equal(source?.lastError, null);
      assert.equal(source?.lastStatus, 200);
      assert.equal(minutesAfter(source?.nextFetchAt, ctx.clock.time), 15, 'back to the normal interval');
    });

    test('a 301 moves the source for good, a 302 does not; re-syncing the file keeps the move until its URL changes', async () => {
      const ctx = context(await database().open(), [
        ['moved', hostB.url('/old.rss')],
        ['visiting', hostB.url('/temp.rss')],
      ]);
      await syncConfigSources(ctx);
      await runIngestPass(ctx, { select: 'all' });
      assert.equal((await ctx.store.getSource('moved'))?.url, hostB.url('/new.rss'));
      assert.equal((await ctx.store.getSource('visiting'))?.url, hostB.url('/temp.rss'));
      assert.ok(ctx.logged.includes(`moved: ${hostB.url('/old.rss')} has moved permanently to ${hostB.url('/new.rss')}; fetching it there from now on`));

      await syncConfigSources(ctx);
      assert.equal((await ctx.store.getSource('moved'))?.url, hostB.url('/new.rss'), 'the file still names the old URL: the move stands');
      const oldRequests = requestsTo(hostB, '/old.rss');
      await runIngestPass(ctx, { select: ['moved'] });
      assert.equal(requestsTo(hostB, '/old.rss'), oldRequests, 'the old URL is not asked again');

      const edited = context(ctx.store, [['moved', hostB.url('/newest.rss')], ['visiting', hostB.url('/temp.rss')]]);
      await syncConfigSources(edited);
      assert.equal((await ctx.store.getSource('moved'))?.url, hostB.url('/newest.rss'), 'a new URL in the file wins');
    });

    test('pages: robots.txt is honoured and requests to one host are spaced, feed and pages alike', async () => {
      const delayMs = 300;
      const ctx = context(await database().open(), [['dock', hostA.url('/pages.rss'), 'fullText: page']], delayMs);
      await syncConfigSources(ctx);
      const openBefore = requestsTo(hostA, '/open/dry-dock');
      const startedAt = performance.now();
      const summary = await runIngestPass(ctx, { select: 'all' });
      assert.deepEqual(summary.articles.failed, []);
      assert.equal(summary.articles.built, 3);
      assert.equal(requestsTo(hostA, '/members/dock-costs'), 0, 'the disallowed page is never requested');
      assert.equal(requestsTo(hostA, '/members/dock-budget'), 0, 'nor is one reached through a redirect');
      assert.equal(requestsTo(hostA, '/open/dry-dock') - openBefore, 1);
      assert.ok(ctx.logged.some((m) => /robots\.txt disallows .*\/members\/dock-costs for wiredesk/.test(m)));

      const articles = await ctx.store.latestArticles({ limit: 5 });
      const members = articles.find((a) => a.headline === 'Members hear dock costs');
      assert.equal((await ctx.store.getArticle(members?.id ?? -1))?.text, 'Members hear dock costs: the short version.', 'the feed\'s text is kept');
      const open = articles.find((a) => a.headline === 'Second dry dock approved');
      assert.match((await ctx.store.getArticle(open?.id ?? -1))?.text ?? '', /six weeks for hull repairs/);

      const times = requestTimes.filter((r) => r.at >= startedAt && ['/pages.rss', '/robots.txt', '/open/dry-dock'].includes(r.url)).map((r) => r.at);
      assert.equal(times.length, 3);
      for (let i = 1; i < times.length; i++) {
        const gap = times[i]! - times[i - 1]!;
        // Seen by the server, so a busy machine may shift an arrival a little either way.
        assert.ok(gap >= delayMs * 0.66, `requests ${i} and ${i + 1} to one host were ${gap.toFixed(0)} ms apart`);
      }
    });

    test('the next fetch follows the feed\'s pace: ttl, Cache-Control, its publishing rate, else the default', async () => {
      const ctx = context(await database().open(), [
        ['ttl', hostB.url('/ttl.rss')],
        ['cached', hostB.url('/cached.rss')],
        ['wire', hostB.url('/wire.rss')],
        ['plain', hostB.url('/calm.rss')],
      ]);
      await syncConfigSources(ctx);
      await runIngestPass(ctx, { select: 'all' });
      const next = async (id: string) => minutesAfter((await ctx.store.getSource(id))?.nextFetchAt, NOW);
      assert.equal(await next('ttl'), 90);
      assert.equal(await next('cached'), 45);
      assert.equal(await next('wire'), 10);
      assert.equal(await next('plain'), 15);
    });
  });
}
