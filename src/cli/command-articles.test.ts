import assert from 'node:assert/strict';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
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

interface Line {
  id: number;
  url: string;
  headline: string;
  lang: string;
  status: string;
  killed: { by: string; reason: string } | null;
}

const jsonl = (out: string) => out.trimEnd().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line);

describe('wiredesk articles', () => {
  test('list, kill with a reason, restore: as JSON Lines and as a table', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-articles-cli-'));
    assert.equal((await run(dir, 'init', '--base-url', 'https://news.example.org')).code, 0);
    await copyFile(FEED, path.join(dir, 'wire.rss'));
    await run(dir, 'sources', 'add', 'wire.rss');
    assert.equal((await run(dir, 'ingest')).code, 0);

    const listed = await run(dir, 'articles', 'list', '--format', 'jsonl');
    assert.equal(listed.code, 0, listed.err);
    const lines = jsonl(listed.out);
    assert.equal(lines.length, 2);
    for (const key of ['id', 'url', 'headline', 'lang', 'status']) assert.ok(lines.every((line) => key in line), key);
    const ferry = lines.find((line) => line.lang === 'en')!;
    assert.equal(ferry.status, 'published');
    assert.match(ferry.url, new RegExp(`^https://news\\.example\\.org/en/[a-z-]+/${ferry.id}-harbour-authority-opens-a-second-ferry-terminal$`));
    const rain = lines.find((line) => line.lang === 'hi')!;
    assert.match(rain.url, new RegExp(`^https://news\\.example\\.org/[a-z-]+/${rain.id}-`), 'the main edition has no prefix');

    const killed = await run(dir, 'articles', 'kill', String(ferry.id), '--reason', 'The terminal opening was postponed');
    assert.equal(killed.code, 0, killed.err);
    assert.match(killed.out, new RegExp(`article ${ferry.id} killed \\(revision 1\\): its pages now answer 410 Gone`));
    const gone = jsonl((await run(dir, 'articles', 'list', '--status', 'killed', '--format', 'jsonl')).out);
    assert.deepEqual(gone.map((line) => [line.id, line.status, line.killed?.reason]), [[ferry.id, 'killed', 'The terminal opening was postponed']]);
    assert.match(gone[0]!.killed!.by, /^cli:[\w.@-]+$/);
    assert.deepEqual(jsonl((await run(dir, 'articles', 'list', '--status', 'published', '--format', 'jsonl')).out).map((line) => line.id), [rain.id]);

    const again = await run(dir, 'articles', 'kill', String(ferry.id), '--reason', 'again');
    assert.equal(again.code, 1);
    assert.match(again.err, /is already killed by cli:.* The terminal opening was postponed/);

    const table = await run(dir, 'articles', 'list');
    assert.equal(table.code, 0, table.err);
    assert.match(table.out, /^id +status +lang +source +published +headline +why \/ until/);
    assert.match(table.out, /killed .*The terminal opening was postponed \(cli:/);

    const restored = await run(dir, 'articles', 'restore', String(ferry.id));
    assert.equal(restored.code, 0, restored.err);
    assert.match(restored.out, /restored \(revision 2\): it is published again/);
    assert.equal((await run(dir, 'articles', 'restore', String(ferry.id))).code, 1, 'not killed: nothing to restore');
  });

  test('wrong usage: a missing reason, a bad id, a bad status', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-articles-cli-'));
    await run(dir, 'init');
    assert.equal((await run(dir, 'articles', 'kill', '3')).code, 2, '--reason is required');
    const bad = await run(dir, 'articles', 'kill', 'x3', '--reason', 'r');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /"x3" is not an article id/);
    assert.equal((await run(dir, 'articles', 'list', '--status', 'deleted')).code, 2);
    const missing = await run(dir, 'articles', 'kill', '42', '--reason', 'r');
    assert.equal(missing.code, 1);
    assert.match(missing.err, /no article 42/);
  });

  test('a headline that would reorder or drive the terminal is printed inert in the table', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-articles-cli-'));
    await run(dir, 'init');
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Tricky feed',
      items: [{ id: 't1', title: 'Ferry \u202Eyrref\u202C times \u2066changed\u2069', content_text: 'The ferry times changed on Monday.', date_published: '2026-11-28T09:00:00Z' }],
    };
    await writeFile(path.join(dir, 'tricky.json'), JSON.stringify(feed));
    await run(dir, 'sources', 'add', 'tricky.json', '--lang', 'en');
    assert.equal((await run(dir, 'ingest')).code, 0);
    const table = await run(dir, 'articles', 'list');
    assert.ok(!/[\u202a-\u202e\u2066-\u2069\u001b]/u.test(table.out), 'no bidi override or escape reaches the terminal');
    assert.match(table.out, /Ferry +yrref +times +changed/);
  });
});
