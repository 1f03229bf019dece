/**
 * Sitemaps and robots.txt as crawlers read them: every urlset validated by
 * xmllint against the sitemaps.org schema (with the project's schemas for
 * hreflang links and Google News), the index against the project's index
 * schema, and robots.txt through robots-parser.
 */
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { after, before, describe, it } from 'node:test';
import robotsParserModule from 'robots-parser';
import { cleanArticle } from '../store/test-records.ts';
import { createSiteApp } from './site-app.tsx';
import { addArticle, NOW, openSiteFixture, type SiteFixture } from './testdata/site-fixture.ts';
import { translatedSite } from './testdata/translated-fixture.ts';
import { SITEMAP_INDEX_XSD, schemasMissing, urlsetSchema, validateXml } from './testdata/xml-schemas.ts';

/** CommonJS with typings that declare an ES default export (see src/ingest/robots-cache.ts). */
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

let site: SiteFixture;
let app: Hono;
let urlset = '';
const skip = schemasMissing();

before(async () => {
  site = await openSiteFixture();
  app = await translatedSite(site);
  if (!skip) urlset = await urlsetSchema();
});
after(() => site.close());

async function fetchXml(path: string): Promise<string> {
  const res = await app.request(path);
  assert.equal(res.status, 200, path);
  assert.equal(res.headers.get('content-type'), 'application/xml; charset=utf-8', path);
  return res.text();
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
const local = (url: string) => url.replace('https://news.example', '');
/** The <url> element whose loc is `url`. */
const entry = (xml: string, url: string) => xml.split('<url>').find((chunk) => chunk.includes(`<loc>${url}</loc>`)) ?? '';

void describe('the sitemap index', () => {
  void it('lists the pages sitemap, one sitemap per month of articles, and the news sitemap; it validates', { skip }, async () => {
    const xml = await fetchXml('/sitemap.xml');
    assert.deepEqual(locs(xml).map(local), ['/sitemap-pages.xml', '/sitemap-articles-2024-05.xml', '/sitemap-articles-2024-06.xml', '/news-sitemap.xml']);
    assert.match(xml, /<sitemap>\s*<loc>https:\/\/news\.example\/sitemap-articles-2024-06\.xml<\/loc>\s*<lastmod>2024-06-10T12:00:00\.000Z<\/lastmod>/);
    assert.deepEqual(await validateXml(xml, SITEMAP_INDEX_XSD), []);
    for (const loc of locs(xml)) {
      assert.deepEqual(await validateXml(await fetchXml(local(loc)), urlset), [], `${loc} validates against sitemap.xsd`);
    }
  });

  void it('the schemas bite: a urlset element in the index, and a news entry without its title, are refused', { skip }, async () => {
    const wrongIndex = (await fetchXml('/sitemap.xml')).replace('<sitemap>', '<url>').replace('</sitemap>', '</url>');
    assert.notDeepEqual(await validateXml(wrongIndex, SITEMAP_INDEX_XSD), []);
    const noTitle = (await fetchXml('/news-sitemap.xml')).replace(/<news:title>[^<]*<\/news:title>/, '');
    assert.notDeepEqual(await validateXml(noTitle, urlset), []);
    const badHreflang = (await fetchXml('/sitemap-pages.xml')).replace('hreflang="en"', 'hreflang="English"');
    assert.notDeepEqual(await validateXml(badHreflang, urlset), []);
  });
});

void describe('article sitemaps', () => {
  void it('list a month\'s articles at each address they are read at, with lastmod and reciprocal hreflang alternates', async () => {
    const xml = await fetchXml('/sitemap-articles-2024-06.xml');
    const id = site.ids['enBusiness']!;
    const original = `https://news.example/en/business/${id}-ports-reopen`;
    const translation = `https://news.example/business/${id}-ports-reopen`;
    assert.ok(locs(xml).includes(original) && locs(xml).includes(translation));
    const links = (url: string) => [...entry(xml, url).matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(links(original), [`en ${original}`, `hi ${translation}`, `x-default ${original}`]);
    assert.deepEqual(links(translation), links(original), 'reciprocal');
    assert.match(entry(xml, original), /<lastmod>2024-06-10T12:00:00\.000Z<\/lastmod>/);
    const urdu = `https://news.example/world/${site.ids['urWorld']}-dariya-ka-pul`;
    assert.ok(locs(xml).includes(urdu), 'a language without an edition: its translation into the main edition');
    assert.ok(!locs(xml).includes(`${urdu}?original`), 'its original is listed only where the main edition shows untranslated articles');
    assert.deepEqual(links(urdu), [`ur ${urdu}?original`, `hi ${urdu}`, `x-default ${urdu}?original`], 'the page still names its original');
    assert.ok(!locs(xml).some((loc) => loc.includes('match-report')), 'May\'s articles are in May\'s sitemap');
    assert.ok(locs(await fetchXml('/sitemap-articles-2024-05.xml')).some((loc) => loc.includes('match-report-1')));
  });

  void it('answer 404 for a month with no article, a part past the last, or a malformed name', async () => {
    for (const path of ['/sitemap-articles-2023-01.xml', '/sitemap-articles-2024-06-2.xml', '/sitemap-articles-2024-13.xml', '/sitemap-articles-24-06.xml', '/sitemap-articles-2024-06-1.xml']) {
      assert.equal((await app.request(path)).status, 404, path);
    }
  });

  void it('split a month into parts of at most 50,000 addresses: 50,000 / editions articles a part', { skip }, async () => {
    // An article has one address per edition at most. Filling a part at three editions would take 16,667
    // articles; with 10,000 editions (only their count matters here) a part holds 5, and June's 6 take two.
    const editions = Array.from({ length: 10_000 }, (_, i) => ({ lang: i === 1 ? 'en' : 'hi', path: i === 0 ? '/' : `/e${i}/`, headline: 'translate' as const, showUntranslated: false }));
    const crowded = createSiteApp({ config: { ...site.config, editions }, store: site.store, mediaDir: site.dir, now: () => new Date(NOW) });
    const parts = locs(await (await crowded.request('/sitemap.xml')).text()).filter((l) => l.includes('2024-06'));
    assert.deepEqual(parts.map(local), ['/sitemap-articles-2024-06.xml', '/sitemap-articles-2024-06-2.xml']);
    const first = await (await crowded.request('/sitemap-articles-2024-06.xml')).text();
    const second = await (await crowded.request('/sitemap-articles-2024-06-2.xml')).text();
    const articleIds = (xml: string) => new Set(locs(xml).map((l) => /\/(\d+)-/.exec(l)?.[1]));
    assert.equal(articleIds(first).size, 5);
    assert.equal(articleIds(second).size, 1);
    assert.equal(new Set([...articleIds(first), ...articleIds(second)]).size, 6, 'every article once, across the parts');
    assert.deepEqual(await validateXml(second, urlset), []);
    assert.equal((await crowded.request('/sitemap-articles-2024-06-3.xml')).status, 404);
  });
});

void describe('the pages sitemap', () => {
  void it('lists every edition\'s home, trends and section pages, each with its counterparts', async () => {
    const xml = await fetchXml('/sitemap-pages.xml');
    assert.deepEqual(locs(xml).map(local), ['/', '/en/', '/trends/', '/en/trends/', '/world/', '/en/world/', '/business/', '/en/business/', '/sport/', '/en/sport/']);
    assert.match(entry(xml, 'https://news.example/en/world/'), /hreflang="hi" href="https:\/\/news\.example\/world\/"/);
  });
});

void describe('the news sitemap', () => {
  void it('lists the articles of the last 48 hours with publication name and language per edition, date and title', async () => {
    const xml = await fetchXml('/news-sitemap.xml');
    const id = site.ids['enBusiness']!;
    const translation = entry(xml, `https://news.example/business/${id}-ports-reopen`);
    assert.match(translation, /<news:name>Wiredesk Test<\/news:name>\s*<news:language>hi<\/news:language>/);
    assert.match(translation, /<news:publication_date>2024-06-09T10:00:00\.000Z<\/news:publication_date>/);
    assert.match(translation, /<news:title>तूफ़ान के बाद बंदरगाह फिर खुले<\/news:title>/);
    assert.match(entry(xml, `https://news.example/en/business/${id}-ports-reopen`), /<news:language>en<\/news:language>[\s\S]*<news:title>Harbour ports reopen after the storm<\/news:title>/);
    // NOW is 2024-06-10T12:00Z: 2024-06-08T06:00Z is older than 48 hours.
    assert.ok(!locs(xml).some((loc) => loc.includes('baadh-ki-chetavani')));
    assert.ok(locs(xml).some((loc) => loc.includes('dariya-ka-pul')), '2024-06-08T12:00Z is within');
  });

  void it('holds at most 1,000 addresses, the newest', async () => {
    const many = await openSiteFixture();
    try {
      for (let i = 0; i < 1_005; i++) {
        const published = new Date(Date.parse('2024-06-10T00:00:00Z') + i * 1_000).toISOString();
        await addArticle(many.store, 'wire-en', `flash-${i}`, 'business', cleanArticle(`Flash ${i}`, { published }));
      }
      const app = createSiteApp({ config: many.config, store: many.store, mediaDir: many.dir, now: () => new Date(NOW) });
      const xml = await (await app.request('/news-sitemap.xml')).text();
      assert.equal(locs(xml).length, 1_000);
      assert.match(xml, /<news:title>Flash 1004<\/news:title>/);
      assert.doesNotMatch(xml, /<news:title>Flash 4<\/news:title>/);
      const quiet = createSiteApp({ config: many.config, store: many.store, mediaDir: many.dir, now: () => new Date('2024-07-01T00:00:00Z') });
      assert.equal((await quiet.request('/news-sitemap.xml')).status, 404, 'nothing in the last 48 hours: no news sitemap, since an empty urlset is invalid');
      assert.doesNotMatch(await (await quiet.request('/sitemap.xml')).text(), /news-sitemap/, 'and the index leaves it out');
    } finally {
      await many.close();
    }
  });
});

void describe('robots.txt', () => {
  void it('names the sitemaps and keeps crawlers out of the desk and the API, not out of the site', async () => {
    const res = await app.request('/robots.txt');
    assert.equal(res.headers.get('content-type'), 'text/plain; charset=utf-8');
    const text = await res.text();
    const robots = robotsParser('https://news.example/robots.txt', text);
    assert.deepEqual(robots.getSitemaps(), ['https://news.example/sitemap.xml', 'https://news.example/news-sitemap.xml']);
    for (const path of ['/desk', '/desk/login', '/desk/review/3', '/api/stories', '/api/sources']) {
      assert.equal(robots.isAllowed(`https://news.example${path}`, 'Googlebot'), false, path);
    }
    for (const path of ['/', '/en/world/', '/world/12-slug', '/desktop/', '/sitemap.xml', '/rss.xml']) {
      assert.equal(robots.isAllowed(`https://news.example${path}`, 'Googlebot'), true, path);
    }
  });
});
