/**
 * A wire that cancels, embargoes and updates its items, end to end: a ninjs
 * feed served over loopback HTTP, real ingest passes into a real store, and
 * the site answering from it. After the pass that reads the cancellation the
 * article's address answers 410 and it is gone from the lists; an embargoed
 * item appears when its time comes, with no pass in between; a wire update
 * keeps the headline staff rewrote.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseConfig } from '../config/load-config.ts';
import { editArticle } from '../desk/article-edits.ts';
import { startServer, type LoopbackServer } from '../ingest/testdata/loopback-server.ts';
import { createSiteApp } from '../site/site-app.tsx';
import { getPage, teaserTitles } from '../site/testdata/html-query.ts';
import type { Store } from '../store/store.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { runIngestPass } from './ingest-pass.ts';
import { silentLogger, type PipelineContext } from './pipeline-context.ts';
import { syncConfigSources } from './sync-sources.ts';

const NOW = new Date('2026-05-14T18:00:00Z');
const HOUR = 3_600_000;

interface Item {
  uri: string;
  headline: string;
  body: string;
  pubstatus?: string;
  embargoed?: string;
}

const BRIDGE: Item = { uri: 'urn:wire:bridge', headline: 'River bridge opens to traffic', body: 'The new river bridge opened to traffic on Thursday after four years of work.' };
const DAM: Item = { uri: 'urn:wire:dam', headline: 'Dam inspection finds cracks', body: 'Inspectors found cracks in the spillway of the northern dam on Thursday.' };
const BUDGET: Item = { uri: 'urn:wire:budget', headline: 'City budget doubles road spending', body: 'The city council doubled its road budget in a vote on Thursday evening.' };

function ninjs(items: Item[]): string {
  return JSON.stringify({
    items: items.map((item, i) => ({
      uri: item.uri,
      type: 'text',
      language: 'en',
      versioncreated: new Date(NOW.getTime() - (3 - i) * HOUR).toISOString(),
      headline: item.headline,
      body_text: item.body,
      ...(item.pubstatus ? { pubstatus: item.pubstatus } : {}),
      ...(item.embargoed ? { embargoed: item.embargoed } : {}),
    })),
  });
}

let feed = ninjs([BRIDGE, DAM]);
let server: LoopbackServer;

before(async () => {
  server = await startServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(feed));
});
after(() => server.close());

function contextFor(store: Store, now = NOW): PipelineContext {
  const config = parseConfig(
    `
dataDir: "${mkdtempSync(path.join(os.tmpdir(), 'wd-cancel-'))}"
fetch: { allow: [127.0.0.1], timeoutMs: 5000, perHost: { delayMs: 0 } }
site: { name: River Desk, baseUrl: "http://localhost" }
editions: [{ lang: en, path: / }]
sections: [{ id: world, title: World }]
sources:
  - { id: wire, name: River Wire, url: "${server.url('/wire.json')}", format: ninjs, section: world, language: en }
`,
    { file: null, env: {} },
  );
  return { config, store, now: () => now, log: silentLogger, random: () => 0 };
}

for (const dialect of testDialects) {
  void describe(`a wire's cancellations, embargoes and updates, on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    async function setUp() {
      const store = await database().open();
      const ctx = contextFor(store);
      await syncConfigSources(ctx);
      const site = (at = NOW) => createSiteApp({ config: ctx.config, store, mediaDir: ctx.config.dataDir, now: () => at });
      const bridgeId = async () => (await store.listArticleStates({ at: NOW.toISOString(), limit: 10 })).find((a) => a.headline === BRIDGE.headline)!.id;
      return { store, ctx, site, bridgeId };
    }

    test('a cancelled item is killed on the next pass: its page answers 410 and it leaves the lists; usable again, it is back', async () => {
      const { store, ctx, site, bridgeId } = await setUp();
      feed = ninjs([BRIDGE, DAM]);
      await runIngestPass(ctx, { select: 'all' });
      const id = await bridgeId();
      await getPage(site(), `/world/${id}`, 301);
      assert.ok(teaserTitles((await getPage(site(), '/')).page).includes(BRIDGE.headline));

      feed = ninjs([{ ...BRIDGE, pubstatus: 'canceled' }, DAM]);
      const pass = await runIngestPass(ctx, { select: 'all' });
      assert.equal(pass.entries.updated, 1);
      const gone = await site().request(`/world/${id}-river-bridge-opens-to-traffic`);
      assert.equal(gone.status, 410);
      const home = await getPage(site(), '/');
      assert.ok(!home.html.includes(BRIDGE.headline), 'gone from the home page');
      assert.ok(teaserTitles(home.page).includes(DAM.headline));
      const stories = (await (await site().request('/api/stories')).json()) as { stories: { title: string }[] };
      assert.ok(!JSON.stringify(stories).includes(BRIDGE.headline), 'gone from /api/stories');
      const killed = await store.getArticle(id);
      assert.deepEqual(killed?.killed, { at: NOW.toISOString(), by: 'wire:wire', reason: 'River Wire (wire) cancelled this item' });
      assert.equal(killed?.headline, BRIDGE.headline, 'the text is kept for the desk');

      const [kill] = await store.listAudit({ actions: ['kill'], limit: 5 });
      assert.deepEqual(
        kill && [kill.actor, kill.actorUserId, kill.objectType, kill.objectId, kill.before, kill.after, kill.reason],
        ['wire:wire', null, 'article', String(id), { status: 'published' }, { status: 'killed', revision: 1 }, 'River Wire (wire) cancelled this item'],
        'the wire\'s kill is in the audit log',
      );

      feed = ninjs([{ ...BRIDGE, pubstatus: 'usable' }, DAM]);
      await runIngestPass(ctx, { select: 'all' });
      assert.equal((await site().request(`/world/${id}-river-bridge-opens-to-traffic`)).status, 200, 'the wire lifted its own cancellation');
      const audited = await store.listAudit({ actions: ['kill', 'restore'], limit: 5 });
      assert.deepEqual(audited.map((e) => [e.action, e.actor, e.objectId]), [['restore', 'wire:wire', String(id)], ['kill', 'wire:wire', String(id)]]);
      await runIngestPass(ctx, { select: 'all' });
      assert.equal((await store.listAudit({ actions: ['kill', 'restore'], limit: 5 })).length, 2, 'a pass that changes nothing records nothing');
    });

    test('an embargoed item stays off the site until its time, then appears without a pass, and joins a story on the next', async () => {
      const { store, ctx, site } = await setUp();
      feed = ninjs([BRIDGE, DAM, { ...BUDGET, embargoed: new Date(NOW.getTime() + HOUR).toISOString() }]);
      await runIngestPass(ctx, { select: 'all' });
      const budget = (await store.listArticleStates({ status: 'embargoed', at: NOW.toISOString(), limit: 5 }))[0];
      assert.equal(budget?.headline, BUDGET.headline);
      assert.equal((await site().request(`/world/${budget.id}-city-budget-doubles-road-spending`)).status, 404);
      assert.ok(!(await getPage(site(), '/')).html.includes(BUDGET.headline));
      assert.equal((await store.storyMemberships([budget.id])).size, 0, 'no story holds it');

      const [embargo] = await store.listAudit({ actions: ['embargo'], limit: 5 });
      assert.deepEqual(
        embargo && [embargo.actor, embargo.objectId, embargo.after, embargo.reason],
        ['wire:wire', String(budget.id), { embargoedUntil: new Date(NOW.getTime() + HOUR).toISOString() }, `embargoed by the wire until ${new Date(NOW.getTime() + HOUR).toISOString()}`],
        'the audit log says until when',
      );

      const later = new Date(NOW.getTime() + 2 * HOUR);
      await getPage(site(later), `/world/${budget.id}-city-budget-doubles-road-spending`);
      assert.ok(teaserTitles((await getPage(site(later), '/')).page).includes(BUDGET.headline));
      await runIngestPass({ ...contextFor(store, later), config: ctx.config }, { select: 'all' });
      assert.equal((await store.storyMemberships([budget.id])).size, 1);
    });

    test('a wire update keeps the headline staff rewrote, takes the new body, and records what it held back', async () => {
      const { store, ctx, bridgeId } = await setUp();
      feed = ninjs([BRIDGE]);
      await runIngestPass(ctx, { select: 'all' });
      const id = await bridgeId();
      await editArticle(store, id, { headline: 'Bridge over the river opens' }, { actor: 'asha@desk.example', expectedRevision: 0, now: NOW, sections: ['world'] });

      feed = ninjs([{ ...BRIDGE, headline: 'River bridge opens to all traffic', body: 'The new river bridge opened to cars and lorries on Thursday after four years of work.' }]);
      await runIngestPass(ctx, { select: 'all' });
      const article = await store.getArticle(id);
      assert.equal(article?.headline, 'Bridge over the river opens');
      assert.match(article?.text ?? '', /cars and lorries/);
      const update = (await store.editorialRevisions(id)).at(-1);
      assert.equal(update?.action, 'wire-update');
      assert.deepEqual(update?.held, [{ field: 'headline', before: BRIDGE.headline, after: 'River bridge opens to all traffic' }]);
    });
  });
}
