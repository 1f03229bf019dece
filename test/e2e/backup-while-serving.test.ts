/**
 * `wiredesk backup FILE` beside a running desk: `serve` has ingested loopback
 * feeds and keeps running, an `ingest --all` writes at the same time, and the
 * backup taken meanwhile opens as a wiredesk store holding every article.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openStore } from '../../src/store/open-store.ts';
import { SQLITE_FILE_NAME } from '../../src/store/sqlite-dialect.ts';
import { runCli, servingUrl, waitFor } from './cli-process.ts';
import { bulletinFeed, serveFeeds, writeLoopbackDesk, type LoopbackFeeds } from './loopback-feeds.ts';

const SOURCES = 8;
const ITEMS = 4;

let dir: string;
let feeds: LoopbackFeeds;

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-backup-e2e-'));
  const ids = Array.from({ length: SOURCES }, (_, s) => `harbour-${s}`);
  feeds = await serveFeeds(ids.map((id) => bulletinFeed(id, ITEMS)));
  await writeLoopbackDesk(dir, 'Backup Desk', Object.fromEntries(ids.map((id, s) => [id, feeds.urls[s]!])));
});

after(async () => {
  await feeds.close();
  await rm(dir, { recursive: true, force: true });
});

test('a backup taken while serve runs and an ingest writes opens as a store and holds every article', { timeout: 120_000 }, async () => {
  const restored = path.join(dir, 'restored');
  await mkdir(restored);
  const file = path.join(restored, SQLITE_FILE_NAME);
  const server = runCli(['serve', '--port', '0'], { cwd: dir });
  try {
    const url = await servingUrl(server);
    // serve's first pass: every source, every article.
    await waitFor(new RegExp(`ingest: ${SOURCES} sources, ${SOURCES * ITEMS} new entries, ${SOURCES * ITEMS} articles, 0 failed`), server.err, server.exit);
    const ingest = runCli(['ingest', '--all'], { cwd: dir });
    const backup = runCli(['backup', 'restored/wiredesk.sqlite'], { cwd: dir });
    assert.equal(await backup.exit, 0, backup.err());
    assert.match(backup.out(), /wiredesk: backed up the database to .*restored\/wiredesk\.sqlite \(\d+ KiB\)/);
    assert.equal(await ingest.exit, 0, ingest.err());
    assert.equal((await fetch(url)).status, 200, 'the site answers after the backup');

    const again = runCli(['backup', 'restored/wiredesk.sqlite'], { cwd: dir });
    assert.equal(await again.exit, 1);
    assert.match(again.err(), /exists; a backup never overwrites a file/);
  } finally {
    assert.equal(await server.interrupt(), 0, server.err());
  }

  const live = await openStore({ dataDir: path.join(dir, 'data'), databaseUrl: null });
  const copy = await openStore({ dataDir: restored, databaseUrl: null });
  try {
    const total = SOURCES * ITEMS;
    assert.deepEqual(await copy.counts(), await live.counts());
    assert.equal((await copy.counts()).articles, total);
    // Ids are numbered from 1: each article of the live desk is in the copy as it is.
    for (let id = 1; id <= total; id++) {
      const [original, copied] = await Promise.all([live.getArticle(id), copy.getArticle(id)]);
      assert.ok(original && copied, `article ${id} in both`);
      assert.equal(copied.headline, original.headline);
    }
  } finally {
    await Promise.all([live.close(), copy.close()]);
  }
  assert.ok(existsSync(file));
});
