import assert from 'node:assert/strict';
import { copyFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { captureIo } from './cli-test-io.ts';
import { main } from './main.ts';

const FEED = path.join(import.meta.dirname, 'testdata', 'wire.rss');

async function run(cwd: string, ...args: string[]) {
  const io = captureIo(cwd);
  const code = await main(['node', 'wiredesk', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('wiredesk stories list', () => {
  test('lists the stories an ingest made, as a table or as JSON Lines', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-stories-cli-'));
    assert.equal((await run(dir, 'init')).code, 0);
    const empty = await run(dir, 'stories', 'list');
    assert.equal(empty.code, 0, empty.err);
    assert.match(empty.out, /no stories yet/);

    await copyFile(FEED, path.join(dir, 'wire.rss'));
    await run(dir, 'sources', 'add', 'wire.rss');
    assert.equal((await run(dir, 'ingest')).code, 0);

    const jsonl = await run(dir, 'stories', 'list', '--format', 'jsonl', '--limit', '1');
    assert.equal(jsonl.code, 0, jsonl.err);
    const lines = jsonl.out.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.equal(lines.length, 1, '--limit 1');
    assert.equal(lines[0]?.['articleCount'], 1);
    assert.equal((lines[0]?.['languages'] as string[]).length, 1);

    const table = await run(dir, 'stories', 'list', '--sort', 'recent');
    assert.equal(table.code, 0, table.err);
    assert.match(table.out, /^trend +articles +sources +independent +languages +last seen +id +title/);
    assert.equal(table.out.trimEnd().split('\n').length, 3, 'a header and one line per story');

    const bad = await run(dir, 'stories', 'list', '--limit', '0');
    assert.notEqual(bad.code, 0);
  });
});
