import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { captureIo } from './cli-test-io.ts';
import { main } from './main.ts';

const STORIES = path.join(import.meta.dirname, 'testdata', 'stories');

async function run(cwd: string, ...args: string[]) {
  const io = captureIo(cwd);
  const code = await main(['node', 'wiredesk', 'stories', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

test('stories cluster prints one line per article file, in name order, with story and canonical', async () => {
  const { code, out, err } = await run(STORIES, 'cluster', '.', '--format', 'jsonl');
  assert.equal(code, 0, err);
  const lines = out.trimEnd().split('\n').map((line) => JSON.parse(line) as { input: string; story: string; canonical: string });
  assert.deepEqual(lines.map((l) => l.input), ['a-wire.txt', 'b-partner.json', 'c-hindi.html', 'd-final.txt', 'e-stub.html']);
  const [wire, partner, hindi, final, stub] = lines;
  assert.equal(partner!.story, wire!.story, 'the partner copy is in the wire story');
  assert.equal(hindi!.story, wire!.story, 'the Hindi report is in the wire story');
  assert.equal(partner!.canonical, wire!.canonical, 'copies share one canonical');
  assert.notEqual(final!.story, wire!.story);
  assert.equal(stub!.story, final!.story, 'a page the extractor rejects still clusters by title and paragraphs');
  const again = await run(STORIES, 'cluster', '.', '--format', 'jsonl');
  assert.equal(again.out, out, 'the output is deterministic');
});

test('stories cluster refuses an unknown format and a missing directory', async () => {
  assert.equal((await run(STORIES, 'cluster', '.', '--format', 'csv')).code, 2);
  const missing = await run(STORIES, 'cluster', 'no-such-dir');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /stories cluster: cannot read directory .*no-such-dir/);
});

test('stories match prints P@1 and MRR for aligned files, and refuses unaligned ones', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-stories-'));
  await writeFile(path.join(dir, 'hi.txt'), 'कोरवाथ में सेलुन नदी उफनी\nमिरेला दास्तान सेल्वाना की मेयर चुनी गईं\n');
  await writeFile(path.join(dir, 'en.txt'), 'Selun river floods Korvath\r\nMirela Dastan elected mayor of Selvana\r\n');
  await writeFile(path.join(dir, 'short.txt'), 'one line\n');
  const { code, out, err } = await run(dir, 'match', 'hi.txt', 'en.txt');
  assert.equal(code, 0, err);
  assert.equal(out, 'P@1=1.000 MRR=1.000\n');
  const unaligned = await run(dir, 'match', 'hi.txt', 'short.txt');
  assert.equal(unaligned.code, 1);
  assert.match(unaligned.err, /2 lines but short.txt has 1/);
});
