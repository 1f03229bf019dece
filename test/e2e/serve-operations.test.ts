/**
 * `serve` as a service: /metrics counts what its pass really did, /readyz
 * follows the pass, and SIGTERM in the middle of a pass lets the pass finish
 * (nothing lost), refuses new connections meanwhile and exits 0.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openStore } from '../../src/store/open-store.ts';
import { runCli, servingUrl, waitFor } from './cli-process.ts';
import { serveFeeds, writeLoopbackDesk, type LoopbackFeeds } from './loopback-feeds.ts';

const SOURCES = 3;
const ITEMS = 4;

function feedXml(name: string): string {
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const n = i + 1;
    return `<item><title>${name} bulletin ${n}: the bridge reopens after repairs</title>
<link>http://${name}.example/bulletin/${n}</link><guid isPermaLink="false">urn:ops:${name}:${n}</guid>
<pubDate>${new Date(Date.UTC(2026, 10, 20, 12 - n)).toUTCString()}</pubDate>
<content:encoded><![CDATA[<p>The river bridge at ${name} reopened on Monday, bulletin ${n}, after four months of repairs.</p><p>Buses return to their old routes from next week.</p>]]></content:encoded></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${name}</title><link>http://${name}.example/</link><description>test</description>${items.join('')}</channel></rss>`;
}

/** A feed whose response waits until release(); arrived resolves when it has been asked for. */
async function heldFeed(name: string): Promise<{ url: string; arrived: Promise<void>; release(): void; close(): Promise<void> }> {
  let arrive!: () => void;
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = http.createServer((_request, response) => {
    arrive();
    void released.then(() => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedXml(name)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/held.rss`,
    arrived,
    release,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function deskWith(urls: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-serve-ops-'));
  dirs.push(dir);
  await writeLoopbackDesk(dir, 'Ops Desk', urls);
  return dir;
}

const dirs: string[] = [];
let feeds: LoopbackFeeds;
const ids = Array.from({ length: SOURCES }, (_, s) => `bridge-${s}`);

before(async () => {
  feeds = await serveFeeds(ids.map((id) => ({ path: `/${id}.rss`, body: Buffer.from(feedXml(id)), contentType: 'application/rss+xml' })));
});

after(async () => {
  await feeds.close();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

test('/metrics counts the fetches, entries and articles of serve\'s pass; /readyz names the pass', { timeout: 120_000 }, async () => {
  const dir = await deskWith(Object.fromEntries(ids.map((id, s) => [id, feeds.urls[s] as string])));
  const server = runCli(['serve', '--port', '0'], { cwd: dir });
  try {
    const url = await servingUrl(server);
    await waitFor(/ingest: 3 sources, 12 new entries, 12 articles, 0 failed/, server.err, server.exit);
    assert.equal((await fetch(url)).status, 200);
    const text = await (await fetch(new URL('/metrics', url))).text();
    for (const id of ids) {
      assert.match(text, new RegExp(`wiredesk_source_fetches_total\\{source="${id}"\\} 1\\n`));
      assert.match(text, new RegExp(`wiredesk_source_entries_total\\{source="${id}",change="new"\\} ${ITEMS}\\n`));
    }
    assert.match(text, new RegExp(`wiredesk_articles_built_total ${SOURCES * ITEMS}\\n`));
    assert.match(text, /wiredesk_http_request_duration_seconds_count\{method="GET",route="\/",status="200"\} 1\n/);
    assert.match(text, /nodejs_eventloop_lag_seconds /);
    const ready = await fetch(new URL('/readyz', url), { headers: { 'x-request-id': 'probe-1' } });
    assert.equal(ready.status, 200);
    assert.equal(ready.headers.get('x-request-id'), 'probe-1');
    const body = (await ready.json()) as { status: string; ingest: { lastPassAt: string | null; pipeline?: string } };
    assert.equal(body.status, 'ready');
    assert.ok(body.ingest.lastPassAt !== null, 'the pass is named');
    assert.equal(body.ingest.pipeline, 'running', 'the pipeline thread is reported up');
  } finally {
    assert.equal(await server.interrupt(), 0, server.err());
  }
  // Standard error is a pipe here: JSON lines, the access log's among them with the request id.
  const lines = server.err().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.ok(lines.every((line) => typeof line['time'] === 'string' && typeof line['level'] === 'string' && typeof line['msg'] === 'string'));
  const access = lines.find((line) => line['path'] === '/readyz');
  assert.deepEqual(access && { reqId: access['reqId'], method: access['method'], status: access['status'] }, { reqId: 'probe-1', method: 'GET', status: 200 });
});

test('SIGTERM during a pass: no new connections, the pass finishes its feed, nothing is lost, exit 0', { timeout: 120_000 }, async () => {
  const held = await heldFeed('held');
  try {
    const dir = await deskWith({ ...Object.fromEntries(ids.map((id, s) => [id, feeds.urls[s] as string])), held: held.url });
    const server = runCli(['serve', '--port', '0'], { cwd: dir });
    const url = await servingUrl(server);
    await held.arrived;
    assert.equal((await fetch(new URL('/healthz', url))).status, 200);
    server.child.kill('SIGTERM');
    await waitFor(/stopping/, server.err, server.exit);
    await assert.rejects(fetch(new URL('/healthz', url)), 'a stopping server takes no new connection');
    assert.equal(server.child.exitCode, null, 'still finishing the pass');
    held.release();
    assert.equal(await server.exit, 0, server.err());
    assert.match(server.err(), /ingest: 4 sources, 16 new entries, 16 articles, 0 failed/);

    const store = await openStore({ dataDir: path.join(dir, 'data'), databaseUrl: null });
    try {
      const entries = await store.listEntries({ limit: 100 });
      assert.equal(entries.filter((e) => e.sourceId === 'held').length, ITEMS, 'the held feed\'s items are stored');
      assert.deepEqual(await store.counts(), { sources: 4, entries: 4 * ITEMS, articles: 4 * ITEMS });
    } finally {
      await store.close();
    }
  } finally {
    held.release();
    await held.close();
  }
});
