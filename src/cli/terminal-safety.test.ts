/**
 * Text from feeds reaches the terminal as text: a title with ESC, BEL, CR or
 * LF (raw, or as `&#27;` in the XML), a C1 control or a bidi override can
 * neither set the window title (OSC 0), plant a hyperlink (OSC 8), clear the
 * screen nor break a table row, in any command that prints it. JSON output
 * keeps every character (escaped, as JSON can), so scripts read what the feed said.
 */
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { openStore } from '../store/open-store.ts';
import { captureIo } from './cli-test-io.ts';
import { main } from './main.ts';

const ESC = '\u001b';
const BEL = '\u0007';
/** OSC 0 (window title), ended by BEL, written as the character reference a feed can carry. */
const TITLE_BY_REFERENCE = 'Evil&#27;]0;pwned&#7; Wire';
/** OSC 8: a hyperlink whose text says one thing and whose target is another. */
const HYPERLINK = `${ESC}]8;;https://evil.example/${ESC}\\click here${ESC}]8;;${ESC}\\`;
/** CSI as one C1 character: "clear screen" on terminals that read 8-bit controls. */
const C1_CLEAR = '\u009b2J';
const RIGHT_TO_LEFT_OVERRIDE = '\u202e';

/** What no terminal output may contain: C0 controls but line feed, DEL, C1, and bidi embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
/** What JSON.stringify leaves as it is, but a terminal would act on or reorder. */
const UNESCAPED_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

function hostileFeed(): string {
  const item = (guid: string, title: string, author: string, text: string) =>
    `<item><title>${title}</title><link>https://wire.example.org/${guid}</link><guid>${guid}</guid>` +
    `<author>desk@wire.example.org (${author})</author><pubDate>Sat, 28 Nov 2026 09:30:00 +0000</pubDate>` +
    `<description>${text}</description></item>`;
  return (
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${TITLE_BY_REFERENCE}</title>` +
    item('a-1', `Harbour ${HYPERLINK} reopens\rsecond\nline ${C1_CLEAR}`, `Bad&#27;[2J Guy`, 'Ferries stayed in port on Saturday while the harbour wall was mended.') +
    item('a-2', `Bridge ${RIGHT_TO_LEFT_OVERRIDE}txet desrever tolls&#x2028;stay`, `Ola ${BEL}Brenn`, 'Tolls on the Velmora bridge stay at last year\'s level, the council said.') +
    '</channel></rss>'
  );
}

async function run(cwd: string, ...args: string[]) {
  const io = captureIo(cwd);
  const code = await main(['node', 'wiredesk', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

function assertSafe(text: string, what: string): void {
  const found = UNSAFE.exec(text);
  assert.equal(found, null, `${what} prints U+${found?.[0].codePointAt(0)?.toString(16).padStart(4, '0')}: ${JSON.stringify(text)}`);
}

async function hostileDesk(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-terminal-'));
  assert.equal((await run(dir, 'init')).code, 0);
  await writeFile(path.join(dir, 'hostile.rss'), hostileFeed());
  return dir;
}

describe('feed text in terminal output', () => {
  test('sources add prints the feed title without its escape sequence', async () => {
    const dir = await hostileDesk();
    const added = await run(dir, 'sources', 'add', 'hostile.rss', '--id', 'hostile');
    assert.equal(added.code, 0, added.err);
    assertSafe(added.out, 'sources add');
    assert.match(added.out, /added source "hostile": Evil.*pwned.* Wire \(2 items now\)/);
  });

  test('entries, stories and sources tables hold one row per record and no control character', async () => {
    const dir = await hostileDesk();
    await run(dir, 'sources', 'add', 'hostile.rss', '--id', 'hostile');
    assert.equal((await run(dir, 'ingest')).code, 0);

    const entries = await run(dir, 'entries', 'list');
    assert.equal(entries.code, 0, entries.err);
    assertSafe(entries.out, 'entries list');
    assert.equal(entries.out.trimEnd().split('\n').length, 3, 'a header and one row per entry');
    assert.match(entries.out, /Harbour .*click here .* reope/);

    const stories = await run(dir, 'stories', 'list');
    assert.equal(stories.code, 0, stories.err);
    assertSafe(stories.out, 'stories list');
    assert.equal(stories.out.trimEnd().split('\n').length, 3);

    const sources = await run(dir, 'sources', 'list');
    assertSafe(sources.out, 'sources list');
  });

  test('JSON Lines and JSON keep the text exactly, escaped so that the terminal sees no control', async () => {
    const dir = await hostileDesk();
    await run(dir, 'sources', 'add', 'hostile.rss', '--id', 'hostile');
    await run(dir, 'ingest');

    const jsonl = await run(dir, 'entries', 'list', '--format', 'jsonl');
    assert.equal(jsonl.code, 0, jsonl.err);
    assertSafe(jsonl.out, 'entries list --format jsonl');
    assert.doesNotMatch(jsonl.out, UNESCAPED_IN_JSON);
    const titles = jsonl.out.trimEnd().split('\n').map((line) => (JSON.parse(line) as { title: string }).title);
    assert.ok(titles.some((title) => title.includes(HYPERLINK) && title.includes(C1_CLEAR)), 'the stored title comes back whole');
    assert.ok(titles.some((title) => title.includes(RIGHT_TO_LEFT_OVERRIDE) && title.includes('\u2028')));

    for (const args of [['stories', 'list', '--format', 'jsonl'], ['sources', 'list', '--json']]) {
      const { code, out, err } = await run(dir, ...args);
      assert.equal(code, 0, err);
      assertSafe(out, args.join(' '));
      assert.doesNotMatch(out, UNESCAPED_IN_JSON);
    }
    const [source] = JSON.parse((await run(dir, 'sources', 'list', '--json')).out) as { name: string }[];
    assert.equal(source?.name, `Evil${ESC}]0;pwned${BEL} Wire`);
  });

  test('an error quoting a feed, and the last error in sources list, come out clean', async () => {
    const dir = await hostileDesk();
    // Neither XML nor JSON: the refusal quotes the start of the body.
    await writeFile(path.join(dir, 'junk.txt'), `${ESC}]0;owned${BEL}${C1_CLEAR}${RIGHT_TO_LEFT_OVERRIDE} not a feed`);
    const refused = await run(dir, 'sources', 'add', 'junk.txt');
    assert.equal(refused.code, 1);
    assert.match(refused.err, /not a valid feed/);
    assertSafe(refused.err, 'the error line');

    assert.equal((await run(dir, 'sources', 'add', 'junk.txt', '--id', 'junk', '--no-check')).code, 0);
    const ingest = await run(dir, 'ingest');
    assertSafe(ingest.out, 'the ingest summary');
    assertSafe(ingest.err, 'the ingest log');
    const list = await run(dir, 'sources', 'list');
    assert.match(list.out, /\njunk .* ingest: file:.*junk\.txt is not a/);
    assertSafe(list.out, 'sources list');
  });

  test('translations list prints a hostile headline on one row', async () => {
    const dir = await hostileDesk();
    await run(dir, 'sources', 'add', 'hostile.rss', '--id', 'hostile');
    await run(dir, 'ingest');
    const store = await openStore({ dataDir: path.join(dir, 'data'), databaseUrl: null });
    try {
      const [article] = await store.latestArticles({ limit: 1 });
      assert.ok(article);
      await store.saveTranslation(
        {
          articleId: article.id,
          targetLang: 'hi',
          articleVersion: '2026-11-28T10:00:00.000Z',
          engine: 'apertium',
          headline: `पुल ${HYPERLINK}\nखुला ${C1_CLEAR}`,
          headlineLang: null,
          translatedHeadline: null,
          headlinePolicy: 'translate',
          blocks: [],
          text: '',
          status: 'pass',
          issues: [],
          attempts: 1,
          nextAttemptAt: null,
          lastError: null,
        },
        '2026-11-28T10:00:00.000Z',
      );
    } finally {
      await store.close();
    }
    const table = await run(dir, 'translations', 'list');
    assert.equal(table.code, 0, table.err);
    assertSafe(table.out, 'translations list');
    assert.equal(table.out.trimEnd().split('\n').length, 2);
    const jsonl = await run(dir, 'translations', 'list', '--format', 'jsonl');
    assertSafe(jsonl.out, 'translations list --format jsonl');
    assert.doesNotMatch(jsonl.out, UNESCAPED_IN_JSON);
    assert.equal((JSON.parse(jsonl.out) as { headline: string }).headline, `पुल ${HYPERLINK}\nखुला ${C1_CLEAR}`);
  });
});
