/**
 * `wiredesk translate`, `translations list` and `translations approve`
 * in-process, against the LibreTranslate stand-in on loopback (it
 * upper-cases what it is sent) and a real SQLite store.
 */
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openStore } from '../store/open-store.ts';
import { cleanArticle, feedEntry, sourceDefinition } from '../store/test-records.ts';
import { humanKey } from '../translate/human-segments.ts';
import { startLibreTranslateStandIn, type StandIn } from '../translate/engines/testdata/libretranslate-stand-in.ts';
import { captureIo } from './cli-test-io.ts';
import { main } from './main.ts';

let server: StandIn;
let dir: string;
let articleId: number;

before(async () => {
  server = await startLibreTranslateStandIn();
  dir = await mkdtemp(path.join(os.tmpdir(), 'wd-translate-cli-'));
  await writeFile(
    path.join(dir, 'wiredesk.yaml'),
    `
site: { name: Desk, baseUrl: "https://news.example.org" }
editions: [{ lang: hi, path: /, headline: keep }]
sections: [{ id: world, title: World }]
sources: [{ id: wire, name: Wire, url: https://wire.example/feed.xml, section: world, language: en }]
translation:
  engines: [{ id: libre, kind: libretranslate, url: "${server.url}", retries: 0 }]
  pairs: [{ from: en, to: hi, engine: libre }]
`,
  );
  await writeFile(path.join(dir, 'story.txt'), 'Ferries resumed at 9:30 on Monday.\n\nThe port is open.\n');
  const store = await openStore({ dataDir: path.join(dir, 'data'), databaseUrl: null });
  try {
    await store.upsertSource(sourceDefinition('wire'), 'config', '2026-03-02T08:00:00Z');
    await store.saveEntries([feedEntry('wire', 'a')], '2026-03-02T08:00:00Z');
    const [entry] = await store.entriesNeedingArticles(1);
    articleId = await store.saveArticle(cleanArticle('Harbour reopens', { blocks: [{ type: 'paragraph', content: [{ kind: 'text', text: 'The harbour reopened on Monday after the storm damaged two piers.' }] }] }), { entryId: entry!.id, sourceId: 'wire', section: 'world', slug: 'harbour' }, '2026-03-02T08:00:00Z');
  } finally {
    await store.close();
  }
});
after(() => server.close());

async function run(...args: string[]) {
  const io = captureIo(dir);
  const code = await main(['node', 'wiredesk', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

test('translate a file: the translation on stdout, the verdict and progress on stderr', async () => {
  const { code, out, err } = await run('translate', 'story.txt', '--to', 'hi', '--from', 'en');
  assert.equal(code, 0, err);
  assert.equal(out, 'FERRIES RESUMED AT 9:30 ON MONDAY.\n\nTHE PORT IS OPEN.\n');
  assert.match(err, /translate en→hi \[1\/2\]/u);
  assert.match(err, /en→hi: review \(wrong-language/u);
  const again = await run('translate', 'story.txt', '--to', 'hi', '--from', 'en');
  assert.match(again.err, /translation memory: 2 of 2 sentences/u);
});

test('translate an article, list it for review, approve it', async () => {
  const translated = await run('translate', String(articleId), '--to', 'hi');
  assert.equal(translated.code, 0, translated.err);
  assert.match(translated.out, /^translation (\d+) of article \d+ into hi: review/u);
  assert.match(translated.out, /\n\nHarbour reopens\n\nTHE HARBOUR REOPENED ON MONDAY/u);
  const id = /^translation (\d+)/u.exec(translated.out)![1]!;

  const listed = await run('translations', 'list', '--status', 'review', '--format', 'jsonl');
  assert.equal(listed.code, 0, listed.err);
  const rows = listed.out.trim().split('\n').map((line) => JSON.parse(line) as { id: number; status: string; articleId: number });
  assert.deepEqual(rows.map((r) => [r.id, r.articleId, r.status]), [[Number(id), articleId, 'review']]);
  const table = await run('translations', 'list');
  assert.match(table.out, /review .*wrong-language/u);

  assert.equal((await run('translations', 'approve', id)).code, 0);
  assert.match((await run('translations', 'list')).out, /approved/u);
  const twice = await run('translations', 'approve', id);
  assert.notEqual(twice.code, 0);
  assert.match(twice.err, /already|not held for review/u);
});

test('a pair without an engine is a usage error naming the pair', async () => {
  const { code, err } = await run('translate', 'story.txt', '--to', 'es', '--from', 'en');
  assert.equal(code, 2);
  assert.match(err, /no engine configured for en→es/u);
});

test('a reviewer\'s segment is what `translate` uses, and `translations memory` counts it', async () => {
  const store = await openStore({ dataDir: path.join(dir, 'data'), databaseUrl: null });
  try {
    await store.rememberHumanSegments({ from: 'en', to: 'hi' }, [{ key: humanKey('The port is open.'), source: 'The port is open.', output: 'बंदरगाह खुला है।' }], 'translator@desk.example', '2026-03-02T09:00:00Z');
  } finally {
    await store.close();
  }
  const again = await run('translate', 'story.txt', '--to', 'hi', '--from', 'en');
  assert.equal(again.code, 0, again.err);
  assert.equal(again.out, 'FERRIES RESUMED AT 9:30 ON MONDAY.\n\nबंदरगाह खुला है।\n');
  assert.match(again.err, /translation memory: 2 of 2 sentences, 1 from reviewers' edits/u);
  const memory = await run('translations', 'memory');
  assert.equal(memory.code, 0, memory.err);
  assert.match(memory.out, /human segments: 1 \(reviewers' post-edits, reused 1 times\)/u);
});
