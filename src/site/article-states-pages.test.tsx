/**
 * What readers see of the desk's actions: a killed article is gone (410, in
 * the edition's language) from its address, its translation's address and
 * every list, story and API answer, and back when restored; an embargoed one
 * is nowhere until its time, then everywhere without anyone acting; edits
 * render as text, never as markup; the notice tells what happened.
 */
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { after, before, describe, it } from 'node:test';
import { editArticle, correctArticle } from '../desk/article-edits.ts';
import { killArticle, restoreArticle } from '../desk/article-states.ts';
import type { TranslationRecord } from '../store/store.ts';
import { cleanArticle, feedEntry } from '../store/test-records.ts';
import { createSiteApp } from './site-app.tsx';
import { attr, getPage, runnableScripts, teaserTitles, textOf } from './testdata/html-query.ts';
import { NOW, openSiteFixture, type SiteFixture } from './testdata/site-fixture.ts';

const HOUR = 3_600_000;
const EDITOR = { actor: 'editor@desk.example', now: new Date(NOW) };
const PORTS = 'Harbour ports reopen after the storm';
const PORTS_HI = 'तूफ़ान के बाद बंदरगाह फिर खुले';

let site: SiteFixture;
let app: Hono;
let config: SiteFixture['config'];

function appAt(time: string): Hono {
  return createSiteApp({ config, store: site.store, mediaDir: `${site.dir}/media`, now: () => new Date(time), logError: () => {} });
}

function translation(articleId: number, version: string, fields: Partial<TranslationRecord> = {}): TranslationRecord {
  return {
    articleId, targetLang: 'hi', articleVersion: version, engine: 'apertium', headline: PORTS_HI, headlineLang: null, translatedHeadline: PORTS_HI,
    headlinePolicy: 'translate', blocks: [{ type: 'paragraph', content: [{ kind: 'text', text: 'बंदरगाह सोमवार को फिर खुले।' }] }],
    text: 'बंदरगाह सोमवार को फिर खुले।', status: 'pass', issues: [], attempts: 1, nextAttemptAt: null, lastError: null, ...fields,
  };
}

const id = (key: string) => site.ids[key]!;
const get = (path: string, status?: number) => getPage(app, path, status);
const apiStories = async () => (await (await app.request('/api/stories?sort=recent')).json()) as { stories: { id: string; title: string; canonical: { id: number } | null; articleCount: number }[] };

before(async () => {
  site = await openSiteFixture();
  config = { ...site.config, sections: site.config.sections.map((s) => (['business', 'sport'].includes(s.id) ? { ...s, translate: ['hi'] } : s)) };
  app = appAt(NOW);
  const version = async (key: string) => (await site.store.getArticle(id(key)))!.updatedAt;
  await site.store.saveTranslation(translation(id('enBusiness'), await version('enBusiness')), NOW);
  await site.store.saveTranslation(translation(id('sport-2'), await version('sport-2'), { status: 'review', headline: 'मैच रिपोर्ट दो', translatedHeadline: 'मैच रिपोर्ट दो' }), NOW);
  // One story: the business report (its canonical) and a sport report.
  await site.store.saveStoryMemberships([
    { articleId: id('enBusiness'), storyId: '900', nearDuplicateOf: null, canonicalId: id('enBusiness') },
    { articleId: id('sport-3'), storyId: '900', nearDuplicateOf: null, canonicalId: id('sport-3') },
  ]);
  await site.store.saveStories([{ id: '900', title: PORTS, firstSeen: '2024-05-01T02:00:00.000Z', lastSeen: '2024-06-09T10:00:00.000Z', articleCount: 2, sourceCount: 1, independentSourceCount: 1, languages: ['en'], trendScore: 4, mergedInto: null }], NOW);
});
after(() => site.close());

describe('a killed article', () => {
  it('is live before: its page, its translation, the lists, the story and the API', async () => {
    await get(`/en/business/${id('enBusiness')}-ports-reopen`);
    const translated = await get(`/business/${id('enBusiness')}-ports-reopen`);
    assert.match(translated.page.text('p', { class: 'syndication-notice' }), /अंग्रेज़ी से मशीन अनुवाद किया गया है; Wiredesk Test की टीम ने इस अनुवाद की समीक्षा नहीं की है।/u);
    assert.ok(teaserTitles((await get('/en/business/')).page).includes(PORTS));
    assert.equal((await apiStories()).stories.find((s) => s.id === '900')?.title, PORTS);
    assert.ok((await get('/en/story/900')).html.includes(PORTS));
  });

  it('answers 410 Gone in the edition’s language, at its address and its translation’s', async () => {
    const change = await killArticle(site.store, id('enBusiness'), { ...EDITOR, reason: 'Wrong port named' });
    assert.equal(change.action, 'kill');
    const english = await get(`/en/business/${id('enBusiness')}-ports-reopen`, 410);
    assert.equal(english.page.text('h1'), 'This story has been withdrawn');
    assert.equal(attr(english.page.one('html'), 'lang'), 'en');
    assert.ok(english.page.one('nav'), 'in the site’s chrome');
    assert.ok(!english.html.includes(PORTS), 'nothing of the story is on the page');
    const hindi = await get(`/business/${id('enBusiness')}-ports-reopen`, 410);
    assert.equal(hindi.page.text('h1'), 'यह ख़बर हटा ली गई है');
    assert.ok(!hindi.html.includes(PORTS_HI));
  });

  it('is gone from home, section, trends, story pages, story cards and /api/stories', async () => {
    for (const path of ['/en/', '/en/business/', '/en/trends/', '/business/', '/', '/trends/']) {
      const { html } = await get(path);
      assert.ok(!html.includes(PORTS) && !html.includes(PORTS_HI), `${path} lists nothing of it`);
    }
    const { stories } = await apiStories();
    const story = stories.find((s) => s.id === '900');
    assert.equal(story?.canonical?.id, id('sport-3'), 'the story stands on its other article');
    assert.equal(story?.articleCount, 1);
    assert.notEqual(story?.title, PORTS, 'the killed headline no longer names the story');
    const { html } = await get('/en/story/900');
    assert.ok(!html.includes(PORTS));
  });

  it('comes back when restored', async () => {
    await restoreArticle(site.store, id('enBusiness'), EDITOR);
    await get(`/en/business/${id('enBusiness')}-ports-reopen`);
    await get(`/business/${id('enBusiness')}-ports-reopen`);
    assert.ok(teaserTitles((await get('/en/business/')).page).includes(PORTS));
  });
});

describe('an embargoed article', () => {
  let embargoed: number;
  before(async () => {
    await site.store.saveEntries([feedEntry('wire-en', 'embargoed')], NOW);
    const entry = (await site.store.listEntries({ sourceId: 'wire-en', limit: 100 })).find((e) => e.guid === 'embargoed')!;
    const article = cleanArticle('Budget figures released at noon', { published: '2024-06-10T11:00:00Z' });
    embargoed = await site.store.saveArticle(article, { entryId: entry.id, sourceId: 'wire-en', section: 'business', slug: 'budget', embargoedUntil: new Date(Date.parse(NOW) + HOUR).toISOString() }, NOW);
  });

  it('is nowhere before its time: 404 at its address, in no list', async () => {
    await get(`/en/business/${embargoed}-budget`, 404);
    assert.ok(!teaserTitles((await get('/en/')).page).includes('Budget figures released at noon'));
    assert.ok(!teaserTitles((await get('/en/business/')).page).includes('Budget figures released at noon'));
  });

  it('is there after its time, without anyone acting', async () => {
    const later = appAt(new Date(Date.parse(NOW) + 2 * HOUR).toISOString());
    await getPage(later, `/en/business/${embargoed}-budget`);
    assert.ok(teaserTitles((await getPage(later, '/en/business/')).page).includes('Budget figures released at noon'));
  });
});

describe('staff edits on the page', () => {
  it('an edited paragraph holding <script> and javascript: links renders inert', async () => {
    const article = (await site.store.getArticle(id('hiLead')))!;
    await editArticle(
      site.store,
      article.id,
      { paragraphs: ['<script>alert(1)</script> अधिकारियों ने पुष्टि की।', 'देखें [यह कड़ी](javascript:alert(2)) और <a href="javascript:alert(3)">वह</a>, या [पृष्ठभूमि](https://desk-hi.example/background)।'] },
      { ...EDITOR, expectedRevision: article.revision, sections: config.sections.map((s) => s.id) },
    );
    const { page, html } = await get(`/world/${article.id}-kim-rus-yatra`);
    assert.equal(runnableScripts(page).length, 0);
    assert.ok(!/href="\s*javascript:/iu.test(html), 'no javascript: link');
    assert.ok(!/<a href="javascript/iu.test(html));
    const paragraphs = page.all('p').map(textOf);
    assert.ok(paragraphs.some((p) => p.endsWith('<script>alert(1)</script> अधिकारियों ने पुष्टि की।')), 'the typed markup is shown as text');
    assert.ok(paragraphs.some((p) => p.includes('[यह कड़ी](javascript:alert(2))')));
    assert.equal(attr(page.one('a', { href: 'https://desk-hi.example/background' }), 'rel'), 'nofollow noopener', 'a safe link is a link');
  });

  it('a headline edited by staff: the notice says so, in Hindi (the seed page’s case)', async () => {
    const article = (await site.store.getArticle(id('hiOlder')))!;
    await editArticle(site.store, article.id, { headline: 'पहाड़ी ज़िलों में भारी बारिश की चेतावनी' }, { ...EDITOR, expectedRevision: article.revision, sections: ['world'] });
    const edited = (await site.store.getArticle(article.id))!;
    const shown = await get(`/world/${edited.id}-${edited.slug}`);
    assert.equal(shown.page.text('h1'), 'पहाड़ी ज़िलों में भारी बारिश की चेतावनी');
    assert.match(shown.page.text('p', { class: 'syndication-notice' }), /^सिर्फ़ शीर्षक Wiredesk Test की टीम का है; बाक़ी ख़बर हिंदी डेस्क की सिंडिकेशन फ़ीड से बिना बदलाव ली गई है।/u);
  });

  it('a correction shows its dated note, and the notice says the story was corrected', async () => {
    const article = (await site.store.getArticle(id('hiOlder')))!;
    await correctArticle(site.store, article.id, { changes: {}, note: 'पहले संस्करण में ज़िलों की संख्या ग़लत थी।' }, { ...EDITOR, expectedRevision: article.revision, sections: ['world'] });
    const { page } = await get(`/world/${article.id}-${article.slug}`);
    const notes = page.within(page.one('aside', { class: 'corrections' }));
    assert.equal(notes.text('h2'), 'सुधार');
    assert.match(notes.text('li'), /^सुधार \(10 जून 2024 को 17:30 बजे\): पहले संस्करण में ज़िलों की संख्या ग़लत थी।$/u);
    assert.match(page.text('p', { class: 'syndication-notice' }), /प्रकाशन के बाद Wiredesk Test की टीम ने इसमें सुधार किया है।/u);
  });

  it('a translation staff approved: the notice says it was reviewed', async () => {
    const held = (await site.store.getArticle(id('sport-2')))!;
    const translationId = (await site.store.translationsOf(held.id)).find((t) => t.targetLang === 'hi')!.id;
    assert.ok(await site.store.approveTranslation(translationId, NOW));
    const { page } = await get(`/sport/${held.id}-match-report-2`);
    assert.match(page.text('p', { class: 'syndication-notice' }), /इसका अंग्रेज़ी से मशीन अनुवाद किया गया है, जिसकी समीक्षा Wiredesk Test की टीम ने की है।/u);
  });
});
