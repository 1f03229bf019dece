/**
 * The demo end to end, as a reader meets it: `wiredesk demo --port 0` in its own
 * process ingests the bundled fictional sites over loopback HTTP and serves the
 * site; the test reads pages over HTTP like a browser would.
 */
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openStore } from '../../src/store/open-store.ts';
import { articleLinks, fetchPage as page, runCli, servingUrl, waitFor, type CliProcess } from './cli-process.ts';
import { demoOnce, type DemoOnce } from './demo-once.ts';

const DEVANAGARI = /[\u0900-\u097F]{2,}/;

describe('wiredesk demo', () => {
  let output: CliProcess;
  let base: string;

  before(async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wd-e2e-'));
    output = runCli(['demo', '--port', '0'], { env: { WIREDESK_DATA_DIR: dataDir, PORT: '' } });
    base = await servingUrl(output);
  });

  after(async () => {
    await output.interrupt();
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
    // Copies are listed once, so the articles are gathered from the section and from the full coverage of its stories.
    const world = await page(new URL('world/', base).href);
    const links = new Set(articleLinks(world.html));
    for (const [, story] of world.html.matchAll(/href="(\/story\/[^"]+)"/g)) {
      for (const link of articleLinks((await page(new URL(story ?? '', base).href)).html)) links.add(link);
    }
    let found = 0;
    for (const link of links) {
      const article = await page(new URL(link, base).href);
      const h1 = article.html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '';
      if (!/<html[^>]* lang="hi"/.test(article.html) || DEVANAGARI.test(h1)) continue;
      assert.match(h1, /^<span lang="en" dir="ltr">[A-Z]/, link);
      found++;
    }
    assert.ok(found >= 1, 'the demo has a Hindi article that keeps its English headline');
  });

  test('summary-only feeds get their text from the pages, without the pages\' furniture', async () => {
    // सांध्य दीप (sports, `fullText: auto`) and Deccan Ledger (business, `fullText: page`) put only a summary in their feeds.
    const furniture = /विज्ञापन|ऊपर जाएँ|यह भी पढ़ें|शेयर करें|कुकीज़|टिप्पणियाँ|Advertisement|Back to top|Also read|Share this|cookies|Newsletter/i;
    for (const [section, source] of [['sports/', 'सांध्य दीप'], ['en/business/', 'Deccan Ledger']] as const) {
      const list = await page(new URL(section, base).href);
      let checked = 0;
      for (const link of articleLinks(list.html)) {
        const article = await page(new URL(link, base).href);
        if (!article.html.includes(source)) continue;
        const body = article.html.match(/<div class="article-body">[\s\S]*?<\/div>/)?.[0] ?? '';
        assert.ok((body.match(/<p>/g) ?? []).length >= 3, `${link}: the page's paragraphs, not the feed's one-line summary`);
        assert.doesNotMatch(body, furniture, `${link}: furniture of the source page`);
        checked++;
      }
      assert.ok(checked >= 2, `${source}: articles checked`);
    }
  });

  test('the Seoul shipping story groups its syndicated copies, with full coverage', async () => {
    const api = await page(new URL('api/stories?sort=recent&limit=200', base).href);
    const { stories } = JSON.parse(api.html) as { stories: { path: string; title: string }[] };
    const seoul = stories.filter((s) => /Asia-Pacific .*shipping emissions|सियोल .*उत्सर्जन/.test(s.title));
    const pages = await Promise.all(seoul.map((s) => page(new URL(s.path.slice(1), base).href)));
    const sourcesOf = (html: string) => [...html.matchAll(/<h4>([^<]+)<\/h4>/g)].map((m) => m[1]);
    const wire = pages.find((p) => /<h1[^>]*>Fourteen Asia-Pacific/.test(p.html));
    assert.ok(wire, 'the wire story has a full-coverage page');
    for (const name of ['Meridian Wire', 'The Northline Post', 'Deccan Ledger']) assert.ok(sourcesOf(wire.html).includes(name), name);
    // The Hindi versions are translations, not copies: they join the one story across languages.
    for (const name of ['दैनिक संवाद', 'ख़बर सेतु']) assert.ok(sourcesOf(wire.html).includes(name), `${name} is in the wire story's full coverage`);
    assert.equal(seoul.length, 1, 'the Seoul event is one story in both languages');
    const home = await page(new URL('en/', base).href);
    assert.equal(home.html.match(/>Fourteen Asia-Pacific nations sign pact/g)?.length, 1, 'one card for the story');
    // Each name is isolated in <bdi> (a name in another script must not reorder the sentence).
    assert.match(home.html.replace(/<\/?bdi>/g, ''), /Also published by (The Northline Post, Deccan Ledger|Deccan Ledger, The Northline Post)/);
  });

  test('the wire\'s Lahaul update, sent as a new item, replaces the first take on the site and keeps it as history', async () => {
    const api = await page(new URL('api/stories?sort=recent&limit=200', base).href);
    const { stories } = JSON.parse(api.html) as { stories: { path: string; title: string }[] };
    const lahaul = stories.find((s) => s.title.startsWith('UPDATE 1-Last stranded tourists leave Lahaul'));
    assert.ok(lahaul, 'the story is named by its current version');
    const story = await page(new URL(`en${lahaul.path}`, base).href);
    const update = /<a href="([^"]+)">UPDATE 1-Last stranded tourists/.exec(story.html)?.[1];
    assert.ok(update, 'the full coverage links the update');
    assert.match(story.html, /class="version-list"[^>]*>[\s\S]*?earlier version[\s\S]*?Over 400 tourists rescued/, 'with the first take beneath it');

    const section = await page(new URL(update.replace(/[^/]+$/, ''), base).href);
    assert.match(section.html, />UPDATE 1-Last stranded tourists/);
    assert.doesNotMatch(section.html, />Over 400 tourists rescued/, 'the section lists the current version only');

    const current = await page(new URL(update, base).href);
    const earlier = /<aside class="version-note"[\s\S]*?<a href="([^"]+)"[^>]*>Over 400 tourists rescued/.exec(current.html)?.[1];
    assert.ok(earlier, 'the update links its earlier version');
    const first = await page(new URL(earlier, base).href);
    assert.equal(first.status, 200, 'the first take keeps its page');
    assert.match(first.html, /A newer version of this report has been published:<\/strong>[\s\S]*?UPDATE 1-Last stranded/);
  });

  test('an unknown page is a real 404', async () => {
    const result = await page(new URL('no-such-section/', base).href);
    assert.equal(result.status, 404);
    assert.match(result.html, /<html/);
  });

  test('Ctrl-C stops the demo cleanly', async () => {
    assert.equal(await output.interrupt(), 0, output.err());
  });
});

describe('wiredesk demo --once', () => {
  // The run the other demo tests share (demo-once.ts): a first run from an empty data directory.
  let first: DemoOnce;
  before(async () => {
    first = await demoOnce();
  });
  /** How many entries a whole run from the bundled sites stores. */
  const entriesOfOneRun = () => Number(first.out.match(/entries: (\d+) new/)?.[1]);

  test('ingests, prints a summary and exits 0; a second run adds nothing', async () => {
    assert.equal(first.exitCode, 0, first.err);
    const sources = Number(first.out.match(/sources: (\d+)/)?.[1]);
    assert.ok(sources >= 5, `at least 5 sources, got ${sources}`);
    assert.ok(entriesOfOneRun() >= 40, `at least 40 entries, got ${entriesOfOneRun()}`);
    assert.match(first.out, /0 failed\)/);

    const second = runCli(['demo', '--once'], { env: { WIREDESK_DATA_DIR: first.dataDir } });
    assert.equal(await second.exit, 0, second.err());
    assert.match(second.out(), /entries: 0 new, 0 updated/);
    assert.match(second.out(), /articles: 0 built/);
  });

  test('killed mid-ingest, a run loses nothing and duplicates nothing when run again', async () => {
    const killedDir = await mkdtemp(path.join(os.tmpdir(), 'wd-e2e-kill-'));
    const victim = runCli(['demo', '--once'], { env: { WIREDESK_DATA_DIR: killedDir } });
    // Killed without warning as soon as the first feed is stored.
    await waitFor(/ingest \[1\/\d+\]/, victim.err, victim.exit);
    victim.child.kill('SIGKILL');
    await victim.exit;

    const rerun = runCli(['demo', '--once'], { env: { WIREDESK_DATA_DIR: killedDir } });
    assert.equal(await rerun.exit, 0, rerun.err());
    const store = await openStore({ dataDir: killedDir, databaseUrl: null });
    try {
      const counts = await store.counts();
      // The same count as a run that was never interrupted.
      assert.equal(counts.entries, entriesOfOneRun(), 'every entry stored exactly once');
      assert.equal(counts.articles, entriesOfOneRun(), 'every entry has its one article');
    } finally {
      await store.close();
    }
  });
});
