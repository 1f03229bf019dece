import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { captureIo } from './cli-test-io.ts';
import { EXIT_PARTIAL, main } from './main.ts';

const FEED = path.join(import.meta.dirname, 'testdata', 'wire.rss');

async function run(cwd: string, ...args: string[]) {
  const io = captureIo(cwd);
  const code = await main(['node', 'wiredesk', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

test('ingest exits 0 when every source was read and 3 when one failed, after storing what the others gave', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-ingest-cli-'));
  assert.equal((await run(dir, 'init')).code, 0);
  await copyFile(FEED, path.join(dir, 'wire.rss'));
  assert.equal((await run(dir, 'sources', 'add', 'wire.rss')).code, 0);
  const clean = await run(dir, 'ingest');
  assert.equal(clean.code, 0, clean.err);

  await writeFile(path.join(dir, 'broken.rss'), 'Not a feed: a page of plain text where the feed used to be.');
  await writeFile(path.join(dir, 'second.rss'), (await readFile(FEED, 'utf8')).replaceAll('wire-000', 'second-000'));
  assert.equal((await run(dir, 'sources', 'add', 'broken.rss', '--no-check')).code, 0);
  assert.equal((await run(dir, 'sources', 'add', 'second.rss')).code, 0);
  const partial = await run(dir, 'ingest', '--all');
  assert.equal(partial.code, EXIT_PARTIAL, partial.err);
  assert.match(partial.err, /ingest: 1 of 3 sources and 0 articles failed \(exit code 3\)/);
  assert.match(partial.out, /entries: 2 new/);
});
