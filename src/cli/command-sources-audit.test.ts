import assert from 'node:assert/strict';
import { copyFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { captureIo } from './cli-test-io.ts';
import { main } from './main.ts';

const FEED = path.join(import.meta.dirname, 'testdata', 'wire.rss');

async function run(cwd: string, ...args: string[]) {
  const io = captureIo(cwd);
  const code = await main(['node', 'wiredesk', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

test('sources add and remove are in the audit log as source changes, with the command as actor', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-sources-audit-'));
  assert.equal((await run(dir, 'init')).code, 0);
  await copyFile(FEED, path.join(dir, 'wire.rss'));
  assert.equal((await run(dir, 'sources', 'add', 'wire.rss', '--id', 'wire')).code, 0);
  assert.equal((await run(dir, 'sources', 'remove', 'wire')).code, 0);
  const listed = await run(dir, 'audit', 'list', '--format', 'jsonl', '--action', 'source-change');
  assert.equal(listed.code, 0, listed.err);
  const entries = listed.out.trim().split('\n').map((line) => JSON.parse(line) as { actor: string; reason: string; object: { id: string } | string });
  assert.deepEqual(entries.map((e) => e.reason), ['sources remove', 'sources add']);
  for (const entry of entries) assert.match(entry.actor, /^cli:/);
});

test('sources pause and resume change the source, say so, and are audited with the source before and after', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-sources-pause-'));
  assert.equal((await run(dir, 'init')).code, 0);
  await copyFile(FEED, path.join(dir, 'wire.rss'));
  assert.equal((await run(dir, 'sources', 'add', 'wire.rss', '--id', 'wire', '--no-check')).code, 0);

  const paused = await run(dir, 'sources', 'pause', 'wire');
  assert.equal(paused.code, 0, paused.err);
  assert.match(paused.out, /paused source "wire"/);
  const listed = JSON.parse((await run(dir, 'sources', 'list', '--json')).out) as { id: string; pausedAt: string | null }[];
  assert.match(listed.find((s) => s.id === 'wire')?.pausedAt ?? '', /^\d{4}-\d\d-\d\dT/);
  assert.match((await run(dir, 'sources', 'list')).out, /^wire\s+\S+\s+\S+\s+paused\s/m);

  const again = await run(dir, 'sources', 'pause', 'wire');
  assert.notEqual(again.code, 0);
  assert.match(again.err, /source "wire" is paused already/);
  assert.equal((await run(dir, 'sources', 'resume', 'wire')).code, 0);
  assert.match((await run(dir, 'sources', 'resume', 'nowhere')).err, /no source with id "nowhere"/);

  const audit = await run(dir, 'audit', 'list', '--format', 'jsonl', '--action', 'source-change');
  type Entry = { actor: string; reason: string; objectId: string; before: { pausedAt: string | null } | null; after: { pausedAt: string | null } | null };
  const entries = audit.out.trim().split('\n').map((line) => JSON.parse(line) as Entry);
  assert.deepEqual(entries.map((e) => e.reason), ['sources resume', 'sources pause', 'sources add']);
  const [resume, pause] = entries;
  assert.equal(pause?.before?.pausedAt, null);
  assert.match(pause?.after?.pausedAt ?? '', /^\d{4}-/);
  assert.equal(resume?.before?.pausedAt, pause?.after?.pausedAt);
  assert.equal(resume?.after?.pausedAt, null);
  for (const entry of entries) {
    assert.match(entry.actor, /^cli:/);
    assert.equal(entry.objectId, 'wire');
  }
});
