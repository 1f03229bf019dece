/**
 * Feeds served on loopback, each from its own port: the fetcher's politeness
 * is per host and port, so feeds on one port would queue one behind the other
 * (one request at a time, a second apart) as they would on one real site.
 * Separate ports stand for separate publishers. A feed may be held back until
 * its gate opens, so a test can decide when a fetch completes. Shared by the
 * end-to-end tests and bench/ingest.bench.ts.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackFeed {
  /** The path it is served at (`/wire-3.rss`). */
  path: string;
  body: Buffer;
  contentType: string;
  /** The response waits for this; absent means it is sent at once. */
  gate?: Promise<void>;
}

export interface LoopbackFeeds {
  /** One URL per feed, in the order given. */
  urls: string[];
  /** Requests answered with a feed so far (held ones count once sent). */
  served(): number;
  close(): Promise<void>;
}

export async function serveFeeds(feeds: readonly LoopbackFeed[]): Promise<LoopbackFeeds> {
  let served = 0;
  const servers: http.Server[] = [];
  const urls: string[] = [];
  try {
    for (const feed of feeds) {
      const server = http.createServer((request, response) => {
        if (request.url !== feed.path) {
          response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
        void (feed.gate ?? Promise.resolve()).then(() => {
          // The client may have gone (a killed ingest) while the feed was held.
          if (response.destroyed) return;
          response.writeHead(200, { 'content-type': feed.contentType, 'content-length': feed.body.length }).end(feed.body);
          served++;
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(server);
      urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}${feed.path}`);
    }
  } catch (error) {
    await closeAll(servers);
    throw new Error(`loopback-feeds: could not listen for feed ${servers.length + 1} of ${feeds.length}`, { cause: error });
  }
  return { urls, served: () => served, close: () => closeAll(servers) };
}

async function closeAll(servers: readonly http.Server[]): Promise<void> {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
}
