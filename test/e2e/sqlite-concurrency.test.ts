/**
 * Several wiredesk processes on one SQLite desk, as people run them: two
 * `ingest --all` at once beside a `serve` that runs its own passes. SQLite has
 * one writer at a time; the others must wait their turn, not fail. Every
 * (source, guid) is stored exactly once, every entry gets its article, and
 * each process's exit code says how it went.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openStore } from '../../src/store/open-store.ts';
import { runCli, servingUrl } from './cli-process.ts';
import { serveFeeds, type LoopbackFeeds } from './loopback-feeds.ts';

const SOURCES = 48;
const ITEMS = 3;

function feedXml(source: number): string {
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const n = i + 1;
    return `<item><title>Valley bulletin ${source}.${n}: the council meets on water</title>
<link>http://desk-${source}.example/story/${n}</link><guid isPermaLink="false">urn:concurrency:${source}:${n}</guid>
<pubDate>${new Date(Date.UTC(2026, 10, 20, 12 - n)).toUTCString()}</pubDate>
<content:encoded><![CDATA[<p>The district council met on Tuesday to settle the water rota for bulletin ${source}.${n}.</p><p>Farmers asked for an extra day of supply before the sowing season begins next month.</p><p>The council will publish the rota on its notice board by Friday.</p>]]></content:encoded></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Desk ${source}</title><link>http://desk-${source}.example/</link><description>test</description>${items.join('')}</channel></rss>`;
}

let dir: string;
let feeds: LoopbackFeeds;

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-sqlite-concurrency-'));
  feeds = await serveFeeds(
    Array.from({ length: SOURCES }, (_, s) => ({ path: `/desk-${s}.rss`, body: Buffer.from(feedXml(s)), contentType: 'application/rss+xml' })),
  );
  const sources = feeds.urls.map((url, s) => `  - { id: desk-${s}, name: "Desk ${s}", url: "${url}", section: world, language: en }`).join('\n');
  await writeFile(
    path.join(dir, 'wiredesk.yaml'),
    `site: { name: Concurrency Desk, baseUrl: "http://desk.example/" }
editions: [{ lang: en, path: / }]
sections: [{ id: world, title: World }]
dataDir: ./data
fetch: { allow: [127.0.0.1] }
sources:
${sources}
`,
  );
});

after(async () => {
  await feeds.close();
  await rm(dir, { recursive: true, force: true });
});

test('two ingests and a serving desk on one SQLite file: every entry once, every article built, honest exit codes', { timeout: 180_000 }, async () => {
  const server = runCli(['serve', '--port', '0'], { cwd: dir });
  try {
    const url = await servingUrl(server);
    const first = runCli(['ingest', '--all'], { cwd: dir });
    const second = runCli(['ingest', '--all'], { cwd: dir });
    const codes = await Promise.all([first.exit, second.exit]);
    for (const [i, run] of [first, second].entries()) {
      assert.equal(codes[i], 0, `ingest ${i + 1} exited ${codes[i]}:\n${run.err()}`);
      assert.doesNotMatch(run.err() + run.out(), /locked|SQLITE_BUSY/i);
    }
    // How fast pages answer while the pipeline writes is bench:serve-under-ingest's to measure; here, that the site still does.
    assert.equal((await fetch(url)).status, 200);
  } finally {
    await server.interrupt();
  }
  assert.doesNotMatch(server.err() + server.out(), /locked|SQLITE_BUSY/i);

  const store = await openStore({ dataDir: path.join(dir, 'data'), databaseUrl: null });
  try {
    const entries = await store.listEntries({ limit: 10_000 });
    const keys = entries.map((e) => `${e.sourceId} ${e.guid}`);
    assert.equal(new Set(keys).size, keys.length, 'no entry stored twice');
    assert.equal(keys.length, SOURCES * ITEMS, 'every item stored');
    assert.equal((await store.counts()).articles, SOURCES * ITEMS, 'every entry has its article');
  } finally {
    await store.close();
  }
});
