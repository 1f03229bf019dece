/**
 * The demo's stand-in for the outside world: a loopback HTTP server for the
 * bundled fictional news sites in fixtures/demo/sites/<site>/.
 *
 * Each site has a stable address of its own, `http://<site>.example/` (RFC 2606
 * reserves .example for such use): files write `{{fixtures}}/<site>/…`, which
 * becomes that address when served. The demo's fetches reach the server through
 * `fixtureDispatcher`, which connects every *.example host to it, like an
 * /etc/hosts entry: real HTTP over a real socket, with the site picked by the
 * Host header. Because no port appears in any URL, guids and links stay the
 * same from one demo run to the next and ingest stays idempotent across runs.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Agent, buildConnector } from 'undici';

const PLACEHOLDER_URL = /\{\{fixtures\}\}\/([a-z0-9-]+)\//g;
const FIXTURE_HOST = /^([a-z0-9-]+)\.example$/;

const CONTENT_TYPES: Record<string, string> = {
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};
const TEXT_TYPES = new Set(['.xml', '.rss', '.atom', '.json', '.html']);

/** `{{fixtures}}/dainik-samvad/feed.xml` → `http://dainik-samvad.example/feed.xml`. */
export function resolveFixtureUrls(text: string): string {
  return text.replace(PLACEHOLDER_URL, (_, site: string) => `http://${site}.example/`);
}

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const server = http.createServer((request, response) => {
    serveFile(root, request, response).catch(() => {
      response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Connects requests for *.example hosts to the fixture server and refuses every
 * other host, so the demo can never reach the internet by accident.
 */
export function fixtureDispatcher(port: number): Agent {
  const connect = buildConnector({});
  return new Agent({
    connect(options, callback) {
      if (!FIXTURE_HOST.test(options.hostname)) {
        callback(new Error(`demo: only the fixture sites (*.example) are reachable, not ${options.hostname}`), null);
        return;
      }
      connect({ ...options, protocol: 'http:', hostname: '127.0.0.1', port: String(port) }, callback);
    },
  });
}

async function serveFile(root: string, request: http.IncomingMessage, response: http.ServerResponse) {
  const site = FIXTURE_HOST.exec((request.headers.host ?? '').replace(/:\d+$/, ''))?.[1];
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://fixture').pathname);
  const file = site ? path.resolve(root, site, `.${pathname}`) : '';
  const type = CONTENT_TYPES[path.extname(file)];
  if (!site || !file.startsWith(path.join(root, site) + path.sep) || !type || request.method !== 'GET') {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  if (TEXT_TYPES.has(path.extname(file))) body = Buffer.from(resolveFixtureUrls(body.toString('utf8')));
  // A real publisher answers conditional requests; so does the demo's.
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, { etag }).end();
    return;
  }
  response.writeHead(200, { 'content-type': type, 'content-length': body.length, etag }).end(body);
}
