/**
 * What every page says about itself in <head>: description, canonical,
 * hreflang with x-default, feed links, OpenGraph, Twitter card, and an
 * article's JSON-LD (NewsArticle and BreadcrumbList).
 */
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { after, before, describe, it } from 'node:test';
import { articleDescription } from './article-description.ts';
import { authors } from './article-json-ld.ts';
import { createSiteApp } from './site-app.tsx';
import { attr, getPage, jsonLdOf, type Page } from './testdata/html-query.ts';
import { LINK_ONLY_BODY, NOW, STORED_IMAGE, openSiteFixture, type SiteFixture } from './testdata/site-fixture.ts';
import { translatedSite } from './testdata/translated-fixture.ts';

let site: SiteFixture;
let app: Hono;
before(async () => {
  site = await openSiteFixture();
  app = await translatedSite(site);
});
after(() => site.close());

const get = (path: string, status?: number) => getPage(app, path, status);
const meta = (page: Page, key: string) => {
  const found = [...page.all('meta', { property: key }), ...page.all('meta', { name: key })];
  return found.map((el) => attr(el, 'content') ?? '');
};
const one = (page: Page, key: string) => {
  const values = meta(page, key);
  assert.equal(values.length, 1, `one ${key}`);
  return values[0]!;
};
const hreflangs = (page: Page) =>
  page.all('link', { rel: 'alternate' }).filter((l) => attr(l, 'hreflang')).map((l) => `${attr(l, 'hreflang')} ${attr(l, 'href')}`);
const feedLinks = (page: Page) =>
  page.all('link', { rel: 'alternate' }).filter((l) => attr(l, 'type')).map((l) => `${attr(l, 'type')} ${attr(l, 'href')}`);

const DEVANAGARI = /[\u0900-\u097F]/u;

void describe('every page', () => {
  const paths = () => [
    ['/', 'hi'],
    ['/en/', 'en'],
    ['/world/', 'hi'],
    ['/en/sport/?page=2', 'en'],
    ['/en/trends/', 'en'],
    [`/world/${site.ids['hiLead']}-kim-rus-yatra`, 'hi'],
    [`/en/world/${site.ids['enLink']}-summit-ends`, 'en'],
  ] as const;

  void it('has a description, a canonical from baseUrl, OpenGraph and a Twitter card, in the language of its content', async () => {
    for (const [path, lang] of paths()) {
      const { page } = await get(path);
      const description = one(page, 'description');
      assert.ok(description.length > 10, `${path} has a description`);
      assert.equal(DEVANAGARI.test(description), lang === 'hi', `${path}: its description is in ${lang}`);
      const canonical = attr(page.one('link', { rel: 'canonical' }), 'href') ?? '';
      assert.match(canonical, /^https:\/\/news\.example\//, path);
      assert.equal(one(page, 'og:url'), canonical);
      assert.equal(one(page, 'og:description'), description);
      assert.ok(one(page, 'og:title'));
      assert.equal(one(page, 'og:locale'), lang === 'hi' ? 'hi_IN' : 'en_US');
      assert.match(one(page, 'twitter:card'), /^summary(_large_image)?$/);
    }
  });

  void it('links the edition\'s RSS, Atom and JSON feeds, and its section\'s on section and article pages', async () => {
    assert.deepEqual(feedLinks((await get('/en/')).page), [
      'application/rss+xml https://news.example/en/rss.xml',
      'application/atom+xml https://news.example/en/atom.xml',
      'application/feed+json https://news.example/en/feed.json',
    ]);
    const article = feedLinks((await get(`/world/${site.ids['hiLead']}-kim-rus-yatra`)).page);
    assert.deepEqual(article.slice(3), [
      'application/rss+xml https://news.example/world/rss.xml',
      'application/atom+xml https://news.example/world/atom.xml',
      'application/feed+json https://news.example/world/feed.json',
    ]);
    assert.equal(feedLinks((await get('/en/trends/')).page).length, 3, 'trends has no feed of its own');
    assert.equal(feedLinks((await get('/no/such/page', 404)).page).length, 3, 'even the 404 page links the feeds');
  });

  void it('home, section and story pages name their counterparts in every edition, with x-default the main edition\'s', async () => {
    assert.deepEqual(hreflangs((await get('/en/world/')).page), [
      'hi https://news.example/world/',
      'en https://news.example/en/world/',
      'x-default https://news.example/world/',
    ]);
    assert.deepEqual(hreflangs((await get('/')).page), ['hi https://news.example/', 'en https://news.example/en/', 'x-default https://news.example/']);
    assert.deepEqual(hreflangs((await get('/en/sport/?page=2')).page), [], 'older pages differ between editions');
  });

  void it('the 404 and 410 pages have a description and no canonical', async () => {
    await site.store.killArticle(site.ids['hiOlder']!, { actor: 'cli:test', at: NOW, reason: 'test' });
    try {
      for (const [path, status] of [['/no/such/page', 404], [`/world/${site.ids['hiOlder']}-baadh-ki-chetavani`, 410]] as const) {
        const { page } = await get(path, status);
        assert.ok(one(page, 'description'));
        assert.equal(page.all('link', { rel: 'canonical' }).length, 0, path);
        assert.equal(jsonLdOf(page).length, 0);
      }
    } finally {
      await site.store.restoreArticle(site.ids['hiOlder']!, { actor: 'cli:test', at: NOW });
    }
  });
});

void describe('article pages', () => {
  void it('carry OpenGraph\'s article tags and the image the page shows, absolute', async () => {
    const { page } = await get(`/world/${site.ids['hiLead']}-kim-rus-yatra`);
    assert.equal(one(page, 'og:type'), 'article');
    assert.equal(one(page, 'article:published_time'), '2024-06-09T09:15:00.000Z');
    assert.equal(one(page, 'article:modified_time'), '2024-06-09T09:15:00.000Z');
    assert.equal(one(page, 'article:section'), 'दुनिया');
    assert.equal(one(page, 'og:image'), `https://news.example/media/${STORED_IMAGE}`, 'the first stored figure');
    assert.equal(one(page, 'twitter:card'), 'summary_large_image');
    assert.equal(one(page, 'description'), 'चौदह देशों के प्रतिनिधि जहाज़ों के उत्सर्जन पर चर्चा करेंगे।', 'the standfirst');
  });

  void it('describe an article without a standfirst by its first sentence (its headline when it has no text), and a link-only one never by its body', async () => {
    const article = { headline: 'Ports reopen', standfirst: null, lang: 'en', text: 'Harbour ports reopened on Monday after the storm. Ferries follow on Tuesday.' };
    assert.equal(articleDescription(article, false), 'Harbour ports reopened on Monday after the storm.');
    assert.equal(articleDescription(article, true), 'Ports reopen', 'a link-only source\'s body is not quoted');
    assert.equal(articleDescription({ ...article, standfirst: 'Ships are back.' }, true), 'Ships are back.');
    const english = (await get(`/en/business/${site.ids['enBusiness']}-ports-reopen`)).page;
    assert.equal(one(english, 'description'), 'Harbour ports reopen after the storm', 'this fixture stores no text');
    const linkOnly = (await get(`/en/world/${site.ids['enLink']}-summit-ends`)).html;
    assert.ok(!linkOnly.includes(LINK_ONLY_BODY), 'no word of the licensed-for-linking body');
  });

  void it('hreflang alternates are reciprocal: the original and its translation name each other and the same x-default', async () => {
    const id = site.ids['enBusiness']!;
    const original = hreflangs((await get(`/en/business/${id}-ports-reopen`)).page);
    const translated = hreflangs((await get(`/business/${id}-ports-reopen`)).page);
    assert.deepEqual(original, translated);
    assert.deepEqual(original, [
      `en https://news.example/en/business/${id}-ports-reopen`,
      `hi https://news.example/business/${id}-ports-reopen`,
      `x-default https://news.example/en/business/${id}-ports-reopen`,
    ]);
    assert.deepEqual(meta((await get(`/business/${id}-ports-reopen`)).page, 'og:locale:alternate'), ['en_US']);
  });

  void it('JSON-LD: a NewsArticle with every field search engines ask for, and the section\'s breadcrumbs', async () => {
    const { page } = await get(`/world/${site.ids['hiLead']}-kim-rus-yatra`);
    const [article, breadcrumbs] = jsonLdOf(page);
    const url = `https://news.example/world/${site.ids['hiLead']}-kim-rus-yatra`;
    assert.deepEqual(article, {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': url,
      mainEntityOfPage: url,
      url,
      headline: 'बंदरगाह मंत्रियों की बैठक इस महीने सियोल में',
      description: 'चौदह देशों के प्रतिनिधि जहाज़ों के उत्सर्जन पर चर्चा करेंगे।',
      datePublished: '2024-06-09T09:15:00.000Z',
      dateModified: '2024-06-09T09:15:00.000Z',
      author: [{ '@type': 'Organization', name: 'समाचार डेस्क' }],
      publisher: { '@type': 'Organization', name: 'Wiredesk Test', url: 'https://news.example/' },
      image: [`https://news.example/media/${STORED_IMAGE}`],
      inLanguage: 'hi',
      isAccessibleForFree: true,
      articleSection: 'दुनिया',
    });
    assert.deepEqual(breadcrumbs, {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Wiredesk Test', item: 'https://news.example/' },
        { '@type': 'ListItem', position: 2, name: 'दुनिया', item: 'https://news.example/world/' },
        { '@type': 'ListItem', position: 3, name: 'बंदरगाह मंत्रियों की बैठक इस महीने सियोल में', item: url },
      ],
    });
  });

  void it('JSON-LD of a translation points at the original with translationOfWork, in the edition\'s language', async () => {
    const id = site.ids['enBusiness']!;
    const [article] = jsonLdOf((await get(`/business/${id}-ports-reopen`)).page);
    assert.equal(article?.['inLanguage'], 'hi');
    assert.equal(article?.['headline'], 'तूफ़ान के बाद बंदरगाह फिर खुले');
    assert.deepEqual(article?.['translationOfWork'], {
      '@type': 'NewsArticle',
      '@id': `https://news.example/en/business/${id}-ports-reopen`,
      url: `https://news.example/en/business/${id}-ports-reopen`,
      inLanguage: 'en',
    });
    const [original] = jsonLdOf((await get(`/en/business/${id}-ports-reopen`)).page);
    assert.equal(original?.['translationOfWork'], undefined);
    assert.deepEqual(original?.['author'], [{ '@type': 'Organization', name: 'Example Wire' }], 'no byline: the source');
  });

  void it('a correction moves dateModified and article:modified_time', async () => {
    const id = site.ids['hiOlder']!;
    const before = (await site.store.getArticle(id))!;
    const at = '2024-06-10T11:00:00.000Z';
    await site.store.reviseArticle(id, {
      expectedRevision: before.revision,
      action: 'correct',
      actor: 'cli:test',
      at,
      reason: 'date',
      values: { standfirst: 'सुधारा गया सार।' },
      changes: [{ field: 'standfirst', before: null, after: 'सुधारा गया सार।' }],
      correction: { at, note: 'तारीख़ सुधारी गई।', actor: 'cli:test' },
    });
    const { page } = await get(`/world/${id}-baadh-ki-chetavani`);
    assert.equal(one(page, 'article:modified_time'), at);
    assert.equal(one(page, 'article:published_time'), '2024-06-08T06:00:00.000Z');
    assert.equal(jsonLdOf(page)[0]?.['dateModified'], at);
  });
});

void describe('the public base URL', () => {
  void it('comes from publicUrl when given (the demo, wherever it listens), for canonical, hreflang, feeds and JSON-LD', async () => {
    const local = createSiteApp({ config: site.config, store: site.store, mediaDir: site.dir, now: () => new Date(NOW), publicUrl: () => 'http://127.0.0.1:41234/' });
    const { page, html } = await getPage(local, `/world/${site.ids['hiLead']}-kim-rus-yatra`);
    assert.equal(attr(page.one('link', { rel: 'canonical' }), 'href'), `http://127.0.0.1:41234/world/${site.ids['hiLead']}-kim-rus-yatra`);
    assert.match(feedLinks(page)[0] ?? '', /http:\/\/127\.0\.0\.1:41234\/rss\.xml$/);
    assert.equal(jsonLdOf(page)[0]?.['url'], `http://127.0.0.1:41234/world/${site.ids['hiLead']}-kim-rus-yatra`);
    assert.ok(!html.includes('news.example'), 'the configured baseUrl is not used');
  });
});

void describe('bylines in JSON-LD', () => {
  const publisher = { name: 'Site', url: 'https://news.example/' };
  void it('names people as Person, one per name', () => {
    assert.deepEqual(authors('By Meghna Apte and Harish Gowda', 'Wire', publisher), [
      { '@type': 'Person', name: 'Meghna Apte' },
      { '@type': 'Person', name: 'Harish Gowda' },
    ]);
    assert.deepEqual(authors('रश्मि जोशी और अमित बघेल', null, publisher), [
      { '@type': 'Person', name: 'रश्मि जोशी' },
      { '@type': 'Person', name: 'अमित बघेल' },
    ]);
  });

  void it('names desks, bureaus, agencies and the source itself as Organization', () => {
    for (const byline of ['खेल डेस्क', 'Northline Post Bureau', 'एजेंसी', 'हमारे संवाददाता', 'Meridian Wire', 'Staff reporters']) {
      assert.deepEqual(authors(byline, null, publisher), [{ '@type': 'Organization', name: byline }], byline);
    }
    assert.deepEqual(authors('Deccan Ledger', 'Deccan Ledger', publisher), [{ '@type': 'Organization', name: 'Deccan Ledger' }]);
    assert.deepEqual(authors(null, null, publisher), [{ '@type': 'Organization', name: 'Site', url: 'https://news.example/' }]);
  });
});
