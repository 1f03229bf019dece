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
