/**
 * `fullText: page | auto` over real loopback HTTP and a real store: the body
 * comes from the linked page without its furniture, a page that is gone
 * leaves the feed's summary standing, and a page that fails for a while is
 * tried again on the next pass.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseConfig } from '../config/load-config.ts';
import type { Store } from '../store/store.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { runIngestPass } from './ingest-pass.ts';
import { silentLogger, type PipelineContext } from './pipeline-context.ts';
import { syncConfigSources } from './sync-sources.ts';

const NOW = new Date('2026-11-28T12:00:00Z');
const STORY_PARAGRAPHS = [
  'The harbour board approved a second dry dock on Friday after two years of hearings.',
  'Work on the dock is to begin in March, and the board expects the first ship in the autumn of next year.',
  'Shipwrights on the east quay said the new dock would end waits of up to six weeks for hull repairs.',
  'The board will pay for the dock from its reserves and a loan from two state banks, its chair said.',
];

let server: http.Server;
let origin = '';
let flakyStatus = 503;
const requested: string[] = [];

function page(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Meera Pillai">
<meta property="article:published_time" content="2026-11-27T10:00:00+05:30"></head><body>
<header><nav><a href="/">Home</a> <a href="/ports">Ports</a> <a href="/city">City</a> <a href="/subscribe">Subscribe</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<main><article><h1>${title}</h1><p class="byline">By Meera Pillai</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<div class="share-bar">Share on Facebook Share on X Share on WhatsApp</div>
<aside class="related"><h3>Also read</h3><ul><li><a href="/a">Ferry fares rise</a></li><li><a href="/b">Fish market moves</a></li></ul></aside>
</article></main>
<div class="adblock-notice">Adblock detected: please support us by disabling your ad blocker.</div>
<a href="#top" class="back-to-top">Back to top</a>
<footer>© 2026 Harbour Gazette. All rights reserved.</footer></body></html>`;
}

function item(slug: string, title: string, summary: string): string {
  return `<item><title>${title}</title><link>${origin}/${slug}</link><guid isPermaLink="false">${slug}</guid>
<pubDate>Fri, 27 Nov 2026 10:00:00 +0530</pubDate><description>${summary}</description></item>`;
}

before(async () => {
  server = http.createServer((request, response) => {
    requested.push(request.url ?? '');
    const feed = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title><link>${origin}/</link>${items}</channel></rss>`;
    if (request.url === '/summaries.rss') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        feed(
          item('dry-dock', 'Second dry dock approved', 'The harbour board approved a second dry dock.') +
            item('gone', 'A story since withdrawn', 'This summary is all that is left of it.') +
            item('flaky', 'Tug crews end strike', 'Tug crews returned to work on Friday.'),
        ),
      );
    } else if (request.url === '/mixed.rss') {
      const full = STORY_PARAGRAPHS.concat(STORY_PARAGRAPHS, STORY_PARAGRAPHS).join(' ');
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        feed(item('long-in-feed', 'A long story in the feed', full) + item('cut-short', 'A story cut short', 'Tug crews returned to work on Friday after […]')),
      );
    } else if (request.url === '/refused.rss') {
      // Links to the cloud metadata service and to a loopback address the configuration does not allow (only 127.0.0.1 is).
      const metadata = item('metadata', 'Metadata service story', 'The summary of a story whose page is on a refused address.')
        .replace(`${origin}/metadata`, 'http://169.254.169.254/latest/meta-data/');
      const loopback = item('loopback', 'Loopback port story', 'The summary of a story whose page is on IPv6 loopback.')
        .replace(`${origin}/loopback`, `http://[::1]:${(server.address() as AddressInfo).port}/admin`);
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(metadata + loopback));
    } else if (request.url === '/dry-dock' || request.url === '/cut-short') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('Second dry dock approved', STORY_PARAGRAPHS));
    } else if (request.url === '/flaky') {
      if (flakyStatus !== 200) response.writeHead(flakyStatus).end('busy');
      else response.writeHead(200, { 'content-type': 'text/html' }).end(page('Tug crews end strike', STORY_PARAGRAPHS.slice(1)));
    } else {
      response.writeHead(404).end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

function context(store: Store): PipelineContext {
  const config = parseConfig(
    `
dataDir: "${mkdtempSync(path.join(os.tmpdir(), 'wd-page-'))}"
# Feeds and pages are served on loopback, which the fetcher refuses unless allowed;
# every request goes to that one host, so the politeness delay is off to keep the test quick.
fetch: { allow: [127.0.0.1], perHost: { delayMs: 0 } }
site: { name: Test, baseUrl: "http://localhost" }
editions: [{ lang: en, path: / }]
sections: [{ id: world, title: World }]
sources:
  - { id: harbour, name: Harbour Gazette, url: "${origin}/summaries.rss", section: world, language: en, fullText: page }
  - { id: mixed, name: Mixed, url: "${origin}/mixed.rss", section: world, language: en, fullText: auto }
  - { id: refusing, name: Refusing, url: "${origin}/refused.rss", section: world, language: en, fullText: page }
`,
    { file: null, env: {} },
  );
  return { config, store, now: () => NOW, log: silentLogger };
}

for (const dialect of testDialects) {
  describe(`article text from pages on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    test('page: the body is the page\'s story without its furniture; gone pages keep the summary; failing pages wait', async () => {
      flakyStatus = 503;
      const ctx = context(await database().open());
      await syncConfigSources(ctx);
      const first = await runIngestPass(ctx, { select: ['harbour'] });
      assert.deepEqual(first.failed, [], 'the feed itself was read');
      assert.deepEqual(first.articles.failed.map((failure) => failure.sourceId), ['harbour'], 'the 503 page fails the build of its entry only');
      assert.match(first.articles.failed[0]!.error, /flaky.*503/u);
      assert.equal(first.articles.built, 2);

      const dock = (await ctx.store.latestArticles({ limit: 10 })).find((a) => a.headline === 'Second dry dock approved');
      assert.ok(dock, 'the dry dock story was built');
      const full = await ctx.store.getArticle(dock.id);
      assert.equal(full?.text, STORY_PARAGRAPHS.join('\n\n'));
      assert.equal(full?.byline, 'Meera Pillai');
      for (const furniture of ['cookies', 'Share on', 'Also read', 'Adblock', 'Back to top', 'All rights reserved', 'Subscribe']) {
        assert.ok(!full?.text.includes(furniture), `"${furniture}" stayed in the article`);
      }

      const gone = (await ctx.store.latestArticles({ limit: 10 })).find((a) => a.headline === 'A story since withdrawn');
      assert.equal((await ctx.store.getArticle(gone!.id))?.text, 'This summary is all that is left of it.');

      flakyStatus = 200;
      const second = await runIngestPass(ctx, { select: ['harbour'] });
      assert.deepEqual(second.articles.failed, []);
      assert.equal(second.articles.built, 1, 'only the pending entry is built again');
      const tug = (await ctx.store.latestArticles({ limit: 10 })).find((a) => a.headline === 'Tug crews end strike');
      assert.equal((await ctx.store.getArticle(tug!.id))?.text, STORY_PARAGRAPHS.slice(1).join('\n\n'));
    });

    test('a page on a refused address is never asked for again: the feed\'s text is the article at once, and the log says why', async () => {
      const warnings: string[] = [];
      const ctx = { ...context(await database().open()), log: { ...silentLogger, warn: (message: string) => warnings.push(message) } };
      await syncConfigSources(ctx);
      const first = await runIngestPass(ctx, { select: ['refusing'] });
      assert.deepEqual(first.articles.failed, [], 'a refusal is no failure to retry');
      assert.equal(first.articles.built, 2);
      // Every article, versions and copies included: lists show one of two near-identical texts.
      const articles = await ctx.store.listArticleStates({ at: NOW.toISOString(), limit: 10 });
      const metadata = articles.find((a) => a.headline === 'Metadata service story');
      assert.equal((await ctx.store.getArticle(metadata!.id))?.text, 'The summary of a story whose page is on a refused address.');
      const loopback = articles.find((a) => a.headline === 'Loopback port story');
      assert.equal((await ctx.store.getArticle(loopback!.id))?.text, 'The summary of a story whose page is on IPv6 loopback.');
      for (const address of ['169.254.169.254', '::1']) {
        assert.ok(
          warnings.some((w) => w.includes(address) && /non-public address/.test(w) && /keeping the feed's text/.test(w)),
          `the log says why ${address} was not read: ${warnings.join(' | ')}`,
        );
      }
      const second = await runIngestPass(ctx, { select: ['refusing'] });
      assert.equal(second.articles.built, 0, 'nothing is left pending');
      assert.deepEqual(second.articles.failed, []);
    });

    test('auto: a full text in the feed is kept as it is; a summary cut short is replaced by the page', async () => {
      requested.length = 0;
      const ctx = context(await database().open());
      await syncConfigSources(ctx);
      await runIngestPass(ctx, { select: ['mixed'] });
      assert.ok(!requested.includes('/long-in-feed'), 'no page fetch for a feed that carries the story');
      assert.ok(requested.includes('/cut-short'));
      // Every article: the page's text makes the cut-short report a version of the one in the feed, which lists hide.
      const articles = await ctx.store.listArticleStates({ at: NOW.toISOString(), limit: 10 });
      const cut = articles.find((a) => a.headline === 'A story cut short');
      assert.equal((await ctx.store.getArticle(cut!.id))?.text, STORY_PARAGRAPHS.join('\n\n'));
    });
  });
}
