import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parseOpml } from '../ingest/opml.ts';
import { captureIo } from './cli-test-io.ts';
import { main } from './main.ts';

const OPML_TESTDATA = path.join(import.meta.dirname, '..', 'ingest', 'testdata');
const FEED = path.join(import.meta.dirname, 'testdata', 'wire.rss');

async function run(cwd: string, ...args: string[]) {
  const io = captureIo(cwd);
  const code = await main(['node', 'wiredesk', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** A fresh desk (`wiredesk init`) with the given OPML fixtures copied beside it. */
async function desk(...fixtures: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-opml-cli-'));
  assert.equal((await run(dir, 'init')).code, 0);
  for (const name of fixtures) await copyFile(path.join(OPML_TESTDATA, name), path.join(dir, name));
  return dir;
}

interface ListedSource {
  id: string;
  name: string;
  url: string;
  section: string;
  language: string;
  origin: string;
  entriesPerDay: number;
}

async function listed(dir: string): Promise<ListedSource[]> {
  const { code, out, err } = await run(dir, 'sources', 'list', '--json');
  assert.equal(code, 0, err);
  return JSON.parse(out) as ListedSource[];
}

describe('wiredesk sources import', () => {
  test('adds the feeds of an OPML file, filing each under the section its folder names', async () => {
    const dir = await desk('subscriptions.opml');
    const { code, out, err } = await run(dir, 'sources', 'import', 'subscriptions.opml');
    assert.equal(code, 0, err);
    assert.match(out, /subscriptions\.opml: 4 added\n$/);
    assert.match(err, /outline "A bookmark, not a feed" has no xmlUrl; skipped/);
    const sources = await listed(dir);
    assert.deepEqual(
      sources.map((s) => [s.id, s.section, s.name, s.origin, s.language]).sort(),
      [
        ['harbour-gazette-world', 'world', 'Harbour Gazette — World', 'cli', 'auto'],
        ['lotus-wire-asia', 'world', 'Lotus Wire & Asia', 'cli', 'auto'],
        ['maidan-samachar', 'sports', 'मैदान समाचार', 'cli', 'auto'],
        ['tram-ferry-times-city', 'world', 'Tram & Ferry Times — city', 'cli', 'auto'],
      ],
    );
    assert.equal(sources.find((s) => s.id === 'lotus-wire-asia')?.url, 'https://lotus-wire.example/asia?format=rss&edition=in');
  });

  test('skips feeds already present, reporting how many', async () => {
    const dir = await desk('subscriptions.opml');
    await run(dir, 'sources', 'import', 'subscriptions.opml');
    const again = await run(dir, 'sources', 'import', 'subscriptions.opml');
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /subscriptions\.opml: 0 added, 4 skipped \(already present\)/);
    assert.equal((await listed(dir)).length, 4);
  });

  test('--section places unfiled feeds, --pin-lang takes the OPML languages, --dry-run writes nothing', async () => {
    const dir = await desk('subscriptions.opml');
    const dry = await run(dir, 'sources', 'import', 'subscriptions.opml', '--dry-run');
    assert.match(dry.out, /would add tram-ferry-times-city \(world\)/);
    assert.match(dry.out, /4 would be added; nothing was changed/);
    assert.equal((await listed(dir)).length, 0);

    const { code, err } = await run(dir, 'sources', 'import', 'subscriptions.opml', '--section', 'business', '--pin-lang');
    assert.equal(code, 0, err);
    const byId = new Map((await listed(dir)).map((s) => [s.id, s]));
    assert.equal(byId.get('tram-ferry-times-city')?.section, 'business');
    assert.equal(byId.get('harbour-gazette-world')?.section, 'world', 'a folder naming a section wins over --section');
    assert.equal(byId.get('harbour-gazette-world')?.language, 'en');
    assert.equal(byId.get('maidan-samachar')?.language, 'hi');
    assert.equal(byId.get('lotus-wire-asia')?.language, 'auto');
  });

  test('a broken or hostile file exits 1 naming the file and the problem, and adds nothing', async () => {
    const dir = await desk('external-entity.opml', 'billion-laughs.opml');
    const missing = await run(dir, 'sources', 'import', 'nowhere.opml');
    assert.equal(missing.code, 1);
    assert.match(missing.err, /sources import: nowhere\.opml: no such file/);
    for (const file of ['external-entity.opml', 'billion-laughs.opml']) {
      const refused = await run(dir, 'sources', 'import', file);
      assert.equal(refused.code, 1);
      assert.match(refused.err, new RegExp(`opml: ${file.replace('.', '\\.')} declares DTD entities`));
    }
    const notOpml = await run(dir, 'sources', 'import', 'wiredesk.yaml');
    assert.equal(notOpml.code, 1);
    assert.match(notOpml.err, /opml: wiredesk\.yaml is not well-formed XML/);
    assert.equal((await listed(dir)).length, 0);
    const badSection = await run(dir, 'sources', 'import', 'nowhere.opml', '--section', 'x');
    assert.equal(badSection.code, 1, 'the file is read before the options are checked against the configuration');
  });
});

describe('wiredesk sources export', () => {
  test('prints every source as OPML with its section as a folder, which imports again unchanged', async () => {
    const dir = await desk('subscriptions.opml');
    await run(dir, 'sources', 'import', 'subscriptions.opml', '--pin-lang');
    await copyFile(FEED, path.join(dir, 'wire.rss'));
    assert.equal((await run(dir, 'sources', 'add', 'wire.rss', '--section', 'business')).code, 0);
    const yaml = path.join(dir, 'wiredesk.yaml');
    const configured = '\n  - { id: coast-wire, name: Coast Wire, url: "https://coast-wire.example/rss", section: india }\n';
    await writeFile(yaml, (await readFile(yaml, 'utf8')).replace('sources: []', `sources:${configured}`));

    const exported = await run(dir, 'sources', 'export');
    assert.equal(exported.code, 0, exported.err);
    const doc = parseOpml(exported.out, 'export');
    assert.equal(doc.title, 'My News Desk: sources');
    assert.deepEqual(
      doc.outlines.map((o) => [o.folders.join('/'), o.text, o.language]),
      [
        ['दुनिया', 'Harbour Gazette — World', 'en'],
        ['दुनिया', 'Lotus Wire & Asia', null],
        ['दुनिया', 'Tram & Ferry Times — city', null],
        ['देश', 'Coast Wire', null],
        ['कारोबार', 'Test Wire', null],
        ['खेल', 'मैदान समाचार', 'hi'],
      ],
    );

    const written = await run(dir, 'sources', 'export', '--output', 'ctx.opml');
    assert.equal(written.code, 0, written.err);
    // The same document, but for the moment each export was made.
    const withoutDate = (opml: string) => opml.replace(/<dateCreated>[^<]*<\/dateCreated>/, '');
    assert.equal(withoutDate(await readFile(path.join(dir, 'ctx.opml'), 'utf8')), withoutDate(exported.out));

    const other = await desk();
    await copyFile(path.join(dir, 'ctx.opml'), path.join(other, 'ctx.opml'));
    const imported = await run(other, 'sources', 'import', 'ctx.opml', '--pin-lang');
    assert.equal(imported.code, 0, imported.err);
    assert.match(imported.err, /feed "wire\.rss" is not an http\(s\) address; skipped/);
    const summary = (list: ListedSource[]) => list.map((s) => [s.url, s.section, s.language]).sort();
    const original = (await listed(dir)).filter((s) => s.url.startsWith('https:'));
    assert.deepEqual(summary(await listed(other)), summary(original));
  });
});
