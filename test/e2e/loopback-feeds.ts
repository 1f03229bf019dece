/**
 * Feeds served on loopback, each from its own port: the fetcher's politeness
 * is per host and port, so feeds on one port would queue one behind the other
 * (one request at a time, a second apart) as they would on one real site.
 * Separate ports stand for separate publishers. A feed may be held back until
 * its gate opens, so a test can decide when a fetch completes. Shared by the
 * end-to-end tests and bench/ingest.bench.ts.
 */
import { writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

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

/** Closes loopback servers at once, their kept-alive connections too. */
export async function closeAll(servers: readonly http.Server[]): Promise<void> {
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

/**
 * An RSS 2.0 feed of `items` short English bulletins for the source `id`,
 * each with its own guid and an hour between them: enough text for an
 * article, nothing a test needs to read.
 */
export function bulletinFeed(id: string, items: number): LoopbackFeed {
  const entries = Array.from({ length: items }, (_, i) => {
    const n = i + 1;
    return `<item><title>${id} bulletin ${n}: the council meets on water</title>
<link>http://${id}.example/story/${n}</link><guid isPermaLink="false">urn:wiredesk-test:${id}:${n}</guid>
<pubDate>${new Date(Date.UTC(2026, 10, 20, 12 - n)).toUTCString()}</pubDate>
<content:encoded><![CDATA[<p>The district council met on Tuesday to settle the water rota for bulletin ${n} of ${id}.</p><p>Farmers asked for an extra day of supply before the sowing season begins next month.</p><p>The council will publish the rota on its notice board by Friday.</p>]]></content:encoded></item>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${id}</title><link>http://${id}.example/</link><description>test</description>${entries.join('')}</channel></rss>`;
  return { path: `/${id}.rss`, body: Buffer.from(xml), contentType: 'application/rss+xml' };
}

/** A wiredesk.yaml in `dir` for an English desk reading these sources (id → feed URL) on loopback. */
export async function writeLoopbackDesk(dir: string, name: string, sources: Record<string, string>): Promise<void> {
  await writeFile(path.join(dir, 'wiredesk.yaml'), loopbackDeskYaml(name, sources));
}

/** The text of that wiredesk.yaml. */
export function loopbackDeskYaml(name: string, sources: Record<string, string>): string {
  const lines = Object.entries(sources).map(([id, url]) => `  - { id: ${id}, name: "${id}", url: "${url}", section: world, language: en }`);
  return `site: { name: ${name}, baseUrl: "http://desk.example/" }
editions: [{ lang: en, path: / }]
sections: [{ id: world, title: World }]
dataDir: ./data
fetch: { allow: [127.0.0.1] }
sources:
${lines.join('\n')}
`;
}
