/**
 * The demo's stand-in for the outside world: a loopback HTTP server that serves
 * the bundled fictional news sites in fixtures/demo/sites/. Files name their
 * own origin as `{{fixtures}}`, replaced here by the server's real address, so
 * feeds link to pages and images that this server actually answers.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const ORIGIN_PLACEHOLDER = '{{fixtures}}';

/**
 * The fixture sites' links become part of stored entries (guids, URLs), so the
 * server prefers one fixed port: a second demo run then sees the same URLs and
 * ingest stays idempotent across runs. If the port is taken, any free port
 * works, at the cost of the next run seeing every entry as updated.
 */
export const PREFERRED_FIXTURE_PORT = 47913;

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

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const server = http.createServer((request, response) => {
    serveFile(root, origin, request, response).catch(() => {
      response.writeHead(500).end();
    });
  });
  try {
    await listenOn(server, PREFERRED_FIXTURE_PORT);
  } catch {
    await listenOn(server, 0);
  }
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function listenOn(server: http.Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function serveFile(root: string, origin: string, request: http.IncomingMessage, response: http.ServerResponse) {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', origin).pathname);
  const file = path.resolve(root, `.${pathname}`);
  const type = CONTENT_TYPES[path.extname(file)];
  if (!file.startsWith(root + path.sep) || !type || request.method !== 'GET') {
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
  if (TEXT_TYPES.has(path.extname(file))) {
    body = Buffer.from(body.toString('utf8').replaceAll(ORIGIN_PLACEHOLDER, origin));
  }
  // A real publisher answers conditional requests; so does the demo's.
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, { etag }).end();
    return;
  }
  response.writeHead(200, { 'content-type': type, 'content-length': body.length, etag }).end(body);
}
