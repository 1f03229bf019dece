/**
 * A killed, an embargoed and a superseded article are absent from every
 * output a machine reads: every feed of every edition and section, every
 * sitemap the index names, and the news sitemap. The same articles, once
 * visible, do appear: the check can fail.
 */
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { after, before, describe, it } from 'node:test';
import { cleanArticle } from '../store/test-records.ts';
import { FEED_KINDS, feedPath } from './feed-links.ts';
import { createSiteApp } from './site-app.tsx';
import { addArticle, NOW, openSiteFixture, type SiteFixture } from './testdata/site-fixture.ts';

const HOUR = 3_600_000;
const EMBARGO_ENDS = '2024-06-10T18:00:00.000Z';

let site: SiteFixture;
const hidden: Record<string, number> = {};

before(async () => {
  site = await openSiteFixture();
  const published = (hoursAgo: number) => new Date(Date.parse(NOW) - hoursAgo * HOUR).toISOString();
  const add = (guid: string, hoursAgo: number) =>
    addArticle(site.store, 'wire-en', guid, 'world', cleanArticle(`Hidden ${guid} report`, { published: published(hoursAgo) }));
  hidden['killed'] = await add('killed-story', 1);
  hidden['superseded'] = await add('superseded-story', 2);
  const current = await add('current-story', 1.5);
  hidden['current'] = current;
  hidden['embargoed'] = await addEmbargoed(site, published(3));
  await site.store.killArticle(hidden['killed'], { actor: 'cli:test', at: NOW, reason: 'legal' });
  await site.store.saveStoryMemberships([
    { articleId: hidden['superseded'], storyId: 's-hidden', nearDuplicateOf: null, canonicalId: hidden['superseded'], supersededBy: current },
    { articleId: current, storyId: 's-hidden', nearDuplicateOf: null, canonicalId: current },
  ]);
});
after(() => site.close());

async function addEmbargoed(fixture: SiteFixture, published: string): Promise<number> {
  const id = await addArticle(fixture.store, 'wire-en', 'embargoed-story', 'world', cleanArticle('Hidden embargoed-story report', { published }));
  const article = (await fixture.store.getArticle(id))!;
  // Saving again with an embargo, as the pipeline does when the wire sets one.
  return fixture.store.saveArticle(article, { entryId: article.entryId, sourceId: 'wire-en', section: 'world', slug: 'embargoed-story', embargoedUntil: EMBARGO_ENDS }, NOW);
}

/** Every feed and every sitemap the app serves, by address. */
async function everyOutput(app: Hono): Promise<Map<string, string>> {
  const paths: string[] = [];
  for (const edition of site.config.editions) {
    for (const section of [null, ...site.config.sections.map((s) => s.id)]) {
      for (const kind of FEED_KINDS) paths.push(feedPath(edition, section, kind));
    }
  }
  const index = await (await app.request('/sitemap.xml')).text();
  paths.push('/sitemap.xml', ...[...index.matchAll(/<loc>https:\/\/news\.example(\/[^<]+)<\/loc>/g)].map((m) => m[1]!));
  const outputs = new Map<string, string>();
  for (const path of paths) {
    const res = await app.request(path);
    assert.equal(res.status, 200, path);
    outputs.set(path, await res.text());
  }
  assert.ok(outputs.has('/news-sitemap.xml'));
  return outputs;
}

/** By headline, by address or by feed id. */
function mentions(text: string, key: string): boolean {
  const id = hidden[key]!;
  return text.includes(`Hidden ${key}-story`) || text.includes(`/${id}-${key}-story`) || text.includes(`article/${id}/`);
}

void describe('killed, embargoed and superseded articles', () => {
  void it('appear in no feed and no sitemap', async () => {
    const app = createSiteApp({ config: site.config, store: site.store, mediaDir: site.dir, now: () => new Date(NOW) });
    const outputs = await everyOutput(app);
    for (const [path, text] of outputs) {
      for (const key of ['killed', 'embargoed', 'superseded']) assert.ok(!mentions(text, key), `${path} mentions the ${key} article`);
    }
    assert.ok(mentions(outputs.get('/en/world/rss.xml')!, 'current'), 'the current version is there');
  });

  void it('the embargoed one appears everywhere once its embargo has ended', async () => {
    const later = createSiteApp({ config: site.config, store: site.store, mediaDir: site.dir, now: () => new Date(Date.parse(EMBARGO_ENDS) + HOUR) });
    const outputs = await everyOutput(later);
    for (const path of ['/en/rss.xml', '/en/world/atom.xml', '/en/world/feed.json', '/sitemap-articles-2024-06.xml', '/news-sitemap.xml']) {
      assert.ok(mentions(outputs.get(path)!, 'embargoed'), `${path} lists it`);
    }
    for (const text of outputs.values()) assert.ok(!mentions(text, 'killed') && !mentions(text, 'superseded'));
  });
});
