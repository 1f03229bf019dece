import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { openStore } from '../store/open-store.ts';
import { captureIo } from './cli-test-io.ts';
import { describeError, main } from './main.ts';

const FEED = path.join(import.meta.dirname, 'testdata', 'wire.rss');

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'wd-cli-'));
}

async function run(cwd: string, ...args: string[]) {
  const io = captureIo(cwd);
  const code = await main(['node', 'wiredesk', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('wiredesk command line', () => {
  test('--help lists the commands and exits 0', async () => {
    const { code, out } = await run(os.tmpdir(), '--help');
    assert.equal(code, 0);
    for (const command of ['init', 'sources', 'ingest', 'serve', 'demo']) assert.match(out, new RegExp(`\\b${command}\\b`));
  });

  test('help lists translate as a command of its own, next to translations', async () => {
    const { code, out } = await run(os.tmpdir(), 'help');
    assert.equal(code, 0);
    assert.match(out, /^ {2}translations +machine translations/m);
    assert.match(out, /^ {2}translate \[options\] <article-id\|file> +translate a stored article/m);
  });

  test('each command has its own help', async () => {
    const { code, out } = await run(os.tmpdir(), 'help', 'ingest');
    assert.equal(code, 0);
    assert.match(out, /--all/);
  });

  test('an unknown command exits 2 with a suggestion', async () => {
    const { code, err } = await run(os.tmpdir(), 'serv');
    assert.equal(code, 2);
    assert.match(err, /unknown command 'serv'/);
    assert.match(err, /Did you mean serve\?/);
  });

  test('a bad flag exits 2 and names the flag', async () => {
    const { code, err } = await run(os.tmpdir(), 'ingest', '--everything');
    assert.equal(code, 2);
    assert.match(err, /unknown option '--everything'/);
    const port = await run(os.tmpdir(), 'serve', '--port', 'eighty');
    assert.equal(port.code, 2);
    assert.match(port.err, /--port <port>' argument 'eighty' is invalid/);
  });

  test('init writes a configuration that loads, and will not overwrite it', async () => {
    const dir = await tempDir();
    const first = await run(dir, 'init', '--name', 'Test Desk');
    assert.equal(first.code, 0, first.err);
    assert.match(await readFile(path.join(dir, 'wiredesk.yaml'), 'utf8'), /name: "Test Desk"/);
    const again = await run(dir, 'init');
    assert.equal(again.code, 1);
    assert.match(again.err, /already exists; pass --force/);
    const list = await run(dir, 'sources', 'list');
    assert.equal(list.code, 0, list.err);
    assert.match(list.out, /no sources yet/);
  });

  test('a bad configuration exits 1 naming file and key, and creates no data', async () => {
    const dir = await tempDir();
    await run(dir, 'init');
    const file = path.join(dir, 'wiredesk.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('port: 8080', 'port: 8080\nprot: 1'));
    const { code, err } = await run(dir, 'ingest');
    assert.equal(code, 1);
    assert.match(err, /wiredesk\.yaml: prot: unknown key/);
    await assert.rejects(readFile(path.join(dir, 'data', 'wiredesk.sqlite')), /ENOENT/);
  });

  test('every command refuses a bad site.timeZone or fetch.allow entry, naming the file and key', async () => {
    const dir = await tempDir();
    await run(dir, 'init');
    const file = path.join(dir, 'wiredesk.yaml');
    const template = await readFile(file, 'utf8');
    const cases: [string, RegExp][] = [
      [template.replace('timeZone: Asia/Kolkata', 'timeZone: Mars/Olympus'), /wiredesk\.yaml: site\.timeZone: "Mars\/Olympus" is not a time zone/],
      [template.replace('  allow: []', '  allow: ["10.0.0.0/33"]'), /wiredesk\.yaml: fetch\.allow\[0\]: "10\.0\.0\.0\/33"/],
    ];
    for (const [text, message] of cases) {
      await writeFile(file, text);
      for (const command of [['ingest'], ['sources', 'list'], ['entries', 'list'], ['stories', 'list'], ['serve', '--no-ingest', '--port', '0']]) {
        const { code, err } = await run(dir, ...command);
        assert.equal(code, 1, command.join(' '));
        assert.match(err, message, command.join(' '));
        assert.doesNotMatch(err, /out of range/);
      }
    }
    const io = captureIo(dir, { WIREDESK_FETCH_ALLOW: '127.0.0.1/99' });
    await writeFile(file, template);
    assert.equal(await main(['node', 'wiredesk', 'ingest'], io), 1);
    assert.match(io.err(), /WIREDESK_FETCH_ALLOW: "127\.0\.0\.1\/99"/);
  });

  test('sources add, list, ingest and remove work on a local feed file', async () => {
    const dir = await tempDir();
    await run(dir, 'init');
    await copyFile(FEED, path.join(dir, 'wire.rss'));
    const added = await run(dir, 'sources', 'add', 'wire.rss', '--section', 'world');
    assert.equal(added.code, 0, added.err);
    assert.match(added.out, /added source "wire": Test Wire \(2 items now\)/);

    const duplicate = await run(dir, 'sources', 'add', 'wire.rss', '--id', 'wire');
    assert.equal(duplicate.code, 2);
    assert.match(duplicate.err, /exists already/);

    const ingest = await run(dir, 'ingest');
    assert.equal(ingest.code, 0, ingest.err);
    assert.match(ingest.out, /entries: 2 new/);
    assert.match(ingest.out, /articles: 2 built, 0 failed/);

    const store = await openStore({ dataDir: path.join(dir, 'data'), databaseUrl: null });
    try {
      const langs = (await store.latestArticles({ limit: 5 })).map((a) => `${a.lang}: ${a.headline}`).sort();
      // The feed says <language>en</language> for both; the Hindi item is still Hindi.
      assert.deepEqual(langs, ['en: Harbour authority opens a second ferry terminal', 'hi: तटीय ज़िलों में भारी बारिश की चेतावनी']);
    } finally {
      await store.close();
    }

    const list = await run(dir, 'sources', 'list', '--json');
    const [source] = JSON.parse(list.out) as { id: string; consecutiveFailures: number; lastSuccessAt: string }[];
    assert.equal(source?.id, 'wire');
    assert.equal(source?.consecutiveFailures, 0);
    assert.ok(source?.lastSuccessAt);

    const removed = await run(dir, 'sources', 'remove', 'wire');
    assert.equal(removed.code, 0, removed.err);
    assert.match((await run(dir, 'sources', 'list')).out, /no sources yet/);
  });

  test('sources add refuses an address that is a source already, compared as entry links are, naming that source', async () => {
    const dir = await tempDir();
    await run(dir, 'init');
    await copyFile(FEED, path.join(dir, 'wire.rss'));
    assert.equal((await run(dir, 'sources', 'add', 'wire.rss')).code, 0);
    const sameFile = await run(dir, 'sources', 'add', './wire.rss', '--id', 'wire-again', '--no-check');
    assert.equal(sameFile.code, 2);
    assert.match(sameFile.err, /\.\/wire\.rss is source "wire" already/);

    assert.equal((await run(dir, 'sources', 'add', 'https://wire.example.org/world.rss?edition=asia', '--id', 'asia', '--no-check')).code, 0);
    const spelledOtherwise = await run(dir, 'sources', 'add', 'HTTPS://Wire.Example.org:443/world.rss?edition=asia&utm_source=mail#top', '--no-check');
    assert.equal(spelledOtherwise.code, 2);
    assert.match(spelledOtherwise.err, /is source "asia" already/);
    assert.equal((await run(dir, 'sources', 'add', 'https://wire.example.org/world.rss?edition=africa', '--id', 'africa', '--no-check')).code, 0, 'another edition is another feed');

    const listed = JSON.parse((await run(dir, 'sources', 'list', '--json')).out) as { id: string }[];
    assert.deepEqual(listed.map((s) => s.id), ['africa', 'asia', 'wire']);
  });

  test('sources add refuses a file that is not a feed', async () => {
    const dir = await tempDir();
    await run(dir, 'init');
    await writeFile(path.join(dir, 'page.html'), '<!doctype html><html><body><p>Hello</p></body></html>');
    const { code, err } = await run(dir, 'sources', 'add', 'page.html');
    assert.equal(code, 1);
    assert.match(err, /HTML page, not a feed/);
  });

  test('sources add refuses a bad --id, --lang or --format with exit 2, and stores the language given', async () => {
    const dir = await tempDir();
    await run(dir, 'init');
    await copyFile(FEED, path.join(dir, 'wire.rss'));
    const refused: [string[], RegExp][] = [
      [['--id', 'Wire_1'], /--id: "Wire_1" must be lowercase letters, digits and dashes/],
      [['--lang', 'Hindi'], /--lang: "Hindi" is not a language code such as hi or en/],
      [['--format', 'csv'], /--format: must be one of auto, rss, atom, jsonfeed, ninjs, newsml-g2, nitf/],
    ];
    for (const [flags, message] of refused) {
      const { code, err } = await run(dir, 'sources', 'add', 'wire.rss', ...flags);
      assert.equal(code, 2, err);
      assert.match(err, message);
    }
    await copyFile(FEED, path.join(dir, 'other.rss'));
    assert.equal((await run(dir, 'sources', 'add', 'wire.rss', '--id', 'hindi-wire', '--lang', 'hi', '--no-check')).code, 0);
    assert.equal((await run(dir, 'sources', 'add', 'other.rss', '--id', 'any-wire', '--no-check')).code, 0);
    const listed = JSON.parse((await run(dir, 'sources', 'list', '--json')).out) as { id: string; language: string }[];
    assert.deepEqual(listed.map((s) => [s.id, s.language]), [['any-wire', 'auto'], ['hindi-wire', 'hi']]);
  });

  test('a port in use is a clear message and exit 1', async () => {
    const dir = await tempDir();
    await run(dir, 'init');
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { code, err } = await run(dir, 'serve', '--no-ingest', '--port', String(port));
      assert.equal(code, 1);
      assert.match(err, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use`));
      assert.doesNotMatch(err, /at .*\.ts:\d+/, 'no stack trace');
    } finally {
      blocker.close();
    }
  });
});

describe('the error line', () => {
  test('tells the causes after the message, a thrown non-Error readably', () => {
    const error = new Error('store: opening data/wiredesk.sqlite failed', { cause: { code: 'SQLITE_BUSY', errno: 5 } });
    assert.equal(describeError(error), "store: opening data/wiredesk.sqlite failed: { code: 'SQLITE_BUSY', errno: 5 }");
    assert.equal(describeError('engine down'), 'engine down');
  });
});
