/**
 * Stories on the site, in-process through app.request(): trends and home
 * pages show one card per story, a story page shows full coverage, article
 * pages link to it, and /api/stories lists stories as JSON.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cleanArticle } from '../store/test-records.ts';
import type { StoryRecord } from '../store/store.ts';
import { attr, getPage, teaserTitles, textOf } from './testdata/html-query.ts';
import { addArticle, NOW, openSiteFixture, type SiteFixture } from './testdata/site-fixture.ts';

const WIRE_HEADLINE = 'Harbour bridge <reopens> & tolls stay';
const WIRE_BODY = 'The harbour bridge reopened on Monday after a year of repairs, the port board said.';
const COPY_HEADLINE = 'Bridge open again';
const HINDI_HEADLINE = 'बंदरगाह पुल फिर खुला';

let site: SiteFixture;
const ids = { wire: 0, copy: 0, hindi: 0 };
let storyId = '';

function story(id: string, fields: Partial<StoryRecord>): StoryRecord {
  return {
    id,
    title: WIRE_HEADLINE,
    firstSeen: '2024-06-10T06:00:00.000Z',
    lastSeen: '2024-06-10T08:00:00.000Z',
    articleCount: 3,
    sourceCount: 3,
    independentSourceCount: 2,
    languages: ['en', 'hi'],
    trendScore: 50,
    mergedInto: null,
    ...fields,
  };
}

before(async () => {
  site = await openSiteFixture();
  const paragraph = (text: string) => [{ type: 'paragraph' as const, content: [{ kind: 'text' as const, text }] }];
  ids.wire = await addArticle(site.store, 'wire-en', 'bridge', 'world', cleanArticle(WIRE_HEADLINE, { published: '2024-06-10T06:00:00Z', blocks: paragraph(WIRE_BODY), text: WIRE_BODY }));
  ids.copy = await addArticle(site.store, 'links-en', 'bridge-copy', 'world', cleanArticle(COPY_HEADLINE, { published: '2024-06-10T07:00:00Z', blocks: paragraph(WIRE_BODY), text: WIRE_BODY }));
  ids.hindi = await addArticle(site.store, 'desk-hi', 'pul', 'world', cleanArticle(HINDI_HEADLINE, { lang: 'hi', published: '2024-06-10T08:00:00Z' }));
  storyId = String(ids.wire);
  await site.store.saveStoryMemberships([
    { articleId: ids.wire, storyId, nearDuplicateOf: null, canonicalId: ids.wire },
    { articleId: ids.copy, storyId, nearDuplicateOf: ids.wire, canonicalId: ids.wire },
    { articleId: ids.hindi, storyId, nearDuplicateOf: null, canonicalId: ids.hindi },
    { articleId: site.ids['enBusiness'] ?? 0, storyId: '777', nearDuplicateOf: null, canonicalId: site.ids['enBusiness'] ?? 0 },
  ]);
  await site.store.saveStories(
    [
      story(storyId, {}),
      story('777', { title: 'Alone', articleCount: 1, sourceCount: 1, independentSourceCount: 1, languages: ['en'], trendScore: 1, lastSeen: '2024-06-10T09:00:00.000Z' }),
      story('999', { mergedInto: storyId, articleCount: 0 }),
    ],
    NOW,
  );
});
after(async () => {
  await site.close();
});
const get = (path: string, status?: number) => getPage(site.app, path, status);

void describe('stories on the site', () => {
  void it('the trends section lists stories by trend score, one card each, with who else ran the text', async () => {
    const { page } = await get('/en/trends/');
    const titles = teaserTitles(page);
    assert.equal(titles[0], WIRE_HEADLINE, 'the highest score first, by its canonical article');
    assert.equal(titles.length, 2, 'two stories have English articles');
    assert.ok(!titles.includes(COPY_HEADLINE), 'a syndicated copy is not a card of its own');
    assert.equal(page.text('span', { class: 'also-published' }), 'Also published by Link Only Times');
    assert.deepEqual(page.within(page.one('span', { class: 'also-published' })).all('bdi').map(textOf), ['Link Only Times'], 'each name isolated');
    assert.equal(attr(page.one('a', { class: 'coverage-link' }), 'href'), `/en/story/${storyId}`);
  });

  void it('the Hindi edition shows the story by its Hindi article', async () => {
    const { page } = await get('/trends/');
    assert.equal(teaserTitles(page)[0], HINDI_HEADLINE);
    assert.equal(attr(page.one('a', { class: 'coverage-link' }), 'href'), `/story/${storyId}`);
  });

  void it('the home page shows a story once, not its copies', async () => {
    const { page } = await get('/en/');
    const titles = teaserTitles(page);
    assert.equal(titles.filter((t) => t === WIRE_HEADLINE).length, 1);
    assert.ok(!titles.includes(COPY_HEADLINE));
  });

  void it('a section page lists a syndicated text once, saying who else ran it; the copy keeps its own page', async () => {
    const { page } = await get('/en/world/');
    const titles = teaserTitles(page);
    assert.equal(titles.filter((t) => t === WIRE_HEADLINE).length, 1);
    assert.ok(!titles.includes(COPY_HEADLINE), 'the copy is not listed again');
    assert.equal(page.text('span', { class: 'also-published' }), 'Also published by Link Only Times');
    assert.deepEqual(page.within(page.one('span', { class: 'also-published' })).all('bdi').map(textOf), ['Link Only Times'], 'each name isolated');
    assert.equal(attr(page.one('a', { class: 'coverage-link' }), 'href'), `/en/story/${storyId}`);
    const copy = await site.app.request(`/en/world/${ids.copy}-bridge-copy`);
    assert.equal(copy.status, 200);
  });

  void it('a story page shows full coverage: counts, timeline, articles by language and source, the text', async () => {
    const { page, html, res } = await get(`/en/story/${storyId}`);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'none'/);
    assert.equal(page.text('h1'), WIRE_HEADLINE);
    assert.match(html, /Harbour bridge &lt;reopens&gt; &amp; tolls stay/, 'the title is escaped');
    assert.match(page.text('p', { class: 'story-meta' }), /^3 articles from 3 sources \(2 independent\) · English, Hindi$/);
    const timeline = page.within(page.one('ol', { class: 'timeline' })).all('li').map(textOf);
    assert.equal(timeline.length, 3);
    assert.match(timeline[0] ?? '', /Example Wire .*Harbour bridge/);
    assert.match(timeline[1] ?? '', /Link Only Times · copy/);
    assert.deepEqual(page.all('h3').map(textOf).slice(0, 2), ['English', 'Hindi']);
    assert.deepEqual(page.all('h4').map(textOf), ['Example Wire', 'Link Only Times', 'हिंदी डेस्क']);
    const text = page.within(page.one('section', { class: 'story-text' }));
    assert.equal(text.text('p', { class: 'source-line' }), 'Source: Example Wire');
    assert.ok(text.all('p').some((p) => textOf(p) === WIRE_BODY), 'the canonical text');
  });

  void it('a merged story redirects, and an unknown or malformed id is a 404', async () => {
    const res = await site.app.request('/story/999');
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), `/story/${storyId}`);
    await get('/story/123456', 404);
    await get('/story/abc', 404);
  });

  void it('an article page links to its story when the story has other articles', async () => {
    const { page } = await get(`/en/world/${ids.wire}-bridge`);
    assert.equal(attr(page.one('a', { class: 'coverage-link' }), 'href'), `/en/story/${storyId}`);
    const alone = await site.app.request(`/en/business/${site.ids['enBusiness']}`);
    const single = await get(alone.headers.get('location') ?? '');
    assert.equal(single.page.all('a', { class: 'coverage-link' }).length, 0);
  });
});

void describe('GET /api/stories', () => {
  void it('lists stories by trend or by recency, never cached', async () => {
    const res = await site.app.request('/api/stories?sort=trend&limit=5');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = (await res.json()) as { stories: { id: string; path: string; independentSourceCount: number; canonical: { id: number } | null }[] };
    assert.deepEqual(body.stories.map((s) => s.id), [storyId, '777'], 'merged stories are not listed');
    assert.equal(body.stories[0]?.path, `/story/${storyId}`);
    assert.equal(body.stories[0]?.independentSourceCount, 2);
    assert.equal(body.stories[0]?.canonical?.id, ids.wire);
    const recent = (await (await site.app.request('/api/stories?sort=recent')).json()) as { stories: { id: string }[] };
    assert.deepEqual(recent.stories.map((s) => s.id), ['777', storyId]);
  });

  void it('refuses an unknown sort or a limit out of range', async () => {
    for (const query of ['sort=hot', 'limit=0', 'limit=-1', 'limit=1000', 'limit=ten']) {
      const res = await site.app.request(`/api/stories?${query}`);
      assert.equal(res.status, 400, query);
    }
  });
});

void describe('story pages in the pages sitemap', () => {
  void it('name every edition\'s page of a story of two articles or more, with hreflang alternates and lastmod', async () => {
    const xml = await (await site.app.request('/sitemap-pages.xml')).text();
    const hi = `https://news.example/story/${storyId}`;
    const en = `https://news.example/en/story/${storyId}`;
    const entry = (url: string) => xml.split('<url>').find((chunk) => chunk.includes(`<loc>${url}</loc>`)) ?? '';
    assert.match(entry(hi), /<lastmod>2024-06-10T08:00:00\.000Z<\/lastmod>/u);
    assert.ok(entry(en).includes(`<xhtml:link rel="alternate" hreflang="hi" href="${hi}"/>`), 'the English page names the Hindi one');
    assert.ok(entry(hi).includes(`hreflang="x-default" href="${hi}"`));
    assert.ok(!xml.includes('/story/777<'), 'a one-article story says no more than its article');
    assert.ok(!xml.includes('/story/999<'), 'a merged story redirects');
  });
});
