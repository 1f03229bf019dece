import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { createGuardedAgent } from './address-guard.ts';
import { FetchError, fetchResource, type FetchOptions } from './http-fetch.ts';
import { closedPort, startServer, type LoopbackServer } from './testdata/loopback-server.ts';

const FEED = await readFile(new URL('./testdata/rss-hindi.xml', import.meta.url));
const MIB = 1024 * 1024;
/** The test servers listen on loopback, which the fetcher refuses unless allowed: allowed here. */
const LOOPBACK_ALLOWED = createGuardedAgent(['127.0.0.1']);
const OPTIONS: FetchOptions = {
  timeoutMs: 5_000,
  maxBytes: MIB,
  userAgent: 'wiredesk-test/1 (+https://desk.example)',
  dispatcher: LOOPBACK_ALLOWED,
};

/** Bytes the "endless" route managed to hand to the socket before the client gave up. */
let endlessBytesWritten = 0;

const routes: Record<string, http.RequestListener> = {
  '/feed.xml': (req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"' });
    res.end(FEED);
  },
  '/conditional.xml': (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304, { etag: '"v1"' });
      res.end();
      return;
    }
    res.writeHead(200, { etag: '"v1"' });
    res.end(FEED);
  },
  '/missing.xml': (req, res) => {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>gone</h1>');
  },
  '/gzip.xml': (req, res) => {
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, gzip ? { 'content-encoding': 'gzip' } : {});
    res.end(gzip ? gzipSync(FEED) : FEED);
  },
  '/gzip-bomb.xml': (req, res) => {
    res.writeHead(200, { 'content-encoding': 'gzip' });
    res.end(gzipSync(Buffer.alloc(20 * MIB, 0x20)));
  },
  '/endless.xml': (req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    const target = 50 * MIB;
    const pump = () => {
      while (endlessBytesWritten < target && !res.destroyed) {
        endlessBytesWritten += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  },
  '/announced-large.xml': (req, res) => {
    res.writeHead(200, { 'content-length': String(5 * MIB) });
    res.write('<rss>');
  },
  '/hang.xml': () => {
    // Never answers.
  },
  '/stall.xml': (req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<rss version="2.0"><channel>');
    // ...and the rest never comes.
  },
  '/exact.xml': (req, res) => {
    res.writeHead(200);
    res.end(Buffer.alloc(MIB, 0x20));
  },
  '/r1': (req, res) => redirect(res, 301, '/r2'),
  '/r2': (req, res) => redirect(res, 302, 'r3'),
  '/r3': (req, res) => redirect(res, 307, '/r4'),
  '/r4': (req, res) => redirect(res, 308, '/r5'),
  '/r5': (req, res) => redirect(res, 303, '/feed.xml'),
  '/r0': (req, res) => redirect(res, 302, '/r1'),
  '/loop': (req, res) => redirect(res, 302, '/loop'),
  '/to-ftp': (req, res) => redirect(res, 302, 'ftp://files.example/feed.xml'),
  '/to-missing': (req, res) => redirect(res, 302, '/missing.xml'),
  '/moved-1': (req, res) => redirect(res, 301, '/moved-2'),
  '/moved-2': (req, res) => redirect(res, 308, '/feed.xml'),
  '/for-now': (req, res) => redirect(res, 307, '/moved-1'),
  '/corrupt-gzip.xml': (req, res) => {
    const gzip = gzipSync(FEED);
    gzip.fill(0x7a, 20, 200);
    res.writeHead(200, { 'content-encoding': 'gzip' });
    res.end(gzip);
  },
  '/resets-once.xml': (req, res) => {
    if (requestsTo('/resets-once.xml').length % 2 === 1) return void req.socket.destroy();
    res.writeHead(200);
    res.end(FEED);
  },
  '/resets-always.xml': (req) => req.socket.destroy(),
  '/busy.xml': (req, res) => {
    res.writeHead(429, { 'retry-after': '90' });
    res.end('slow down');
  },
};

function redirect(res: http.ServerResponse, status: number, location: string): void {
  res.writeHead(status, { location });
  res.end('moved');
}

let server: LoopbackServer;

before(async () => {
  server = await startServer((req, res) => {
    const route = routes[req.url ?? ''];
    if (route) return route(req, res);
    res.writeHead(500);
    res.end(`no route for ${req.url}`);
  });
});
after(() => server.close());

async function fetchError(url: string, options: Partial<FetchOptions> = {}): Promise<FetchError> {
  try {
    await fetchResource(url, { ...OPTIONS, ...options });
  } catch (error) {
    assert.ok(error instanceof FetchError, `expected a FetchError, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected fetching ${url} to fail`);
}

function requestsTo(path: string): http.IncomingMessage[] {
  return server.requests.filter((req) => req.url === path);
}

void describe('fetchResource', () => {
  void test('returns the body, status and lower-case headers, and sends the User-Agent', async () => {
    const result = await fetchResource(server.url('/feed.xml'), OPTIONS);
    assert.equal(result.status, 200);
    assert.equal(result.notModified, false);
    assert.equal(result.url, server.url('/feed.xml'));
    assert.equal(result.headers['content-type'], 'application/rss+xml; charset=utf-8');
    assert.equal(result.headers['etag'], '"v1"');
    assert.deepEqual(result.body, FEED);
    assert.equal(requestsTo('/feed.xml').at(-1)?.headers['user-agent'], OPTIONS.userAgent);
  });

  void test('sends the validators and reports 304 as not modified with an empty body', async () => {
    const lastModified = 'Tue, 05 Mar 2024 04:00:00 GMT';
    const result = await fetchResource(server.url('/conditional.xml'), { ...OPTIONS, etag: '"v1"', lastModified });
    assert.equal(result.status, 304);
    assert.equal(result.notModified, true);
    assert.equal(result.body.length, 0);
    const sent = requestsTo('/conditional.xml').at(-1)!;
    assert.equal(sent.headers['if-none-match'], '"v1"');
    assert.equal(sent.headers['if-modified-since'], lastModified);
  });

  void test('a 404 is a FetchError with the status and the URL in the message', async () => {
    const url = server.url('/missing.xml');
    const error = await fetchError(url);
    assert.equal(error.status, 404);
    assert.equal(error.kind, 'status');
    assert.equal(error.message, `ingest: ${url} answered 404 Not Found`);
  });

  void test('an error status after a redirect names both URLs', async () => {
    const error = await fetchError(server.url('/to-missing'));
    assert.equal(error.status, 404);
    assert.match(error.message, /missing\.xml \(redirected from http:\/\/127\.0\.0\.1:\d+\/to-missing\) answered 404 Not Found$/);
  });

  void test('asks for compression and decompresses a gzip body', async () => {
    const result = await fetchResource(server.url('/gzip.xml'), OPTIONS);
    assert.match(requestsTo('/gzip.xml').at(-1)?.headers['accept-encoding'] ?? '', /gzip/);
    assert.equal(result.headers['content-encoding'], 'gzip');
    assert.deepEqual(result.body, FEED);
  });

  void test('counts decompressed bytes against the limit (a small gzip of 20 MiB fails)', async () => {
    const error = await fetchError(server.url('/gzip-bomb.xml'));
    assert.equal(error.kind, 'too-large');
    assert.match(error.message, /over the limit of 1048576 bytes/);
  });

  void test('stops reading a 50 MiB stream as soon as it passes the limit', async () => {
    endlessBytesWritten = 0;
    const started = performance.now();
    const error = await fetchError(server.url('/endless.xml'));
    const elapsed = performance.now() - started;
    assert.equal(error.kind, 'too-large');
    assert.equal(error.status, null);
    assert.match(error.message, new RegExp(`^ingest: ${server.url('/endless.xml')} sent a larger body, over the limit of 1048576 bytes`));
    assert.ok(elapsed < 2_000, `took ${Math.round(elapsed)} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(endlessBytesWritten < 20 * MIB, `the server got to write ${endlessBytesWritten} bytes`);
  });

  void test('refuses a body whose Content-Length is over the limit without waiting for it', async () => {
    const started = performance.now();
    const error = await fetchError(server.url('/announced-large.xml'));
    assert.equal(error.kind, 'too-large');
    assert.match(error.message, /announces 5242880 bytes, over the limit of 1048576 bytes/);
    assert.ok(performance.now() - started < 2_000);
  });

  void test('a body of exactly maxBytes is accepted', async () => {
    const result = await fetchResource(server.url('/exact.xml'), OPTIONS);
    assert.equal(result.body.length, MIB);
  });

  void test('follows up to 5 redirects and reports the final URL', async () => {
    const result = await fetchResource(server.url('/r1'), OPTIONS);
    assert.equal(result.url, server.url('/feed.xml'));
    assert.deepEqual(result.body, FEED);
  });

  void test('a move by 301 and 308 is reported as permanent; a chain that starts with 302 or 307 is not', async () => {
    assert.equal((await fetchResource(server.url('/feed.xml'), OPTIONS)).permanentUrl, null);
    assert.equal((await fetchResource(server.url('/moved-1'), OPTIONS)).permanentUrl, server.url('/feed.xml'));
    assert.equal((await fetchResource(server.url('/r1'), OPTIONS)).permanentUrl, server.url('/r2'), 'permanent up to the first temporary hop');
    const temporary = await fetchResource(server.url('/for-now'), OPTIONS);
    assert.equal(temporary.url, server.url('/feed.xml'));
    assert.equal(temporary.permanentUrl, null);
  });

  void test('a body that does not decompress is a clear error', async () => {
    const error = await fetchError(server.url('/corrupt-gzip.xml'));
    assert.equal(error.kind, 'network');
    assert.match(error.message, /corrupt-gzip\.xml sent a body that does not decompress \(gzip\): .*\(Z_DATA_ERROR\)$/);
  });

  void test('a connection reset before any answer is tried once more, not twice', async () => {
    const before = requestsTo('/resets-once.xml').length;
    assert.deepEqual((await fetchResource(server.url('/resets-once.xml'), OPTIONS)).body, FEED);
    assert.equal(requestsTo('/resets-once.xml').length - before, 2);
    const error = await fetchError(server.url('/resets-always.xml'));
    assert.equal(error.kind, 'network');
    assert.equal(requestsTo('/resets-always.xml').length, 2);
  });

  void test('a 429 error carries the Retry-After header as sent', async () => {
    const error = await fetchError(server.url('/busy.xml'));
    assert.equal(error.status, 429);
    assert.equal(error.retryAfter, '90');
  });

  void test('a sixth redirect is an error', async () => {
    const error = await fetchError(server.url('/r0'));
    assert.equal(error.kind, 'redirects');
    assert.match(error.message, /redirected more than 5 times/);
  });

  void test('a redirect loop ends in an error after 6 requests', async () => {
    const before = requestsTo('/loop').length;
    const error = await fetchError(server.url('/loop'));
    assert.equal(error.kind, 'redirects');
    assert.match(error.message, new RegExp(`^ingest: ${server.url('/loop')} redirected more than 5 times`));
    assert.equal(requestsTo('/loop').length - before, 6);
  });

  void test('a server that never answers fails within the timeout', async () => {
    const started = performance.now();
    const error = await fetchError(server.url('/hang.xml'), { timeoutMs: 300 });
    const elapsed = performance.now() - started;
    assert.equal(error.kind, 'timeout');
    assert.equal(error.status, null);
    assert.equal(error.message, `ingest: ${server.url('/hang.xml')} timed out after 300 ms (fetch.timeoutMs)`);
    assert.ok(elapsed >= 250 && elapsed < 1_500, `took ${Math.round(elapsed)} ms`);
  });

  void test('a body that stops arriving fails within the timeout', async () => {
    const started = performance.now();
    const error = await fetchError(server.url('/stall.xml'), { timeoutMs: 300 });
    assert.equal(error.kind, 'timeout');
    assert.match(error.message, /stall\.xml timed out after 300 ms/);
    assert.ok(performance.now() - started < 1_500);
  });

  void test('a refused connection names the URL and the cause', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/feed.xml`;
    const error = await fetchError(url);
    assert.equal(error.kind, 'network');
    assert.equal(error.status, null);
    assert.match(error.message, new RegExp(`^ingest: could not fetch ${url}: .*ECONNREFUSED`));
    assert.ok(error.cause instanceof Error);
  });

  void test('only http: and https: URLs are fetched, also as redirect targets', async () => {
    const direct = await fetchError('ftp://files.example/feed.xml');
    assert.equal(direct.kind, 'unsupported-url');
    assert.match(direct.message, /ftp:\/\/files\.example\/feed\.xml is not an http: or https: URL/);
    const redirected = await fetchError(server.url('/to-ftp'));
    assert.equal(redirected.kind, 'unsupported-url');
    assert.match(redirected.message, /\(redirected from http:\/\/127\.0\.0\.1:\d+\/to-ftp\)/);
  });
});
