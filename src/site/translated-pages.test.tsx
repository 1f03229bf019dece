/**
 * What readers see of machine translations: translated articles in the
 * target edition with their label, alternates and composed notice, originals
 * listed (as "translation unavailable") only with showUntranslated, and
 * nothing of a translation held for review.
 */
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { after, before, describe, it } from 'node:test';
import { attr, getPage, textOf, type Page } from './testdata/html-query.ts';
import { openSiteFixture, WIRE_NOTICE, type SiteFixture } from './testdata/site-fixture.ts';
import { translatedSite } from './testdata/translated-fixture.ts';

let site: SiteFixture;
let app: Hono;

before(async () => {
  site = await openSiteFixture();
  app = await translatedSite(site);
});
after(() => site.close());

const get = (path: string, status?: number) => getPage(app, path, status);

function alternates(page: Page): string[] {
  return page.all('link', { rel: 'alternate' }).filter((l) => attr(l, 'hreflang')).map((l) => `${attr(l, 'hreflang')} ${attr(l, 'href')}`);
}

describe('translated articles in the Hindi edition', () => {
  it('a translation is listed with its Hindi headline, marked as machine translation; an untranslated original is not listed', async () => {
    const { page } = await get('/business/');
    const teaser = page.all('article', { class: 'teaser' }).find((t) => textOf(t).includes('तूफ़ान के बाद बंदरगाह फिर खुले'));
    assert.ok(teaser, 'translated teaser listed');
    assert.equal(attr(teaser, 'lang'), 'hi');
    assert.match(textOf(teaser), /मशीन अनुवाद/u);
    const sport = textOf((await get('/sport/')).page.one('main'));
    assert.ok(!sport.includes('Match report number'), 'no English original in the Hindi edition');
    assert.ok(!/अनुवाद उपलब्ध नहीं/u.test(sport), 'no "translation unavailable" list');
    assert.ok(!sport.includes('रोका गया अनुवाद'), 'a translation held for review is not shown');
  });

  it('with showUntranslated, an untranslated original is listed, marked, in its own language', async () => {
    const showing = await translatedSite(site, { showUntranslated: true });
    const sport = await getPage(showing, '/sport/');
    const original = sport.page.all('article', { class: 'teaser' }).find((t) => textOf(t).includes('Match report number 1'));
    assert.ok(original && /अनुवाद उपलब्ध नहीं/u.test(textOf(original)));
    assert.equal(attr(original, 'lang'), 'en');
    assert.ok(!textOf(sport.page.one('main')).includes('रोका गया अनुवाद'), 'a translation held for review is still not shown');
  });

  it('the translated page: Hindi page, label linking the original, hreflang alternates, a notice composed in Hindi', async () => {
    const id = site.ids['enBusiness']!;
    const { page } = await get(`/business/${id}-ports-reopen`);
    assert.equal(attr(page.one('html'), 'lang'), 'hi');
    assert.equal(page.text('h1'), 'तूफ़ान के बाद बंदरगाह फिर खुले');
    const label = page.one('p', { class: 'translation-label' });
    assert.match(textOf(label), /^मशीन अनुवाद: मूल अंग्रेज़ी से/u);
    assert.equal(attr(page.within(label).one('a'), 'href'), `/en/business/${id}-ports-reopen`);
    assert.deepEqual(alternates(page), [
      `en https://news.example/en/business/${id}-ports-reopen`,
      `hi https://news.example/business/${id}-ports-reopen`,
      `x-default https://news.example/en/business/${id}-ports-reopen`,
    ]);
    const notice = page.text('p', { class: 'syndication-notice' });
    assert.match(notice, /Example Wire की सिंडिकेशन फ़ीड/u);
    assert.ok(!notice.includes(WIRE_NOTICE), 'the English notice is not shown on the Hindi page');
  });

  it('the original keeps its page and lists its translation as an alternate', async () => {
    const id = site.ids['enBusiness']!;
    const { page } = await get(`/en/business/${id}-ports-reopen`);
    assert.equal(attr(page.one('html'), 'lang'), 'en');
    assert.equal(page.all('p', { class: 'translation-label' }).length, 0);
    assert.equal(alternates(page).length, 3, 'itself, its translation and x-default (the original)');
  });

  it('a translation held for review sends readers to the original', async () => {
    const id = site.ids['sport-2']!;
    const { res } = await get(`/sport/${id}-match-report-2`, 301);
    assert.equal(res.headers.get('location'), `/en/sport/${id}-match-report-2`);
  });

  it('a kept headline carries its own lang; the original of a language without edition is at ?original', async () => {
    const id = site.ids['urWorld']!;
    const path = (await site.store.getArticle(id))!.slug;
    const { page } = await get(`/world/${id}-${path}`);
    assert.equal(attr(page.one('html'), 'lang'), 'hi');
    assert.equal(attr(page.within(page.one('h1')).one('span'), 'lang'), 'ur');
    assert.match(page.text('p', { class: 'translation-label' }), /उर्दू/u);
    const original = await get(`/world/${id}-${path}?original`);
    assert.equal(attr(original.page.one('html'), 'lang'), 'ur');
    assert.equal(original.page.all('p', { class: 'translation-label' }).length, 0);
  });

  it('on the home page, a translated article in a story keeps its translated headline and links its translated page', async () => {
    const id = site.ids['enBusiness']!;
    await site.store.saveStoryMemberships([{ articleId: id, storyId: 'harbour', nearDuplicateOf: null, canonicalId: id }]);
    const { page } = await get('/');
    const teaser = page.all('article', { class: 'teaser' }).find((t) => textOf(t).includes('तूफ़ान के बाद बंदरगाह फिर खुले'));
    assert.ok(teaser, 'the home page lists the translation by its Hindi headline');
    assert.match(attr(page.within(teaser).one('a'), 'href') ?? '', /^\/business\//, 'the link stays in the Hindi edition');
  });
});
