import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { attr, getPage, jsonLdOf, runnableScripts, textOf, type Page } from './testdata/html-query.ts';
import {
  ENGLISH_NOTICE_OF_HINDI_SOURCE,
  HINDI_NOTICE,
  LINK_ONLY_BODY,
  STORED_IMAGE,
  openSiteFixture,
  type SiteFixture,
} from './testdata/site-fixture.ts';

let site: SiteFixture;
before(async () => {
  site = await openSiteFixture();
});
after(async () => {
  await site.close();
});

const get = (path: string, status?: number) => getPage(site.app, path, status);

function headlines(page: Page): string[] {
  return page.all('main').flatMap((main) => page.within(main).all('a')).map(textOf);
}

function linkedHeadlines(page: Page): string[] {
  return [...page.all('h2', { class: 'teaser-title' }), ...page.all('h3', { class: 'teaser-title' })].map(textOf);
}

function assertChrome(page: Page, lang: string, backToTop: string): void {
  assert.equal(attr(page.one('html'), 'lang'), lang);
  assert.equal(page.all('h1').length, 1, 'one h1 per page');
  assert.equal(attr(page.one('a', { class: 'skip-link' }), 'href'), '#main');
  assert.ok(page.one('main', { id: 'main' }));
  assert.equal(attr(page.one('body'), 'id'), 'top');
  const toTop = page.one('a', { class: 'back-to-top' });
  assert.equal(attr(toTop, 'href'), '#top');
  assert.match(textOf(toTop), new RegExp(backToTop));
  assert.ok(page.one('nav', { class: 'section-nav' }));
  assert.ok(page.one('nav', { class: 'edition-switcher' }));
  assert.ok(page.one('header') && page.one('footer', { class: 'site-footer' }));
}

void describe('home pages', () => {
  void it('the Hindi main edition lists Hindi stories only, not originals in languages without an edition', async () => {
    const { page, res } = await get('/');
    assertChrome(page, 'hi', 'ऊपर जाएँ');
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    const listed = linkedHeadlines(page);
    assert.ok(listed.includes('बंदरगाह मंत्रियों की बैठक इस महीने सियोल में'));
    assert.ok(listed.includes('पहाड़ी ज़िलों में बाढ़ की चेतावनी'));
    assert.ok(!listed.includes('دریا پر نیا پل کھل گیا'), 'an Urdu original is listed only with showUntranslated (reader-pages.test.tsx)');
    assert.ok(!listed.some((h) => h.includes('Harbour ports')), 'English stories belong to /en/');
    assert.equal(page.text('h2', { id: 'section-world' }), 'दुनिया');
  });

  void it('opens each section block with the newest story as a bigger lead', async () => {
    const { page } = await get('/');
    const world = page.one('section', { 'aria-labelledby': 'section-world' });
    const leads = page.within(world).all('article', { class: 'teaser--lead' });
    assert.equal(leads.length, 1);
    assert.match(textOf(leads[0]!), /बंदरगाह मंत्रियों की बैठक/);
    assert.match(textOf(leads[0]!), /चौदह देशों के प्रतिनिधि/, 'the lead shows its standfirst');
  });

  void it('the English edition lists English stories only, with English chrome', async () => {
    const { page } = await get('/en/');
    assertChrome(page, 'en', 'Back to top');
    const listed = linkedHeadlines(page);
    assert.ok(listed.includes('Harbour ports reopen after the storm'));
    assert.ok(listed.includes('Island summit ends without a deal'));
    assert.ok(!listed.some((h) => /[\u0900-\u097F]/.test(h)), 'no Hindi story on the English home page');
    assert.ok(!listed.includes('دریا پر نیا پل کھل گیا'));
    assert.equal(page.text('h2', { id: 'section-world' }), 'World');
    assert.equal(page.text('a', { class: 'skip-link' }), 'Skip to content');
  });

  void it('shows a trends block linking to the trends section', async () => {
    const { page } = await get('/en/');
    const trends = page.one('aside', { class: 'trends-block' });
    assert.equal(attr(page.within(trends).one('h2'), 'id'), 'trends-heading');
    assert.ok(page.within(trends).all('a', { href: '/en/trends/' }).length === 1);
    assert.equal(textOf(page.within(trends).one('li')), 'Harbour ports reopen after the storm', 'newest story first');
  });

  void it('links each edition from the switcher, named in its own language', async () => {
    const { page } = await get('/');
    const switcher = page.within(page.one('nav', { class: 'edition-switcher' }));
    assert.equal(textOf(switcher.one('a', { href: '/' })), 'हिन्दी');
    assert.equal(textOf(switcher.one('a', { href: '/en/' })), 'English');
    assert.equal(attr(switcher.one('a', { href: '/' }), 'aria-current'), 'page');
  });
});

void describe('section pages', () => {
  void it('lists only that section, newest first, with the localised title as h1', async () => {
    const { page } = await get('/world/');
    assertChrome(page, 'hi', 'ऊपर जाएँ');
    assert.equal(page.text('h1'), 'दुनिया');
    assert.deepEqual(linkedHeadlines(page), [
      'बंदरगाह मंत्रियों की बैठक इस महीने सियोल में',
      'पहाड़ी ज़िलों में बाढ़ की चेतावनी',
    ]);
    assert.equal(attr(page.one('a', { href: '/world/', 'aria-current': 'page' }), 'aria-current'), 'page');
  });

  void it('pages with ?page=N and links to older stories', async () => {
    const first = await get('/en/sport/');
    assert.equal(linkedHeadlines(first.page).length, 20);
    assert.equal(linkedHeadlines(first.page)[0], 'Match report number 21');
    assert.equal(attr(first.page.one('a', { rel: 'next' }), 'href'), '/en/sport/?page=2');

    const second = await get('/en/sport/?page=2');
    assert.deepEqual(linkedHeadlines(second.page), ['Match report number 1']);
    assert.equal(second.page.all('a', { rel: 'next' }).length, 0, 'no older page after the last');
    assert.equal(attr(second.page.one('a', { rel: 'prev' }), 'href'), '/en/sport/');
    await get('/en/sport/?page=3', 404);
    await get('/en/sport/?page=0', 404);
    await get('/en/sport/?page=two', 404);
  });

  void it('trends lists the newest stories across sections, titled in the edition language', async () => {
    const hi = await get('/trends/');
    assert.equal(hi.page.text('h1'), 'ट्रेंड्स');
    assert.deepEqual(linkedHeadlines(hi.page).slice(0, 2), ['बंदरगाह मंत्रियों की बैठक इस महीने सियोल में', 'पहाड़ी ज़िलों में बाढ़ की चेतावनी']);
    const en = await get('/en/trends/');
    assert.equal(en.page.text('h1'), 'Trends');
    assert.deepEqual(linkedHeadlines(en.page).slice(0, 2), [
      'Harbour ports reopen after the storm',
      'Island summit ends without a deal',
    ]);
  });

  void it('redirects a section path without its trailing slash', async () => {
    const res = await site.app.request('/en/world');
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), '/en/world/');
  });
});

void describe('article page', () => {
  const path = () => `/world/${site.ids.hiLead}-kim-rus-yatra`;

  void it('shows headline, standfirst, byline, time and the body opened by its dateline', async () => {
    const { page } = await get(path());
    assertChrome(page, 'hi', 'ऊपर जाएँ');
    assert.equal(attr(page.one('html'), 'dir'), 'ltr');
    assert.equal(page.text('h1'), 'बंदरगाह मंत्रियों की बैठक इस महीने सियोल में');
    assert.equal(page.text('p', { class: 'standfirst' }), 'चौदह देशों के प्रतिनिधि जहाज़ों के उत्सर्जन पर चर्चा करेंगे।');
    assert.equal(page.text('p', { class: 'byline' }), 'समाचार डेस्क');
    const time = page.one('time');
    assert.equal(attr(time, 'datetime'), '2024-06-09T09:15:00.000Z');
    // 09:15 UTC is 14:45 in Asia/Kolkata, the configured zone; the month is named in Hindi.
    assert.match(textOf(time), /9 जून 2024/);
    assert.match(textOf(time), /14:45 बजे/, "Hindi pages use the 24-hour clock");
    const body = page.within(page.one('div', { class: 'article-body' }));
    const first = body.all('p')[0]!;
    assert.equal(textOf(body.within(first).one('strong', { class: 'dateline' })), 'सियोल:');
    assert.equal(textOf(first), 'सियोल: पहला अनुच्छेद: अधिकारियों ने सोमवार को यात्रा की पुष्टि की।');
    assert.equal(body.text('h2'), 'बातचीत का एजेंडा');
    assert.match(body.text('blockquote'), /बातचीत आगे बढ़ रही है।/);
    assert.deepEqual(body.all('li').map(textOf), ['पहला बिंदु', 'दूसरा बिंदु']);
  });

  void it('renders safe links with rel=nofollow and drops a javascript: href', async () => {
    const { page, html } = await get(path());
    const link = page.one('a', { href: 'https://desk-hi.example/background' });
    assert.equal(attr(link, 'rel'), 'nofollow noopener');
    assert.ok(!html.includes('javascript:'), 'the unsafe href is not rendered');
    assert.match(page.text('div', { class: 'article-body' }), /खतरनाक कड़ी/, 'its text still is');
  });

  void it('shows stored figures from /media and only the caption of unstored ones', async () => {
    const { page, html } = await get(path());
    const imgs = page.all('img');
    assert.equal(imgs.length, 1);
    assert.equal(attr(imgs[0]!, 'src'), `/media/${STORED_IMAGE}`);
    assert.equal(attr(imgs[0]!, 'alt'), 'बंदरगाह का दृश्य');
    assert.match(html, /इंचियोन बंदरगाह/);
    assert.match(page.text('span', { class: 'credit' }), /फ़ोटो डेस्क/);
    assert.match(html, /केवल कैप्शन/);
    assert.ok(!html.includes('not-stored.jpg') && !html.includes('desk-hi.example/photo.png'), 'no remote image URL');
  });

  void it('names the source, links the original and shows the notice, composed from what happened, with the source\'s own in the article language', async () => {
    const { page } = await get(path());
    assert.match(page.text('p', { class: 'source-line' }), /स्रोत: हिंदी डेस्क/);
    const original = page.one('a', { href: 'https://desk-hi.example/port-ministers' });
    assert.equal(attr(original, 'rel'), 'noopener nofollow');
    assert.equal(
      page.text('p', { class: 'syndication-notice' }),
      `यह ख़बर हिंदी डेस्क की सिंडिकेशन फ़ीड से जैसी आई वैसी ही ली गई है; Wiredesk Test की टीम ने इसमें कोई बदलाव नहीं किया है। ${HINDI_NOTICE}`,
    );
    assert.ok(!page.text('main').includes(ENGLISH_NOTICE_OF_HINDI_SOURCE));
  });

  void it('escapes markup in stored text', async () => {
    const { page, html } = await get(`/business/${site.ids.hiScript}-script-headline`);
    assert.equal(page.text('h1'), 'बाज़ार <script>alert(1)</script> में तेज़ी');
    assert.ok(!html.includes('<script>'), 'no script element reaches the page');
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.equal(runnableScripts(page).length, 0);
    assert.equal(jsonLdOf(page)[0]?.['headline'], 'बाज़ार <script>alert(1)</script> में तेज़ी', 'in the JSON-LD the markup is data, escaped as \\u003c');
  });

  void it('an English article carries lang="en" and English chrome', async () => {
    const { page } = await get(`/en/business/${site.ids.enBusiness}-ports-reopen`);
    assert.equal(attr(page.one('html'), 'lang'), 'en');
    assert.equal(
      page.text('p', { class: 'syndication-notice' }),
      'This story comes from the Example Wire syndication feed as it was sent; Wiredesk Test staff have not changed it. Distributed by Example Wire under licence.',
    );
    assert.match(page.text('p', { class: 'source-line' }), /^Source: Example Wire/);
  });

  void it('a right-to-left article sets dir="rtl" on <html>', async () => {
    const { page } = await get(`/world/${site.ids.urWorld}-dariya-ka-pul`);
    assert.equal(attr(page.one('html'), 'lang'), 'ur');
    assert.equal(attr(page.one('html'), 'dir'), 'rtl');
    assert.equal(attr(page.one('header'), 'lang'), 'hi', 'the chrome stays in the edition language');
  });

  void it('a link-mode source shows headline, standfirst and a link to the original, not the body', async () => {
    const { page, html } = await get(`/en/world/${site.ids.enLink}-summit-ends`);
    assert.equal(page.text('h1'), 'Island summit ends without a deal');
    assert.match(page.text('p', { class: 'standfirst' }), /Delegates leave the island/);
    const link = page.one('a', { class: 'read-original' });
    assert.equal(attr(link, 'href'), 'https://linkonly.example/summit-ends');
    assert.equal(attr(link, 'rel'), 'noopener nofollow');
    assert.match(textOf(link), /Read the full story at Link Only Times/);
    assert.ok(!html.includes(LINK_ONLY_BODY));
    assert.equal(page.all('div', { class: 'article-body' }).length, 0);
  });

  void it('redirects a wrong slug, section or edition to the canonical path', async () => {
    const canonical = path();
    for (const wrong of [
      `/world/${site.ids.hiLead}-old-slug`,
      `/world/${site.ids.hiLead}`,
      `/business/${site.ids.hiLead}-kim-rus-yatra`,
      `/en/world/${site.ids.hiLead}-kim-rus-yatra`,
    ]) {
      const res = await site.app.request(wrong);
      assert.equal(res.status, 301, wrong);
      assert.equal(res.headers.get('location'), canonical, wrong);
    }
  });
});

void describe('not found', () => {
  for (const [path, lang, title] of [
    ['/no-such-section/', 'hi', 'पृष्ठ नहीं मिला'],
    ['/en/no-such-section/', 'en', 'Page not found'],
    ['/world/999999-missing', 'hi', 'पृष्ठ नहीं मिला'],
    ['/world/abc-not-an-id', 'hi', 'पृष्ठ नहीं मिला'],
    ['/en/world/99999999999999999999-too-long', 'en', 'Page not found'],
    ['/a/b/c/d', 'hi', 'पृष्ठ नहीं मिला'],
    ['/en/nothing/here/at/all', 'en', 'Page not found'],
  ] as const) {
    void it(`${path} is a 404 page in the site's chrome`, async () => {
      const { page } = await get(path, 404);
      assertChrome(page, lang, lang === 'hi' ? 'ऊपर जाएँ' : 'Back to top');
      assert.equal(page.text('h1'), title);
      assert.ok(page.all('a', { href: lang === 'hi' ? '/' : '/en/' }).length > 0, 'links home');
    });
  }

  void it('keeps headlines out of a 404 page', async () => {
    const { page } = await get('/nothing/', 404);
    assert.deepEqual(headlines(page).filter((h) => h.includes('बंदरगाह मंत्रियों')), []);
  });
});
