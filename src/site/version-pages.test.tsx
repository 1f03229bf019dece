/**
 * Versions of one report on the site, in-process through app.request(): a
 * wire sent its first take and then an update as a new item, and another
 * source copied the first take. Cards, the story page and the API speak of
 * the update; the story page keeps the first take beneath it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cleanArticle, sourceDefinition } from '../store/test-records.ts';
import { attr, getPage, teaserTitles, textOf, type Page } from './testdata/html-query.ts';
import { addArticle, NOW, openSiteFixture, type SiteFixture } from './testdata/site-fixture.ts';
import { uiStrings } from './ui-strings.ts';

const FIRST = 'Dam gate fails above Breska';
const UPDATE = 'UPDATE 1-Engineers close failed dam gate above Breska';
/** Another source's own report, later than the wire's first take and earlier than its update. */
const OWN = 'Villagers below Breska spend the night in a school';
const BODY = 'A sluice gate of the Ondrava dam failed on Thursday morning, flooding two villages.';

let site: SiteFixture;
const ids = { first: 0, copy: 0, own: 0, update: 0 };
let storyId = '';

before(async () => {
  site = await openSiteFixture();
  const paragraph = (text: string) => [{ type: 'paragraph' as const, content: [{ kind: 'text' as const, text }] }];
  const article = (headline: string, published: string, text: string) => cleanArticle(headline, { published, blocks: paragraph(text), text });
  ids.first = await addArticle(site.store, 'wire-en', 'dam', 'business', article(FIRST, '2024-06-10T06:00:00Z', BODY));
  ids.copy = await addArticle(site.store, 'links-en', 'dam-copy', 'world', article('Breska dam gate fails', '2024-06-10T07:00:00Z', BODY));
  await site.store.upsertSource(sourceDefinition('paper-en', { name: 'Valley Paper' }), 'config', NOW);
  ids.own = await addArticle(site.store, 'paper-en', 'dam-own', 'world', article(OWN, '2024-06-10T08:00:00Z', 'Villagers in the valley below Breska spent the night in a school.'));
  ids.update = await addArticle(site.store, 'wire-en', 'dam-update', 'business', article(UPDATE, '2024-06-10T09:00:00Z', `Engineers closed the gate by hand. ${BODY}`));
  storyId = String(ids.first);
  // As the pipeline leaves them: the copy's group is led by the wire's current version.
  await site.store.saveStoryMemberships([
    { articleId: ids.first, storyId, nearDuplicateOf: null, canonicalId: ids.update, supersededBy: ids.update },
    { articleId: ids.copy, storyId, nearDuplicateOf: ids.first, canonicalId: ids.update },
    { articleId: ids.own, storyId, nearDuplicateOf: null, canonicalId: ids.own },
    { articleId: ids.update, storyId, nearDuplicateOf: null, canonicalId: ids.update },
  ]);
  await site.store.saveStories(
    [{ id: storyId, title: UPDATE, firstSeen: '2024-06-10T06:00:00.000Z', lastSeen: '2024-06-10T09:00:00.000Z', articleCount: 3, sourceCount: 3, independentSourceCount: 2, languages: ['en'], trendScore: 90, mergedInto: null }],
    NOW,
  );
});
after(async () => {
  await site.close();
});

const get = async (path: string): Promise<Page> => (await getPage(site.app, path)).page;

void describe('versions of a report on the site', () => {
  void it('lists and cards show the current version, with who else ran the text', async () => {
    const trends = await get('/en/trends/');
    assert.equal(teaserTitles(trends)[0], UPDATE);
    assert.ok(!teaserTitles(trends).includes(FIRST));
    assert.equal(trends.text('span', { class: 'also-published' }), 'Also published by Link Only Times');
    const business = await get('/en/business/');
    assert.ok(teaserTitles(business).includes(UPDATE));
    assert.ok(!teaserTitles(business).includes(FIRST), 'the section lists the current version only');
  });

  void it('the story page shows one entry per report, its earlier versions beneath', async () => {
    const page = await get(`/en/story/${storyId}`);
    const wireGroup = page.all('div', { class: 'coverage-group' }).find((g) => textOf(page.within(g).one('h4')) === 'Example Wire');
    assert.ok(wireGroup);
    const group = page.within(wireGroup);
    const entries = group.all('li').filter((li) => li.parent === group.one('ul'));
    assert.equal(entries.length, 1, 'the wire ran one report');
    const earlier = group.within(group.one('ul', { class: 'version-list' }));
    assert.match(textOf(earlier.one('li')), /^earlier version · .*Dam gate fails above Breska$/);
    assert.equal(attr(earlier.one('a'), 'href'), `/en/business/${ids.first}-dam`);
    const timeline = page.within(page.one('ol', { class: 'timeline' })).all('li').map(textOf);
    assert.match(timeline[0] ?? '', /Example Wire · earlier version/);
    const text = page.within(page.one('section', { class: 'story-text' }));
    assert.equal(textOf(text.one('h3')), UPDATE, 'the story\'s text is the current version of the earliest report');
  });

  void it('the API names the current version as the story\'s canonical article', async () => {
    const body = (await (await site.app.request('/api/stories?limit=5')).json()) as { stories: { id: string; canonical: { id: number } | null }[] };
    assert.equal(body.stories.find((s) => s.id === storyId)?.canonical?.id, ids.update);
  });

  void it('says so in each edition\'s language', () => {
    assert.equal(uiStrings('hi').newerVersion, 'इस ख़बर का नया संस्करण प्रकाशित हुआ है:');
    assert.equal(uiStrings('es').earlierVersions, 'Versiones anteriores');
    assert.equal(uiStrings('en').earlierVersion, 'earlier version');
  });
});
