/**
 * A large feed is saved a batch of items at a time (SAVE_BATCH_ROWS per
 * transaction), not in one transaction that holds SQLite's write lock for
 * seconds: while `wiredesk ingest` saves a feed of 4,000 items, the test sees
 * whole batches appear, kills the process with SIGKILL part-way, and a second
 * run stores the rest. Every item ends up stored exactly once, with its article.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
// Reads the SQLite file of a `wiredesk` process it is about to kill, read-only and while that
// process writes; openStore would create and migrate the file itself.
// eslint-disable-next-line no-restricted-imports -- a raw read-only driver connection, see above.
import Database from 'better-sqlite3';
import { SAVE_BATCH_ROWS } from '../../src/store/entries-table.ts';
import { runCli } from './cli-process.ts';
import { bulletinFeed, serveFeeds, writeLoopbackDesk, type LoopbackFeeds } from './loopback-feeds.ts';

const ITEMS = 8 * SAVE_BATCH_ROWS;
const POLL_MS = 5;
/** The kill has to land while the feed is being saved; a machine that stalls the test past it gets another try. */
const ATTEMPTS = 3;

let server: LoopbackFeeds;
const dirs: string[] = [];

before(async () => {
  server = await serveFeeds([bulletinFeed('big', ITEMS)]);
});

after(async () => {
  await server.close();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

function entryCount(file: string): number | null {
  if (!existsSync(file)) return null;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return (db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
  } catch {
    return null; // not migrated yet
  } finally {
    db?.close();
  }
}

const env = { WIREDESK_FETCH_ALLOW: '127.0.0.1', WIREDESK_DATA_DIR: '', DATABASE_URL: '' };

/** Runs an ingest and kills it once some of the feed's items, not all, are stored; null when it saved them all first. */
async function killMidFeed(): Promise<{ dir: string; file: string; atKill: number } | null> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-large-feed-kill-'));
  dirs.push(dir);
  await writeLoopbackDesk(dir, 'Large Feed Desk', { big: server.urls[0]! });
  const file = path.join(dir, 'data', 'wiredesk.sqlite');
  const victim = runCli(['ingest', '--all'], { cwd: dir, env });
  const deadline = Date.now() + 120_000;
  for (;;) {
    const n = entryCount(file) ?? 0;
    if (n > 0) break;
    if (victim.child.exitCode !== null) throw new Error(`the ingest exited before storing anything:\n${victim.err()}`);
    if (Date.now() > deadline) throw new Error(`no entry stored within 120 s:\n${victim.err()}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  victim.child.kill('SIGKILL');
  assert.equal(await victim.exit, null, 'killed by the signal');
  const atKill = entryCount(file) ?? 0;
  return atKill < ITEMS ? { dir, file, atKill } : null;
}

test('kill -9 while a 4,000-item feed is saved: whole batches were stored, and a second run stores the rest once', { timeout: 600_000 }, async () => {
  let run: Awaited<ReturnType<typeof killMidFeed>> = null;
  for (let attempt = 1; attempt <= ATTEMPTS && run === null; attempt++) run = await killMidFeed();
  assert.ok(run, `the kill landed part-way through the feed in one of ${ATTEMPTS} tries`);
  assert.ok(run.atKill > 0 && run.atKill < ITEMS, `${run.atKill} of ${ITEMS} items stored when the run died`);
  assert.equal(run.atKill % SAVE_BATCH_ROWS, 0, `only whole batches of ${SAVE_BATCH_ROWS} are stored (${run.atKill})`);

  const rerun = runCli(['ingest', '--all'], { cwd: run.dir, env });
  assert.equal(await rerun.exit, 0, rerun.err());
  assert.match(rerun.out(), new RegExp(`entries: ${ITEMS - run.atKill} new, 0 updated, ${run.atKill} unchanged`));
  assert.match(rerun.out(), new RegExp(`articles: ${ITEMS} built, 0 failed`));
  const db = new Database(run.file, { readonly: true, fileMustExist: true });
  try {
    const { n, guids } = db.prepare('SELECT count(*) AS n, count(DISTINCT guid) AS guids FROM entries').get() as { n: number; guids: number };
    assert.equal(n, ITEMS, 'every item stored');
    assert.equal(guids, ITEMS, 'none twice');
    const articles = db.prepare('SELECT count(*) AS n, count(DISTINCT entry_id) AS entries FROM articles').get() as { n: number; entries: number };
    assert.deepEqual(articles, { n: ITEMS, entries: ITEMS }, 'one article per entry');
  } finally {
    db.close();
  }
});
