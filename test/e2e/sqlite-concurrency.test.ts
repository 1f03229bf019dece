/**
 * Several wiredesk processes on one SQLite desk, as people run them: two
 * `ingest --all` at once beside a `serve` that runs its own passes (in its
 * pipeline thread). One pass runs at a time on a desk: an ingest that finds
 * another running either says so in one sentence and exits 1, having done
 * nothing, or, with --wait, waits its turn. Every (source, guid) is stored
 * exactly once, every entry gets its article, and each process's exit code
 * says how it went.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
// The third test holds SQLite's write lock itself, as a pass saving a large feed does, on a raw connection.
// eslint-disable-next-line no-restricted-imports -- a raw driver connection, see above.
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open-store.ts';
import { runCli, servingUrl, type CliProcess } from './cli-process.ts';
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

/** The one sentence an ingest says when another pass holds the desk. */
const PASS_RUNNING = /^wiredesk: ingest: a pass is already running on this desk \(pid \d+ on \S+, since [^)]+\); try again when it ends, or use --wait\n$/;

/**
 * serve's first tick has run its pass or found another process's running.
 * Stopping serve earlier would leave the sources its pass had not started
 * due for its next start: kept, but not stored yet.
 */
async function serveFirstTick(server: CliProcess, url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (/another process runs a pass on this desk/.test(server.err())) return;
    const ready = (await (await fetch(new URL('/readyz', url))).json()) as { ingest?: { lastPassAt: string | null } };
    if (ready.ingest?.lastPassAt) return;
    if (Date.now() > deadline) throw new Error(`serve's first pass did not end:\n${server.err()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function assertStoredOnce(): Promise<void> {
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
}

test('two ingests and a serving desk on one SQLite file: one pass at a time, every entry once, every article built, honest exit codes', { timeout: 180_000 }, async () => {
  const server = runCli(['serve', '--port', '0'], { cwd: dir });
  let ran = 0;
  try {
    const url = await servingUrl(server);
    const first = runCli(['ingest', '--all'], { cwd: dir });
    const second = runCli(['ingest', '--all'], { cwd: dir });
    const codes = await Promise.all([first.exit, second.exit]);
    for (const [i, run] of [first, second].entries()) {
      assert.doesNotMatch(run.err() + run.out(), /locked|SQLITE_BUSY/i);
      if (codes[i] === 0) {
        ran++;
        assert.match(run.out(), new RegExp(`^sources: ${SOURCES} \\(${SOURCES} fetched`), `ingest ${i + 1} ran a whole pass`);
      } else {
        assert.equal(codes[i], 1, `ingest ${i + 1} exited ${codes[i]}:\n${run.err()}`);
        assert.match(run.err(), PASS_RUNNING, `ingest ${i + 1} says why, in one sentence`);
        assert.equal(run.out(), '', `ingest ${i + 1} did nothing`);
      }
    }
    // How fast pages answer while the pipeline writes is bench:serve-under-ingest's to measure; here, that the site still does.
    assert.equal((await fetch(url)).status, 200);
    await serveFirstTick(server, url);
  } finally {
    // Stopping waits for serve's own pass, if it is the one that ran.
    assert.equal(await server.interrupt(), 0, server.err());
  }
  assert.doesNotMatch(server.err() + server.out(), /locked|SQLITE_BUSY/i);
  const servePassed = /ingest: \d+ sources, \d+ new entries/.test(server.err());
  assert.ok(ran + (servePassed ? 1 : 0) >= 1, `some process ran the pass:\n${server.err()}`);
  await assertStoredOnce();
});

test('with --wait, two ingests beside serve each wait their turn and both run whole passes', { timeout: 180_000 }, async () => {
  const server = runCli(['serve', '--port', '0'], { cwd: dir });
  try {
    const url = await servingUrl(server);
    const runs = [runCli(['ingest', '--all', '--wait'], { cwd: dir }), runCli(['ingest', '--all', '--wait'], { cwd: dir })];
    const codes = await Promise.all(runs.map((run) => run.exit));
    for (const [i, run] of runs.entries()) {
      assert.equal(codes[i], 0, `ingest ${i + 1} exited ${codes[i]}:\n${run.err()}`);
      assert.match(run.out(), new RegExp(`^sources: ${SOURCES} \\(${SOURCES} fetched, 0 not modified, 0 failed\\)`));
      assert.doesNotMatch(run.err() + run.out(), /locked|SQLITE_BUSY/i);
    }
    assert.ok(runs.some((run) => /ingest: waiting for the pass running in pid \d+/.test(run.err())), 'one of them waited');
    await serveFirstTick(server, url);
  } finally {
    assert.equal(await server.interrupt(), 0, server.err());
  }
  await assertStoredOnce();
});

test('while a pass holds the desk and SQLite\'s write lock for longer than the busy timeout, a second ingest still says the one sentence and writes nothing', { timeout: 120_000 }, async () => {
  const store = await openStore({ dataDir: path.join(dir, 'data'), databaseUrl: null });
  const since = new Date().toISOString();
  // This test process stands for the running pass: alive, on this machine.
  const lease = { name: 'ingest', holder: 'test-pass', pid: process.pid, host: os.hostname(), acquiredAt: since, expiresAt: new Date(Date.now() + 60_000).toISOString() };
  assert.ok(await store.claimPassLease(lease, null));
  await store.close();
  // A pass saving a large feed keeps the write lock for seconds, past the 5 s busy timeout.
  const writer = new Database(path.join(dir, 'data', 'wiredesk.sqlite'));
  writer.pragma('busy_timeout = 5000');
  writer.exec('BEGIN IMMEDIATE');
  try {
    const second = runCli(['ingest', '--all'], { cwd: dir });
    assert.equal(await second.exit, 1, second.err());
    assert.match(second.err(), PASS_RUNNING);
    assert.match(second.err(), new RegExp(`pid ${process.pid} on `));
    assert.equal(second.out(), '');
  } finally {
    writer.exec('ROLLBACK');
    writer.prepare('DELETE FROM pass_leases WHERE holder = ?').run('test-pass');
    writer.close();
  }
});
