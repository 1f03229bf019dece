import assert from 'node:assert/strict';
import { copyFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { openStore } from '../store/open-store.ts';
import { feedEntry, sourceDefinition } from '../store/test-records.ts';
import { captureIo } from './cli-test-io.ts';
import { main } from './main.ts';

const FEED = path.join(import.meta.dirname, 'testdata', 'wire.rss');

async function run(cwd: string, ...args: string[]) {
  const io = captureIo(cwd);
  const code = await main(['node', 'wiredesk', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** A fresh desk (`wiredesk init`). */
async function desk(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-entries-cli-'));
  assert.equal((await run(dir, 'init')).code, 0);
  return dir;
}

describe('wiredesk entries list and source health', () => {
  test('lists stored entries newest first, as a table or as JSON Lines', async () => {
    const dir = await desk();
    await copyFile(FEED, path.join(dir, 'wire.rss'));
    await run(dir, 'sources', 'add', 'wire.rss');
    assert.equal((await run(dir, 'ingest')).code, 0);

    const jsonl = await run(dir, 'entries', 'list', '--format', 'jsonl');
    assert.equal(jsonl.code, 0, jsonl.err);
    const lines = jsonl.out.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(
      lines.map((line) => line['guid']),
      ['wire-0002', 'wire-0001'],
    );
    assert.deepEqual(Object.keys(lines[0] ?? {}), [
      'source', 'guid', 'url', 'title', 'published', 'dateline', 'byline', 'language', 'authors', 'subjects',
    ]);
    assert.equal(lines[1]?.['published'], '2026-11-28T04:00:00.000Z');
    assert.equal(lines[1]?.['url'], 'https://wire.example.org/2026/11/ferry-terminal');

    const table = await run(dir, 'entries', 'list', '--source', 'wire', '--limit', '1');
    assert.equal(table.code, 0, table.err);
    assert.match(table.out, /^published\s+source\s+lang\s+title/);
    assert.match(table.out, /2026-11-28 05:30\s+wire\s+en\s+तटीय ज़िलों में भारी बारिश की चेतावनी/);
    assert.doesNotMatch(table.out, /ferry terminal/);
  });

  test('prints the wire\'s own dateline, byline and subjects', async () => {
    const dir = await desk();
    const store = await openStore({ dataDir: path.join(dir, 'data'), databaseUrl: null });
    try {
      await store.upsertSource(sourceDefinition('agency'), 'cli', '2026-11-28T10:00:00Z');
      const wire = {
        dateline: 'PORT BLAIR, Nov 28',
        byline: 'By Meera Vasan, Islands Correspondent',
        subjects: ['medtop:20000763', 'medtop:06000000'],
      };
      await store.saveEntries([feedEntry('agency', 'ag-1', wire)], '2026-11-28T10:00:00Z');
    } finally {
      await store.close();
    }
    const { code, out, err } = await run(dir, 'entries', 'list', '--format', 'jsonl');
    assert.equal(code, 0, err);
    const line = JSON.parse(out) as Record<string, unknown>;
    assert.equal(line['dateline'], 'PORT BLAIR, Nov 28');
    assert.equal(line['byline'], 'By Meera Vasan, Islands Correspondent');
    assert.deepEqual(line['subjects'], ['medtop:20000763', 'medtop:06000000']);
    assert.match((await run(dir, 'entries', 'list')).out, /PORT BLAIR, Nov 28\s+By Meera Vasan.*medtop:20000763 medtop:06000000/);
  });

  test('refuses an unknown source, a bad limit and an unknown format with exit 2', async () => {
    const dir = await desk();
    const cases: [string[], RegExp][] = [
      [['--source', 'nobody'], /--source: no source with id "nobody"/],
      [['--limit', '0'], /--limit <n>' argument '0' is invalid/],
      [['--format', 'xml'], /argument 'xml' is invalid\. Allowed choices are table, jsonl/],
    ];
    for (const [args, message] of cases) {
      const { code, err } = await run(dir, 'entries', 'list', ...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(err, message);
    }
    assert.match((await run(dir, 'entries', 'list')).out, /no entries stored yet/);
    assert.equal((await run(dir, 'entries', 'list', '--format', 'jsonl')).out, '');
  });

  test('sources list shows each source\'s last attempt, status and entries per day', async () => {
    const dir = await desk();
    await copyFile(FEED, path.join(dir, 'wire.rss'));
    await run(dir, 'sources', 'add', 'wire.rss');
    await run(dir, 'ingest');
    const { code, out } = await run(dir, 'sources', 'list');
    assert.equal(code, 0);
    assert.match(out, /^id\s+section\s+lang\s+state\s+last attempt\s+status\s+last success\s+failures\s+next fetch\s+per day\s+last error/);
    // Two entries first seen today, over a week.
    assert.match(out, /\nwire\s+world\s+auto\s+active\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+200\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+0\s+\S+ \S+\s+0\.3\b/);
    const [json] = JSON.parse((await run(dir, 'sources', 'list', '--json')).out) as { entriesPerDay: number }[];
    assert.equal(json?.entriesPerDay, 0.3);
  });
});
