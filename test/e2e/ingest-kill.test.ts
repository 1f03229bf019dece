/**
 * `kill -9` in the middle of `wiredesk ingest --all` loses nothing and
 * duplicates nothing: a real process ingests feeds served on loopback, is
 * killed while two feeds are still on their way, and a second run finishes the
 * job. The stored entries are then compared with the feeds item by item.
 *
 * The kill lands at a known point: two feeds are held by the server until the
 * test, reading the SQLite file on its own read-only connection, has seen every
 * item of the four others stored. No sleeps decide the outcome.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
// The one test that needs a driver: it reads the SQLite file of a `wiredesk` process it is about to
// kill, read-only and while that process writes. openStore would create and migrate the file itself.
// eslint-disable-next-line no-restricted-imports -- a raw read-only driver connection, see above.
import Database from 'better-sqlite3';
import { runCli, type CliProcess } from './cli-process.ts';
import { serveFeeds, type LoopbackFeed, type LoopbackFeeds } from './loopback-feeds.ts';

const SOURCE_COUNT = 6;
const ITEMS_PER_FEED = 50;
/** Fewer than the pass's four lanes, so the other feeds still go through while these wait. */
const HELD_SOURCES = new Set(['desk-4', 'desk-5']);
/** How often the test looks at the database while it waits for the victim. */
const POLL_MS = 25;
const WAIT_MS = 20_000;

interface FixtureItem {
  sourceId: string;
  guid: string;
  title: string;
}

interface FixtureFeed {
  sourceId: string;
  items: FixtureItem[];
  feed: LoopbackFeed;
}

const HINDI_LINES = [
  'नगर निगम ने नई जल योजना के लिए समिति बनाई है।',
  'किसानों ने मंडी में फ़सल के दाम पर चर्चा की।',
  'ज़िला अस्पताल में नया वार्ड अगले महीने खुलेगा।',
];
const ENGLISH_LINES = [
  'The harbour board approved a second ferry route after a long public hearing.',
  'Teachers in the valley district said the new timetable leaves more time for reading.',
  'The river authority will publish its flood maps before the monsoon session.',
];

function itemOf(sourceId: string, index: number, hindi: boolean): FixtureItem {
  const title = hindi ? `${sourceId} समाचार ${index + 1}: शहर की ख़बर` : `${sourceId} bulletin ${index + 1}: news from the valley`;
  return { sourceId, guid: `urn:wiredesk-test:${sourceId}:${index + 1}`, title };
}

function itemXml(item: FixtureItem, index: number, hindi: boolean, base: Date): string {
  const lines = hindi ? HINDI_LINES : ENGLISH_LINES;
  const paragraphs = lines.map((line, n) => `<p>${line} (${index + 1}.${n + 1})</p>`).join('');
  const published = new Date(base.getTime() - index * 3_600_000).toUTCString();
  return `<item>
  <title>${item.title}</title>
  <link>http://${item.sourceId}.example/story/${index + 1}</link>
  <guid isPermaLink="false">${item.guid}</guid>
  <pubDate>${published}</pubDate>
  <content:encoded><![CDATA[${paragraphs}]]></content:encoded>
</item>`;
}

/** An RSS 2.0 feed per source, Hindi for even sources and English for odd ones. */
function fixtureFeeds(gates: Map<string, Promise<void>>): FixtureFeed[] {
  const base = new Date(Date.UTC(2026, 10, 20, 12));
  return Array.from({ length: SOURCE_COUNT }, (_, s) => {
    const sourceId = `desk-${s}`;
    const hindi = s % 2 === 0;
    const items = Array.from({ length: ITEMS_PER_FEED }, (_, i) => itemOf(sourceId, i, hindi));
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>${sourceId}</title><link>http://${sourceId}.example/</link><description>test desk</description>
${items.map((item, i) => itemXml(item, i, hindi, base)).join('\n')}
</channel></rss>`;
    const gate = gates.get(sourceId);
    const feed: LoopbackFeed = { path: `/${sourceId}.rss`, body: Buffer.from(xml), contentType: 'application/rss+xml', ...(gate ? { gate } : {}) };
    return { sourceId, items, feed };
  });
}

function configYaml(feeds: readonly FixtureFeed[], urls: readonly string[]): string {
  const sources = feeds
    .map((f, i) => `  - { id: ${f.sourceId}, name: "Desk ${i}", url: "${urls[i]}", section: world, language: ${i % 2 === 0 ? 'hi' : 'en'} }`)
    .join('\n');
  return `site: { name: Kill Test AppContext, baseUrl: "http://ctx.example/" }
editions: [{ lang: hi, path: / }, { lang: en, path: /en/ }]
sections: [{ id: world, title: World }]
dataDir: ./data
sources:
${sources}
`;
}

/** Entries stored per source, read on a connection of the test's own; empty while the file is not there yet. */
function storedCounts(databaseFile: string): Map<string, number> {
  if (!existsSync(databaseFile)) return new Map();
  let db: Database.Database | undefined;
  try {
    db = new Database(databaseFile, { readonly: true, fileMustExist: true });
    const rows = db.prepare('SELECT source_id AS sourceId, count(*) AS n FROM entries GROUP BY source_id').all() as { sourceId: string; n: number }[];
    return new Map(rows.map((r) => [r.sourceId, r.n]));
  } catch {
    // Created but not migrated yet, or locked for a moment by the writer: look again.
    return new Map();
  } finally {
    db?.close();
  }
}

function inKeyOrder(items: readonly FixtureItem[]): FixtureItem[] {
  const key = (item: FixtureItem): string => `${item.sourceId}\u0000${item.guid}`;
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

async function waitUntil(condition: () => boolean, victim: CliProcess, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!condition()) {
    if (victim.child.exitCode !== null) throw new Error(`the ingest exited before ${what}:\n${victim.err()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${victim.err()}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

describe('wiredesk ingest killed mid-run', () => {
  let dir = '';
  let server: LoopbackFeeds;
  let feeds: FixtureFeed[];
  let openGates: () => void = () => {};

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'wd-ingest-kill-'));
    const opened = new Promise<void>((resolve) => (openGates = resolve));
    feeds = fixtureFeeds(new Map([...HELD_SOURCES].map((id) => [id, opened])));
    server = await serveFeeds(feeds.map((f) => f.feed));
    await writeFile(path.join(dir, 'wiredesk.yaml'), configYaml(feeds, server.urls));
  });

  after(async () => {
    openGates();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('a second run stores every item exactly once and builds every article', async () => {
    // The feeds are on loopback, which the fetcher refuses unless allowed.
    const env = { WIREDESK_FETCH_ALLOW: '127.0.0.1', WIREDESK_DATA_DIR: '', DATABASE_URL: '' };
    const databaseFile = path.join(dir, 'data', 'wiredesk.sqlite');
    const unheld = feeds.filter((f) => !HELD_SOURCES.has(f.sourceId));

    const victim = runCli(['ingest', '--all'], { cwd: dir, env });
    await waitUntil(
      () => {
        const counts = storedCounts(databaseFile);
        return unheld.every((f) => counts.get(f.sourceId) === f.items.length);
      },
      victim,
      'the feeds that are not held to be stored',
    );
    victim.child.kill('SIGKILL');
    assert.equal(await victim.exit, null, 'the first run was killed, not finished');
    const afterKill = storedCounts(databaseFile);
    for (const id of HELD_SOURCES) assert.equal(afterKill.get(id) ?? 0, 0, `${id} was still on its way when the run died`);

    openGates();
    const rerun = runCli(['ingest', '--all'], { cwd: dir, env });
    assert.equal(await rerun.exit, 0, rerun.err());
    const heldItems = feeds.filter((f) => HELD_SOURCES.has(f.sourceId)).reduce((n, f) => n + f.items.length, 0);
    const allItems = SOURCE_COUNT * ITEMS_PER_FEED;
    assert.match(rerun.out(), new RegExp(`entries: ${heldItems} new, 0 updated, ${allItems - heldItems} unchanged`));
    assert.match(rerun.out(), new RegExp(`articles: ${allItems} built, 0 failed`));

    const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
    try {
      const stored = db.prepare('SELECT source_id AS sourceId, guid, title FROM entries').all() as FixtureItem[];
      const expected = feeds.flatMap((f) => f.items);
      assert.deepEqual(inKeyOrder(stored), inKeyOrder(expected), 'every item of every feed stored exactly once, none missing, none extra');

      const withoutArticle = db
        .prepare(
          `SELECT count(*) AS n FROM entries e
           WHERE (SELECT count(*) FROM articles a WHERE a.entry_id = e.id AND a.entry_hash = e.content_hash) <> 1`,
        )
        .get() as { n: number };
      assert.equal(withoutArticle.n, 0, 'every entry has exactly one article, built from its current content');
      const articles = db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
      assert.equal(articles.n, allItems, 'no article left over from the killed run');
    } finally {
      db.close();
    }
  });
});
