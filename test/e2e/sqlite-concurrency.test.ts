/**
 * Several wiredesk processes on one SQLite desk, as people run them: two
 * `ingest --all` at once beside a `serve` that runs its own passes. SQLite has
 * one writer at a time; the others must wait their turn, not fail. Every
 * (source, guid) is stored exactly once, every entry gets its article, and
 * each process's exit code says how it went.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openStore } from '../../src/store/open-store.ts';
import { runCli, servingUrl } from './cli-process.ts';
import { bulletinFeed, serveFeeds, writeLoopbackDesk, type LoopbackFeeds } from './loopback-feeds.ts';

const SOURCES = 48;
const ITEMS = 3;

let dir: string;
let feeds: LoopbackFeeds;

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-sqlite-concurrency-'));
  const ids = Array.from({ length: SOURCES }, (_, s) => `desk-${s}`);
  feeds = await serveFeeds(ids.map((id) => bulletinFeed(id, ITEMS)));
  await writeLoopbackDesk(dir, 'Concurrency Desk', Object.fromEntries(ids.map((id, s) => [id, feeds.urls[s]!])));
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
