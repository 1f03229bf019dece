/**
 * The demo end to end, as a reader meets it: `wiredesk demo --port 0` in its own
 * process ingests the bundled fictional sites over loopback HTTP and serves the
 * site; the test reads pages over HTTP like a browser would.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openStore } from '../../src/store/open-store.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'wiredesk.js');
const DEVANAGARI = /[\u0900-\u097F]{2,}/;

function runCli(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'pipe' });
}

function collect(child: ChildProcess): { out: () => string; err: () => string; exit: Promise<number | null> } {
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { out: () => out, err: () => err, exit };
}

async function waitFor(pattern: RegExp, text: () => string, exit: Promise<unknown>, ms = 60_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  let exited = false;
  void exit.then(() => (exited = true));
  for (;;) {
    const match = text().match(pattern);
    if (match) return match;
    if (exited || Date.now() > deadline) throw new Error(`did not see ${pattern} in output:\n${text()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function page(url: string): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, html: await response.text(), headers: response.headers };
}

function articleLinks(html: string): string[] {
  return [...html.matchAll(/href="(\/(?:en\/)?[a-z0-9-]+\/\d+-[^"]*)"/g)].map((m) => m[1] as string);
}

describe('wiredesk demo', () => {
  let child: ChildProcess;
  let output: ReturnType<typeof collect>;
  let base: string;

  before(async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wd-e2e-'));
    child = runCli(['demo', '--port', '0'], { WIREDESK_DATA_DIR: dataDir, PORT: '' });
    output = collect(child);
    base = (await waitFor(/serving .* at (http:\/\/\S+)/, output.out, output.exit))[1] as string;
  });

  after(async () => {
    if (child.exitCode === null) child.kill('SIGINT');
    await output.exit;
  });

  test('the summary reports every source ingested without failures', () => {
    assert.match(output.err(), /sources: \d+ \(\d+ fetched, 0 not modified, 0 failed\)/);
    assert.match(output.err(), /articles: \d+ built, 0 failed/);
  });

  test('the Hindi home page lists articles in sections', async () => {
    const home = await page(base);
    assert.equal(home.status, 200);
    assert.match(home.html, /<html[^>]* lang="hi"/);
    assert.ok(articleLinks(home.html).length >= 10, 'the home page links to articles');
    assert.match(home.html, /href="\/en\/"/, 'links to the English edition');
    assert.ok(home.headers.get('etag'), 'pages carry an ETag');
  });

  test('a section page and the trends section list articles', async () => {
    for (const section of ['world/', 'trends/', 'en/world/']) {
      const result = await page(new URL(section, base).href);
      assert.equal(result.status, 200, section);
      assert.ok(articleLinks(result.html).length > 0, `${section} lists articles`);
    }
  });

  test('a Hindi article page shows what a reader expects', async () => {
    const home = await page(base);
    let checked = 0;
    for (const link of articleLinks(home.html).slice(0, 30)) {
      const article = await page(new URL(link, base).href);
      assert.equal(article.status, 200, link);
      if (!/<html[^>]* lang="hi"/.test(article.html) || !/class="[^"]*dateline/.test(article.html)) continue;
      const h1 = article.html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '';
      if (!DEVANAGARI.test(h1)) continue;
      const body = article.html.match(/<article[\s\S]*<\/article>/)?.[0] ?? '';
      assert.match(body, /<p[^>]*>[^<]*[\u0900-\u097F]{2,}[\s\S]*<\/p>/, 'Devanagari body');
      assert.match(article.html, /<time[^>]* datetime="\d{4}-\d\d-\d\dT/, 'a machine-readable time');
      assert.match(article.html, /class="[^"]*syndication-notice[^"]*"[^>]*>[^<]*[\u0900-\u097F]/, 'the notice in Hindi');
      assert.match(article.html, /<a[^>]* href="#top"/, 'a back-to-top link');
      assert.doesNotMatch(body, /<script/i);
      checked++;
      if (checked >= 3) break;
    }
    assert.ok(checked >= 1, 'at least one Hindi article with a dateline and a Hindi headline was checked');
  });

  test('an English wire headline kept over a Hindi body is marked as English', async () => {
    const world = await page(new URL('world/', base).href);
    let found = 0;
    for (const link of articleLinks(world.html)) {
      const article = await page(new URL(link, base).href);
      const h1 = article.html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '';
      if (!/<html[^>]* lang="hi"/.test(article.html) || DEVANAGARI.test(h1)) continue;
      assert.match(h1, /^<span lang="en" dir="ltr">[A-Z]/, link);
      found++;
    }
    assert.ok(found >= 1, 'the demo has a Hindi article that keeps its English headline');
  });

  test('an unknown page is a real 404', async () => {
    const result = await page(new URL('no-such-section/', base).href);
    assert.equal(result.status, 404);
    assert.match(result.html, /<html/);
  });

  test('Ctrl-C stops the demo cleanly', async () => {
    child.kill('SIGINT');
    assert.equal(await output.exit, 0, output.err());
  });
});

describe('wiredesk demo --once', () => {
  test('ingests, prints a summary and exits 0; a second run adds nothing', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wd-e2e-once-'));
    const first = collect(runCli(['demo', '--once'], { WIREDESK_DATA_DIR: dataDir }));
    assert.equal(await first.exit, 0, first.err());
    const sources = Number(first.out().match(/sources: (\d+)/)?.[1]);
    const inserted = Number(first.out().match(/entries: (\d+) new/)?.[1]);
    assert.ok(sources >= 5, `at least 5 sources, got ${sources}`);
    assert.ok(inserted >= 40, `at least 40 entries, got ${inserted}`);
    assert.match(first.out(), /0 failed\)/);

    const second = collect(runCli(['demo', '--once'], { WIREDESK_DATA_DIR: dataDir }));
    assert.equal(await second.exit, 0, second.err());
    assert.match(second.out(), /entries: 0 new, 0 updated/);
    assert.match(second.out(), /articles: 0 built/);
  });
});

describe('a demo run killed mid-ingest', () => {
  test('loses nothing and duplicates nothing when run again', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wd-e2e-kill-'));
    const victim = runCli(['demo', '--once'], { WIREDESK_DATA_DIR: dataDir });
    const output = collect(victim);
    // Killed without warning as soon as the first feed is stored.
    await waitFor(/ingest \[1\/\d+\]/, output.err, output.exit);
    victim.kill('SIGKILL');
    await output.exit;

    const rerun = collect(runCli(['demo', '--once'], { WIREDESK_DATA_DIR: dataDir }));
    assert.equal(await rerun.exit, 0, rerun.err());
    const store = await openStore({ dataDir, databaseUrl: null });
    try {
      const counts = await store.counts();
      const fromFixtures = collect(runCli(['demo', '--once'], { WIREDESK_DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'wd-e2e-ref-')) }));
      assert.equal(await fromFixtures.exit, 0);
      const expected = Number(fromFixtures.out().match(/entries: (\d+) new/)?.[1]);
      assert.equal(counts.entries, expected, 'every entry stored exactly once');
      assert.equal(counts.articles, expected, 'every entry has its one article');
    } finally {
      await store.close();
    }
  });
});
