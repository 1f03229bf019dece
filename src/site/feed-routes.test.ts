/**
 * The feeds, read as feed readers read them: over HTTP on loopback, through
 * feedsmith's parser and through an independent one (@rowanmanning/feed-parser
 * for RSS and Atom; JSON Feed is checked against its spec's required members).
 */
import assert from 'node:assert/strict';
import { parseFeed as parseIndependently } from '@rowanmanning/feed-parser';
import { parseFeed } from 'feedsmith';
import { after, before, describe, it } from 'node:test';
import { createSiteApp } from './site-app.tsx';
import { FEED_ITEMS } from './feed-items.ts';
import { serveOnLoopback, type LoopbackServer } from './testdata/loopback-server.ts';
import { LINK_ONLY_BODY, NOW, STORED_IMAGE, addArticle, openSiteFixture, type SiteFixture } from './testdata/site-fixture.ts';
import { translatedSite } from './testdata/translated-fixture.ts';
import { cleanArticle } from '../store/test-records.ts';

let site: SiteFixture;
let server: LoopbackServer;

before(async () => {
  site = await openSiteFixture();
  server = await serveOnLoopback(await translatedSite(site));
});
after(async () => {
  await server.close();
  await site.close();
});

const FORMATS = [
  ['rss.xml', 'rss', 'application/rss+xml; charset=utf-8'],
  ['atom.xml', 'atom', 'application/atom+xml; charset=utf-8'],
  ['feed.json', 'json', 'application/feed+json; charset=utf-8'],
] as const;

interface ReadItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content: string | null;
}

/** The feed at `path` as feedsmith reads it, reduced to what the tests compare; also checks the format and the self link. */
async function read(path: string, format: 'rss' | 'atom' | 'json'): Promise<{ items: ReadItem[]; text: string; res: Response; lang: string | undefined }> {
  const res = await fetch(new URL(path, server.url));
  assert.equal(res.status, 200, path);
  const text = await res.text();
  const parsed = parseFeed(format === 'json' ? JSON.parse(text) : text);
  assert.equal(parsed.format, format, path);
  const self = new URL(path, server.url).href.replace(server.url, 'https://news.example/');
  switch (parsed.format) {
    case 'rss':
      assert.equal(parsed.feed.atom?.links?.find((l) => l.rel === 'self')?.href, self);
      return {
        res,
        text,
        lang: parsed.feed.language,
        items: (parsed.feed.items ?? []).map((i) => ({ id: i.guid?.value ?? '', url: i.link ?? '', title: i.title ?? '', summary: i.description ?? '', content: i.content?.encoded ?? null })),
      };
    case 'atom':
      assert.equal(parsed.feed.links?.find((l) => l.rel === 'self')?.href, self);
      return {
        res,
        text,
        lang: parsed.feed.xml?.lang,
        items: (parsed.feed.entries ?? []).map((e) => ({
          id: e.id ?? '',
          url: e.links?.find((l) => l.rel === 'alternate')?.href ?? '',
          title: e.title?.value ?? '',
          summary: e.summary?.value ?? '',
          content: e.content?.value ?? null,
        })),
      };
    case 'json':
      assert.equal(parsed.feed.feed_url, self);
      return {
        res,
        text,
        lang: parsed.feed.language,
        items: (parsed.feed.items ?? []).map((i) => ({ id: i.id ?? '', url: i.url ?? '', title: i.title ?? '', summary: i.summary ?? '', content: i.content_html ?? null })),
      };
    default:
      throw new Error(`unexpected format for ${path}`);
  }
}

void describe('feeds of each edition and section', () => {
  for (const [file, format, contentType] of FORMATS) {
    void it(`${file}: the Hindi edition's, in Hindi only, originals and translations into Hindi, newest first`, async () => {
      const { items, res, lang } = await read(`/${file}`, format);
      assert.equal(res.headers.get('content-type'), contentType);
      assert.equal(lang, 'hi');
      const titles = items.map((i) => i.title);
      assert.deepEqual(titles.slice(0, 2), ['तूफ़ान के बाद बंदरगाह फिर खुले', 'बंदरगाह मंत्रियों की बैठक इस महीने सियोल में']);
      assert.ok(titles.includes('دریا پر نیا پل کھل گیا'), 'the Urdu report, translated into Hindi, under its kept headline');
      assert.ok(!titles.some((t) => /Match report|Island summit/.test(t)), 'no English original');
      assert.ok(!titles.includes('रोका गया अनुवाद'), 'no translation held for review');
      for (const item of items) {
        assert.match(item.url, /^https:\/\/news\.example\/[a-z]/, 'absolute links from baseUrl');
        assert.match(item.id, /^tag:news\.example,\d{4}-\d\d-\d\d:article\/\d+\/hi$/);
      }
    });

    void it(`${file}: a section's feed holds that section only; trends and unknown sections have none`, async () => {
      const { items } = await read(`/en/world/${file}`, format);
      assert.deepEqual(items.map((i) => i.title), ['Island summit ends without a deal']);
      assert.equal((await fetch(new URL(`/en/trends/${file}`, server.url))).status, 404);
      assert.equal((await fetch(new URL(`/en/nowhere/${file}`, server.url))).status, 404);
    });

    void it(`${file}: full text where the licence allows republishing, the summary and a link otherwise`, async () => {
      const { items, text } = await read(`/en/${file}`, format);
      const linkOnly = items.find((i) => i.title === 'Island summit ends without a deal');
      assert.equal(linkOnly?.content, null);
      assert.equal(linkOnly?.summary, 'Delegates leave the island with talks to resume next month.');
      assert.ok(!text.includes(LINK_ONLY_BODY), 'no word of a body licensed for linking only');
      const republished = items.find((i) => i.title === 'Harbour ports reopen after the storm');
      assert.match(republished?.content ?? '', /<p>Harbour ports reopen after the storm: the body\.<\/p>/);
      assert.match(republished?.content ?? '', /Distributed by Example Wire under licence\./, 'with the syndication notice');
      const hindi = await read(`/world/${file}`, format);
      const lead = hindi.items.find((i) => i.title.startsWith('बंदरगाह मंत्रियों'));
      assert.ok(lead?.content?.includes(`<img src="https://news.example/media/${STORED_IMAGE}"`), 'images at absolute addresses');
      assert.ok(!lead?.content?.includes('javascript:'));
    });

    void it(`${file}: carries an ETag, and a repeat with If-None-Match gets 304`, async () => {
      const first = await fetch(new URL(`/en/${file}`, server.url));
      const etag = first.headers.get('etag');
      assert.ok(etag);
      assert.equal(first.headers.get('cache-control'), 'public, no-cache');
      const again = await fetch(new URL(`/en/${file}`, server.url), { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
    });
  }

  void it('RSS and Atom read back the same through an independent parser', async () => {
    for (const path of ['/rss.xml', '/atom.xml', '/en/rss.xml', '/en/atom.xml', '/en/sport/rss.xml']) {
      const format = path.endsWith('rss.xml') ? 'rss' : 'atom';
      const ours = await read(path, format);
      const feed = parseIndependently(ours.text);
      assert.equal(feed.self, new URL(path, 'https://news.example/').href, path);
      assert.equal(feed.language, path.startsWith('/en/') ? 'en' : 'hi');
      assert.deepEqual(
        feed.items.map((i) => [i.id, i.url, i.title]),
        ours.items.map((i) => [i.id, i.url, i.title]),
        path,
      );
      for (const item of feed.items) assert.ok(item.published instanceof Date && !Number.isNaN(item.published.getTime()), `${path}: a date`);
    }
  });

  void it('JSON Feed has the members JSON Feed 1.1 requires', async () => {
    const feed = JSON.parse(await (await fetch(new URL('/en/feed.json', server.url))).text()) as Record<string, unknown> & { items: Record<string, unknown>[] };
    assert.equal(feed['version'], 'https://jsonfeed.org/version/1.1');
    assert.equal(typeof feed['title'], 'string');
    assert.ok(Array.isArray(feed.items) && feed.items.length > 0);
    for (const item of feed.items) {
      assert.equal(typeof item['id'], 'string');
      assert.ok(typeof item['content_html'] === 'string' || typeof item['content_text'] === 'string', 'content_html or content_text');
      assert.ok(!Number.isNaN(Date.parse(String(item['date_published']))));
    }
    const linkOnly = feed.items.find((i) => i['title'] === 'Island summit ends without a deal');
    assert.equal(linkOnly?.['external_url'], 'https://linkonly.example/summit-ends');
  });

  void it('HEAD answers with the headers and no body', async () => {
    const res = await fetch(new URL('/en/atom.xml', server.url), { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
    assert.equal(await res.text(), '');
  });
});

void describe('feed length', () => {
  void it(`holds the newest ${FEED_ITEMS} articles and no more`, async () => {
    const many = await openSiteFixture();
    try {
      for (let i = 0; i < FEED_ITEMS + 5; i++) {
        const published = new Date(Date.parse('2024-06-01T00:00:00Z') + i * 60_000).toISOString();
        await addArticle(many.store, 'wire-en', `bulk-${i}`, 'business', cleanArticle(`Bulk report ${i}`, { published }));
      }
      const app = createSiteApp({ config: many.config, store: many.store, mediaDir: many.dir, now: () => new Date(NOW) });
      const feed = parseFeed(await (await app.request('/en/business/rss.xml')).text());
      assert.equal(feed.format, 'rss');
      const titles = feed.format === 'rss' ? (feed.feed.items ?? []).map((i) => i.title) : [];
      assert.equal(titles.length, FEED_ITEMS);
      assert.equal(titles[0], 'Harbour ports reopen after the storm');
      assert.equal(titles[1], `Bulk report ${FEED_ITEMS + 4}`);
      assert.ok(!titles.includes('Bulk report 0'), 'the oldest fall off');
    } finally {
      await many.close();
    }
  });
});
