/**
 * The README's "running it on your own feeds", as a newcomer would type it, in a
 * directory of their own (not the project's): init, sources add with a feed
 * served over HTTP, serve, read the pages, Ctrl-C.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { articleLinks, fetchPage, ROOT, runCli, servingUrl, waitFor } from './cli-process.ts';

const FEED = path.join(ROOT, 'src', 'cli', 'testdata', 'wire.rss');

describe('wiredesk on your own feeds, from another directory', () => {
  let feedServer: http.Server;
  let feedUrl = '';
  let dir = '';

  before(async () => {
    const feed = await readFile(FEED);
    feedServer = http.createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
    });
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/wire.rss`;
    dir = await mkdtemp(path.join(os.tmpdir(), 'wd-own-'));
  });

  after(() => new Promise<void>((resolve) => feedServer.close(() => resolve())));

  test('init, sources add, serve: the feed\'s stories are on the site', async () => {
    // The feed is served on loopback, which the fetcher refuses unless allowed.
    const env = { PORT: '', WIREDESK_DATA_DIR: '', WIREDESK_FETCH_ALLOW: '127.0.0.1' };
    const init = runCli(['init', '--name', 'Harbour Desk'], { cwd: dir, env });
    assert.equal(await init.exit, 0, init.err());

    const add = runCli(['sources', 'add', feedUrl, '--section', 'world'], { cwd: dir, env });
    assert.equal(await add.exit, 0, add.err());
    assert.match(add.out(), /added source "127-0-0-1": Test Wire \(2 items now\)/);

    const serve = runCli(['serve', '--port', '0'], { cwd: dir, env });
    try {
      const base = await servingUrl(serve);
      // The first ingest pass runs in serve's pipeline thread as the server starts; wait for it to end.
      await waitFor(/ingest: 1 sources, 2 new entries, 2 articles, 0 failed/, serve.err, serve.exit);
      const links = articleLinks((await fetchPage(new URL('en/', base).href)).html);
      assert.equal(links[0], '/en/world/1-harbour-authority-opens-a-second-ferry-terminal');
      const article = await fetchPage(new URL(links[0] ?? '', base).href);
      assert.equal(article.status, 200);
      assert.match(article.html, /<h1>Harbour authority opens a second ferry terminal<\/h1>/);
      assert.match(article.html, /<strong class="dateline">KOCHI:<\/strong>/);

      const hindi = articleLinks((await fetchPage(base)).html);
      assert.ok(hindi.some((link) => /^\/world\/\d+-tatiya-zilon/.test(link)), 'the Hindi item is on the Hindi edition');
    } finally {
      assert.equal(await serve.interrupt(), 0, serve.err());
    }
    assert.match(serve.err(), /ingest: 1 sources, 2 new entries, 2 articles, 0 failed/);
  });
});
