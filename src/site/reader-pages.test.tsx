/**
 * What readers of each edition see around the articles: the footer and
 * descriptions in the edition's language, the opt-in support notice, text of
 * one direction kept in order inside the other, originals in other languages
 * only where an edition asks for them, and "Updated" only after a real change.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { Article } from '../extract/article.ts';
import { configSchema, type Config, type ConfigInput } from '../config/schema.ts';
import { attr, getPage, textOf } from './testdata/html-query.ts';
import { NOW, addArticle, openSiteFixture, type SiteFixture } from './testdata/site-fixture.ts';
import { createSiteApp } from './site-app.tsx';

let site: SiteFixture;
before(async () => {
  site = await openSiteFixture();
});
after(async () => {
  await site.close();
});

/** The fixture's site with some of its configuration changed. */
function appWith(change: (config: Config) => Config): Hono {
  return createSiteApp({ config: change(site.config), store: site.store, mediaDir: `${site.dir}/media`, now: () => new Date(NOW), logError: () => {} });
}

const withSite = (fields: Partial<Config['site']>) => appWith((config) => ({ ...config, site: { ...config.site, ...fields } }));

const hindiArticlePath = () => `/world/${site.ids['hiLead']}-kim-rus-yatra`;
const englishArticlePath = () => `/en/business/${site.ids['enBusiness']}-ports-reopen`;
const urduArticlePath = () => `/world/${site.ids['urWorld']}-dariya-ka-pul`;

const metaDescription = (page: Awaited<ReturnType<typeof getPage>>['page']) =>
  attr(page.all('meta').find((m) => attr(m, 'name') === 'description')!, 'content');

void describe('the footer and descriptions of each edition', () => {
  void it('use site.description in each edition\'s language, and the edition\'s own title', async () => {
    const app = appWith((config) => ({
      ...config,
      site: { ...config.site, description: { hi: 'देश-दुनिया की ख़बरें एक जगह।', en: 'News from many sources, in one place.' } },
      editions: config.editions.map((e) => (e.lang === 'en' ? { ...e, title: 'Test News' } : e)),
    }));
    const hi = await getPage(app, '/');
    assert.equal(hi.page.text('footer', { class: 'site-footer' }).split('ऊपर')[0]!.trim(), 'Wiredesk Test · 2024 · देश-दुनिया की ख़बरें एक जगह।');
    assert.equal(metaDescription(hi.page), 'देश-दुनिया की ख़बरें एक जगह।');
    const en = await getPage(app, '/en/');
    const footer = en.page.text('footer', { class: 'site-footer' });
    assert.match(footer, /^Test News · 2024 · News from many sources, in one place\./u);
    assert.ok(!/[\u0900-\u097F]/u.test(footer), 'no Hindi in the English footer');
    assert.equal(metaDescription(en.page), 'News from many sources, in one place.');
    const feed = await (await app.request('/en/rss.xml')).text();
    assert.match(feed, /<description>News from many sources, in one place\.<\/description>/u);
  });

  void it('a plain description is the main edition\'s; another edition falls back to its own words', async () => {
    const app = withSite({ description: 'केवल हिंदी में लिखा गया विवरण।' });
    assert.match((await getPage(app, '/')).page.text('footer', { class: 'site-footer' }), /केवल हिंदी में लिखा गया विवरण।/u);
    const en = await getPage(app, '/en/');
    assert.ok(!en.page.text('footer', { class: 'site-footer' }).includes('केवल'), 'not shown under /en/');
    assert.equal(metaDescription(en.page), 'Wiredesk Test: the latest news in World, Business, and Sport.');
  });

  void it('with no description, the footer names the site and the year in the edition\'s language', async () => {
    const en = await getPage(site.app, '/en/');
    assert.match(en.page.text('footer', { class: 'site-footer' }), /^Wiredesk Test · 2024Back to top/u);
  });
});

void describe('the support notice', () => {
  const support = {
    text: { hi: 'हमारा साथ दें <b>अभी</b>।', en: 'Readers keep us going & <i>free</i>.' },
    url: 'https://give.example/support?from=site&lang=any',
  };

  void it('is off unless configured', async () => {
    const { page } = await getPage(site.app, hindiArticlePath());
    assert.equal(page.all('details').length, 0);
  });

  void it('shows the configured text, escaped, and its link after the body, open, in a <details> a reader closes', async () => {
    const app = withSite({ support });
    const { page, html } = await getPage(app, englishArticlePath());
    const notice = page.one('details', { class: 'support-notice' });
    assert.equal(attr(notice, 'open'), '');
    assert.equal(attr(notice, 'lang'), 'en');
    assert.equal(page.within(notice).text('summary'), 'Support Wiredesk TestHide');
    assert.equal(page.within(notice).text('p'), 'Readers keep us going & <i>free</i>. Support us');
    assert.ok(html.includes('&lt;i&gt;free&lt;/i&gt;') && !html.includes('<i>free</i>'), 'the text is escaped');
    assert.equal(attr(page.within(notice).one('a'), 'href'), 'https://give.example/support?from=site&lang=any');
    assert.ok(html.indexOf('class="article-body"') < html.indexOf('class="support-notice"'), 'after the article body');
    assert.ok(html.indexOf('class="support-notice"') < html.indexOf('</article>'), 'within the article, before the list beside it');
    assert.equal(page.all('details', { class: 'support-notice' }).length, 1);
    const hindi = await getPage(app, hindiArticlePath());
    assert.equal(hindi.page.text('span', { class: 'support-notice__title' }), 'Wiredesk Test का साथ दें');
    assert.match(hindi.page.text('details', { class: 'support-notice' }), /हमारा साथ दें <b>अभी<\/b>।/u);
    assert.equal((await getPage(app, '/en/')).page.all('details').length, 0, 'not on home pages');
  });

  void it('is left out of an edition it has no text for, and takes a link text and address per language', async () => {
    const app = withSite({ support: { text: { hi: 'साथ दें।' }, url: { hi: 'https://give.example/hi' }, linkText: { hi: 'यहाँ सहयोग करें' } } });
    assert.equal((await getPage(app, englishArticlePath())).page.all('details').length, 0);
    const { page } = await getPage(app, hindiArticlePath());
    const link = page.within(page.one('details', { class: 'support-notice' })).one('a');
    assert.equal(textOf(link), 'यहाँ सहयोग करें');
    assert.equal(attr(link, 'href'), 'https://give.example/hi');
  });

  void it('takes only an http(s) address in the configuration', () => {
    const input = (url: unknown): ConfigInput => ({
      site: { name: 'S', baseUrl: 'https://s.example/', support: { text: 'Help us.', url } as never },
      editions: [{ lang: 'en', path: '/' }],
      sections: [{ id: 'world', title: 'World' }],
    });
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://s.example/give', '/support', { en: 'javascript:alert(1)' }]) {
      const result = configSchema.safeParse(input(bad));
      assert.ok(!result.success, `${JSON.stringify(bad)} is refused`);
      assert.match(JSON.stringify(result.error.issues), /http\(s\)|url/iu);
    }
    assert.ok(configSchema.safeParse(input('https://s.example/give')).success);
    assert.ok(configSchema.safeParse(input({ en: 'http://s.example/give' })).success);
    assert.equal(configSchema.parse(input('https://s.example/give')).site.support?.text, 'Help us.');
  });
});

void describe('text in one direction inside the other', () => {
  void it('an Urdu teaser in the Hindi list runs right to left, its Hindi date line left to right', async () => {
    const app = appWith((config) => ({ ...config, editions: config.editions.map((e) => ({ ...e, showUntranslated: true })) }));
    const { page } = await getPage(app, '/world/');
    const urdu = page.one('article', { lang: 'ur' });
    assert.equal(attr(urdu, 'dir'), 'rtl');
    const meta = page.within(urdu).one('p', { class: 'teaser-meta' });
    assert.equal(attr(meta, 'lang'), 'hi');
    assert.equal(attr(meta, 'dir'), 'ltr');
    assert.equal(attr(page.within(meta).one('time'), 'dir'), 'ltr');
  });

  void it('an Urdu article keeps its Hindi date line, source line and notice left to right, the Urdu source name isolated', async () => {
    const { page } = await getPage(site.app, urduArticlePath());
    assert.equal(attr(page.one('html'), 'dir'), 'rtl');
    for (const cls of ['article-meta', 'source-line', 'syndication-notice']) {
      const element = page.one('p', { class: cls });
      assert.equal(attr(element, 'lang'), 'hi', cls);
      assert.equal(attr(element, 'dir'), 'ltr', cls);
    }
    assert.equal(page.text('bdi', { class: 'source-name' }), 'اردو وائر');
    const notice = page.one('p', { class: 'syndication-notice' });
    assert.deepEqual(page.within(notice).all('bdi').map(textOf), ['اردو وائر']);
    assert.match(textOf(notice), /اردو وائر/u, 'the notice reads the same, with the name in place');
    assert.equal(attr(page.one('a', { class: 'skip-link' }), 'dir'), 'ltr');
  });
});

void describe('originals in other languages', () => {
  void it('are off the main edition\'s lists and sitemaps by default, and on them with showUntranslated', async () => {
    const urduHeadline = 'دریا پر نیا پل کھل گیا';
    const original = `https://news.example${urduArticlePath()}`;
    const sitemapLocs = async (app: Hono) => [...(await (await app.request('/sitemap-articles-2024-06.xml')).text()).matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]);
    assert.ok(!textOf((await getPage(site.app, '/')).page.one('main')).includes(urduHeadline));
    assert.ok(!(await sitemapLocs(site.app)).includes(original));
    assert.equal((await getPage(site.app, urduArticlePath())).res.status, 200, 'its page is still there');
    const showing = appWith((config) => ({ ...config, editions: config.editions.map((e) => ({ ...e, showUntranslated: e.path === '/' })) }));
    assert.ok(textOf((await getPage(showing, '/')).page.one('main')).includes(urduHeadline));
    assert.ok((await sitemapLocs(showing)).includes(original));
  });

  void it('showUntranslated is off unless an edition turns it on', () => {
    const parsed = configSchema.parse({
      site: { name: 'S', baseUrl: 'https://s.example/' },
      editions: [{ lang: 'hi', path: '/' }, { lang: 'es', path: '/es/', showUntranslated: true }],
      sections: [{ id: 'world', title: 'World' }],
    });
    assert.deepEqual(parsed.editions.map((e) => e.showUntranslated), [false, true]);
  });
});

void describe('"Updated" on an article page', () => {
  const article = (guid: string, published: string, updated: string | null): Article => ({
    headline: `Times ${guid}`, headlineLang: null, lang: 'en', standfirst: null, dateline: null, byline: null,
    published, updated, url: null, canonicalUrl: null, siteName: null, image: null, text: 'Body.',
    blocks: [{ type: 'paragraph', content: [{ kind: 'text', text: 'Body.' }] }],
  });

  void it('shows only when the article changed after publication, not the same instant or a re-stamp', async () => {
    const cases: [string, string | null, boolean][] = [
      ['2024-06-09T10:00:00+05:30', null, false],
      ['2024-06-09T04:30:00.000Z', '2024-06-09T10:00:00+05:30', false],
      ['2024-06-09T04:30:00Z', '2024-06-09T04:32:10Z', false],
      ['2024-06-09T04:30:00Z', '2024-06-09T07:45:00Z', true],
    ];
    for (const [i, [published, updated, shown]] of cases.entries()) {
      const id = await addArticle(site.store, 'wire-en', `times-${i}`, 'business', article(`times-${i}`, published, updated));
      const meta = (await getPage(site.app, `/en/business/${id}-times-${i}`)).page.text('p', { class: 'article-meta' });
      assert.equal(meta.includes('Updated'), shown, `${published} / ${updated}: ${meta}`);
    }
  });
});
