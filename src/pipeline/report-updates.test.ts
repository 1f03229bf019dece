/**
 * A wire that sends an update as a new item, end to end over loopback HTTP
 * and a real store: after the second fetch the site lists only the update
 * (and the wire's separate sidebar), the update's page links the earlier
 * version, and the earlier version's page still answers and points to the
 * update.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseConfig } from '../config/load-config.ts';
import { startServer, type LoopbackServer } from '../ingest/testdata/loopback-server.ts';
import { createSiteApp } from '../site/site-app.tsx';
import { attr, parsePage, textOf } from '../site/testdata/html-query.ts';
import { WIRE_FIRST, WIRE_SIDEBAR, WIRE_UPDATE, type VersionedReport } from '../stories/testdata/versioned-reports.ts';
import type { Store } from '../store/store.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { runIngestPass } from './ingest-pass.ts';
import { silentLogger, type PipelineContext } from './pipeline-context.ts';
import { syncConfigSources } from './sync-sources.ts';

const NOW = new Date('2026-05-14T18:00:00Z');

function rssItem(report: VersionedReport): string {
  const paragraphs = report.text.split('\n\n').map((p) => `<p>${p}</p>`).join('');
  return (
    `<item><guid isPermaLink="false">${report.id}</guid><title>${report.headline}</title>` +
    `<link>https://wire.example.org/${report.id}</link><pubDate>${new Date(report.published).toUTCString()}</pubDate>` +
    `<content:encoded><![CDATA[${paragraphs}]]></content:encoded></item>`
  );
}

function rss(reports: VersionedReport[]): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">' +
    `<channel><title>Valley Wire</title><link>https://wire.example.org/</link>${reports.map(rssItem).join('')}</channel></rss>`
  );
}

/** What the wire's feed carries now: the first take, later with the sidebar and the update added. */
let feed = rss([WIRE_FIRST]);
let server: LoopbackServer;

before(async () => {
  server = await startServer((_, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed));
});
after(() => server.close());

function contextFor(store: Store): PipelineContext {
  const config = parseConfig(
    `
dataDir: "${mkdtempSync(path.join(os.tmpdir(), 'wd-updates-'))}"
# Served on loopback, which the fetcher refuses unless allowed.
fetch: { allow: [127.0.0.1], timeoutMs: 5000, perHost: { delayMs: 0 } }
site: { name: Valley Desk, baseUrl: "http://localhost" }
editions: [{ lang: en, path: / }]
sections: [{ id: world, title: World }]
sources:
  - { id: wire, name: Valley Wire, url: "${server.url('/wire.rss')}", section: world, language: en, fullText: feed }
`,
    { file: null, env: {} },
  );
  return { config, store, now: () => NOW, log: silentLogger, random: () => 0 };
}

async function html(app: ReturnType<typeof createSiteApp>, href: string): Promise<string> {
  const res = await app.request(href);
  assert.equal(res.status, 200, `GET ${href}`);
  return res.text();
}

for (const dialect of testDialects) {
  void describe(`a wire's update sent as a new item, on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    test('the site lists the update only, links the earlier version from it, and keeps the earlier page', async () => {
      const store = await database().open();
      const ctx = contextFor(store);
      await syncConfigSources(ctx);
      feed = rss([WIRE_FIRST]);
      await runIngestPass(ctx, { select: 'all' });
      feed = rss([WIRE_FIRST, WIRE_SIDEBAR, WIRE_UPDATE]);
      const second = await runIngestPass(ctx, { select: 'all' });
      assert.equal(second.entries.inserted, 2, 'the update came as a new item, not a change to the first');

      const app = createSiteApp({ config: ctx.config, store, mediaDir: ctx.config.dataDir, now: () => NOW });
      const home = parsePage(await html(app, '/'));
      const headlines = home.all('h3', { class: 'teaser-title' }).map(textOf);
      assert.ok(headlines.includes(WIRE_UPDATE.headline), `the update is listed: ${headlines.join(' | ')}`);
      assert.ok(!headlines.includes(WIRE_FIRST.headline), 'the earlier version is not listed');
      const section = parsePage(await html(app, '/world/'));
      const sectionHeadlines = section.all('h2', { class: 'teaser-title' }).map(textOf);
      assert.ok(sectionHeadlines.includes(WIRE_SIDEBAR.headline), 'the sidebar is a report of its own and stays listed');
      assert.ok(!sectionHeadlines.includes(WIRE_FIRST.headline));

      const versions = await store.articleVersions((await store.latestArticles({ limit: 10 }))[0]?.id ?? 0);
      const [first, update] = versions;
      assert.ok(first && update && versions.length === 2, 'two versions of the report are stored');
      const updatePage = parsePage(await html(app, `/world/${update.id}-${update.slug}`));
      const note = updatePage.within(updatePage.one('aside', { class: 'version-note' }));
      assert.match(textOf(note.one('p')), /updated/);
      const earlierLink = note.one('a');
      assert.equal(textOf(earlierLink), WIRE_FIRST.headline);
      assert.equal(attr(earlierLink, 'href'), `/world/${first.id}-${first.slug}`);

      const firstPage = parsePage(await html(app, attr(earlierLink, 'href') ?? ''));
      assert.equal(textOf(firstPage.one('h1')), WIRE_FIRST.headline, 'the earlier version still has its page');
      const pointer = firstPage.one('p', { class: 'version-note' });
      assert.match(textOf(pointer), /newer version/);
      assert.equal(attr(firstPage.within(pointer).one('a'), 'href'), `/world/${update.id}-${update.slug}`);
    });
  });
}
