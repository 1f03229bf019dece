import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGuardedAgent } from './address-guard.ts';
import { FeedError } from './feed-parser.ts';
import { FetchError } from './http-fetch.ts';
import { readFeed, type ReadFeedOptions } from './read-feed.ts';
import { startServer, type LoopbackServer } from './testdata/loopback-server.ts';

const TESTDATA = fileURLToPath(new URL('./testdata/', import.meta.url));
const fixture = (name: string) => readFile(path.join(TESTDATA, name));

const OPTIONS: ReadFeedOptions = {
  sourceId: 'neelgiri',
  format: 'auto',
  baseDir: TESTDATA,
  timeoutMs: 5_000,
  maxBytes: 1024 * 1024,
  userAgent: 'wiredesk-test/1',
  // The test server listens on loopback, which the fetcher refuses unless allowed: allowed here.
  dispatcher: createGuardedAgent(['127.0.0.1']),
};

let server: LoopbackServer;

before(async () => {
  const bodies: Record<string, { type: string; body: Buffer }> = {
    '/feed.xml': { type: 'application/rss+xml; charset=utf-8', body: await fixture('rss-hindi.xml') },
    '/page.html': { type: 'text/html; charset=utf-8', body: await fixture('html-page.html') },
    '/broken.xml': { type: 'application/xml', body: await fixture('invalid.xml') },
    '/feed.json': { type: 'application/feed+json', body: await fixture('jsonfeed.json') },
  };
  server = await startServer((req, res) => {
    if (req.url === '/moved.json') {
      res.writeHead(301, { location: '/feed.json' });
      res.end();
      return;
    }
    const found = bodies[req.url ?? ''];
    if (!found) {
      res.writeHead(404);
      res.end();
      return;
    }
    if (req.headers['if-none-match'] === '"rev-7"') {
      res.writeHead(304, { etag: '"rev-7"' });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': found.type, etag: '"rev-7"', 'last-modified': 'Wed, 06 Mar 2024 12:35:00 GMT' });
    res.end(found.body);
  });
});
after(() => server.close());

async function readError(location: string, options: Partial<ReadFeedOptions> = {}): Promise<Error> {
  try {
    await readFeed(location, { ...OPTIONS, ...options });
  } catch (error) {
    assert.ok(error instanceof Error);
    return error;
  }
  assert.fail(`expected reading ${location} to fail`);
}

void describe('readFeed over HTTP', () => {
  void test('fetches and parses a feed, returning the validators for next time', async () => {
    const result = await readFeed(server.url('/feed.xml'), OPTIONS);
    assert.equal(result.notModified, false);
    assert.equal(result.status, 200);
    assert.equal(result.etag, '"rev-7"');
    assert.equal(result.lastModified, 'Wed, 06 Mar 2024 12:35:00 GMT');
    assert.equal(result.feed?.title, 'नीलगिरि समाचार');
    assert.equal(result.feed?.entries.length, 2);
    assert.equal(result.feed?.entries[0]?.sourceId, 'neelgiri');
    assert.match(server.requests.at(-1)?.headers.accept ?? '', /application\/rss\+xml/);
  });

  void test('a 304 gives no feed and keeps the validators', async () => {
    const result = await readFeed(server.url('/feed.xml'), {
      ...OPTIONS,
      etag: '"rev-7"',
      lastModified: 'Wed, 06 Mar 2024 12:35:00 GMT',
    });
    assert.equal(result.notModified, true);
    assert.equal(result.feed, null);
    assert.equal(result.status, 304);
    assert.equal(result.etag, '"rev-7"');
    assert.equal(result.lastModified, 'Wed, 06 Mar 2024 12:35:00 GMT');
  });

  void test('reports the URL after redirects and resolves relative links against it', async () => {
    const result = await readFeed(server.url('/moved.json'), OPTIONS);
    assert.equal(result.finalUrl, server.url('/feed.json'));
    assert.equal(result.feed?.entries[1]?.url, server.url('/bazaar/sabzi-mandi'));
  });

  void test('an HTML page instead of a feed is a FeedError', async () => {
    const url = server.url('/page.html');
    const error = await readError(url);
    assert.ok(error instanceof FeedError);
    assert.equal(error.message, `ingest: ${url} returned an HTML page, not a feed`);
  });

  void test('invalid XML is a FeedError that says what is wrong', async () => {
    const url = server.url('/broken.xml');
    const error = await readError(url);
    assert.ok(error instanceof FeedError);
    assert.match(error.message, new RegExp(`^ingest: ${url} is not a valid feed: malformed XML \\(.*title`));
  });

  void test('a missing feed is a FetchError with status 404', async () => {
    const error = await readError(server.url('/nothing.xml'));
    assert.ok(error instanceof FetchError);
    assert.equal(error.status, 404);
  });
});

void describe('readFeed from files', () => {
  void test('reads a path relative to baseDir; relative links resolve against the feed home page', async () => {
    const result = await readFeed('jsonfeed.json', OPTIONS);
    assert.equal(result.status, null);
    assert.equal(result.etag, null);
    assert.equal(result.finalUrl, pathToFileURL(path.join(TESTDATA, 'jsonfeed.json')).href);
    assert.equal(result.feed?.format, 'jsonfeed');
    assert.equal(result.feed?.entries[1]?.url, 'https://pahadi-daak.example/bazaar/sabzi-mandi');
  });

  void test('reads a file: URL', async () => {
    const result = await readFeed(pathToFileURL(path.join(TESTDATA, 'atom-english.xml')).href, OPTIONS);
    assert.equal(result.feed?.format, 'atom');
    assert.equal(result.feed?.entries.length, 3);
  });

  void test('a missing file is an error naming the path', async () => {
    const error = await readError('no-such-feed.xml');
    assert.ok(error instanceof FetchError);
    assert.equal(error.kind, 'file');
    assert.equal(error.message, `ingest: cannot read feed file ${path.join(TESTDATA, 'no-such-feed.xml')}: no such file`);
  });

  void test('a file over the size limit is refused', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-ingest-'));
    const file = path.join(dir, 'big.xml');
    await writeFile(file, Buffer.alloc(4096, 0x20));
    const error = await readError(file, { maxBytes: 1000 });
    assert.ok(error instanceof FetchError);
    assert.equal(error.kind, 'too-large');
    assert.match(error.message, /big\.xml has 4096 bytes, over the limit of 1000 bytes/);
  });

  void test('a device, a directory or a pipe is refused as not a regular file, not read as an empty feed', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-ingest-'));
    const fifo = path.join(dir, 'feed.pipe');
    // Nobody writes to it: opening it to read would wait for ever.
    execFileSync('mkfifo', [fifo]);
    const cases: [string, RegExp][] = [
      [dir, /is not a regular file \(a directory\)/],
      [fifo, /is not a regular file \(a named pipe\)/],
    ];
    if (existsSync('/dev/zero')) cases.push(['/dev/zero', /ingest: feed file \/dev\/zero is not a regular file \(a character device\)/]);
    for (const [location, message] of cases) {
      const error = await readError(location);
      assert.ok(error instanceof FetchError, location);
      assert.equal(error.kind, 'file');
      assert.match(error.message, message);
      assert.doesNotMatch(error.message, /empty/);
    }
  });

  void test('a location with another scheme is refused rather than read as a file', async () => {
    const error = await readError('ftp://files.example/feed.xml');
    assert.ok(error instanceof FetchError);
    assert.equal(error.kind, 'unsupported-url');
  });
});
