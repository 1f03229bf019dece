/**
 * Translation feeding story clustering, with a real Apertium APY (skipped
 * when it is not installed): an Urdu report meets the Hindi story of its
 * event through the phonetic keys of its names, read alike in both scripts;
 * once the translation step has put its headline into Hindi, the next story
 * pass replays the window with that headline too, and the report stays where
 * it is while a report on another event in the same city stays apart.
 * The Hindi edition keeps original headlines, so the translated one is never
 * shown, only read. The reports are fictional.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseConfig } from '../config/load-config.ts';
import type { Article } from '../extract/article.ts';
import type { Store } from '../store/store.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from '../store/test-records.ts';
import { apyInstalled, APY_BINARY, startApy, type ApyServer } from '../translate/engines/apy-process.ts';
import { configuredEngines } from '../translate/engines/configured-engines.ts';
import { silentLogger, type PipelineContext } from './pipeline-context.ts';
import { assignStories } from './story-assignment.ts';
import { translatePendingArticles } from './translation-step.ts';
import { missing } from '../../test/missing-tool.ts';

const NOW = new Date('2026-08-04T12:00:00Z');

function deskConfig(engineUrl: string) {
  return parseConfig(
    `
site: { name: Desk, baseUrl: "https://news.example.org" }
editions:
  - { lang: hi, path: /, headline: keep }
sections:
  - { id: city, title: City, translate: [hi] }
sources:
  - { id: nagar, name: Nagar Samachar, url: https://nagar.example/feed.xml, section: city, language: hi }
  - { id: akhbar, name: Akhbar, url: https://akhbar.example/feed.xml, section: city, language: ur }
translation:
  engines: [{ id: apy, kind: apertium, url: "${engineUrl}", retries: 0, timeoutMs: 60000 }]
  pairs: [{ from: ur, to: hi, engine: apy }]
`,
    { file: null, env: {} },
  );
}

function paragraphs(text: string): Article['blocks'] {
  return text.split('\n\n').map((p) => ({ type: 'paragraph' as const, content: [{ kind: 'text' as const, text: p }] }));
}

async function publish(store: Store, sourceId: string, guid: string, lang: string, headline: string, text: string, published: string): Promise<number> {
  await store.upsertSource(sourceDefinition(sourceId, { language: lang, section: 'city' }), 'config', NOW.toISOString());
  await store.saveEntries([feedEntry(sourceId, guid, { title: headline, published, language: lang })], NOW.toISOString());
  const entry = (await store.listEntries({ sourceId, limit: 50 })).find((e) => e.guid === guid)!;
  const article = cleanArticle(headline, { lang, text, blocks: paragraphs(text), published });
  return store.saveArticle(article, { entryId: entry.id, sourceId, section: 'city', slug: guid }, NOW.toISOString());
}

async function storyOf(store: Store, id: number): Promise<string> {
  const membership = (await store.storyMemberships([id])).get(id);
  assert.ok(membership, `article ${id} is in a story`);
  return membership.storyId;
}

const skip = apyInstalled() ? false : missing('apertium-apy', `${APY_BINARY} is not installed (apt-get install apertium-apy apertium-urd-hin)`);

describe('translated headlines in story clustering, with Apertium APY', { skip }, () => {
  const database = useFreshDatabase(testDialects[0]!);
  let apy: ApyServer;
  before(async () => {
    apy = await startApy();
  });
  after(() => apy?.stop());

  test('an Urdu report meets the Hindi story of its event by its names, and stays there once its headline is translated into Hindi', async () => {
    const config = deskConfig(apy.url);
    const store = await database().open();
    const ctx: PipelineContext = { config, store, log: silentLogger, now: () => NOW };
    const bridge = await publish(
      store, 'nagar', 'bridge', 'hi',
      'जबलपुर में नर्मदा नदी पर बना नया पुल यातायात के लिए खुला',
      'जबलपुर में नर्मदा नदी पर बना नया पुल मंगलवार को यातायात के लिए खोल दिया गया। लोक निर्माण विभाग के अनुसार इससे शहर ' +
        'के पूर्वी हिस्से तक पहुंचने में आधा घंटा कम लगेगा।\n\nपुराने पुल पर भारी वाहनों की आवाजाही अब बंद रहेगी।',
      '2026-08-04T05:00:00Z',
    );
    const theft = await publish(
      store, 'nagar', 'theft', 'hi',
      'जबलपुर के सराफ़ा बाज़ार में चोरी, तीन दुकानों के ताले टूटे',
      'जबलपुर के सराफ़ा बाज़ार में सोमवार रात चोरों ने तीन दुकानों के ताले तोड़कर गहने चुरा लिए। पुलिस ने बताया कि बाज़ार ' +
        'के कैमरों की रिकॉर्डिंग देखी जा रही है।',
      '2026-08-04T06:00:00Z',
    );
    const urdu = await publish(
      store, 'akhbar', 'bridge-ur', 'ur',
      'جبل پور میں نرمدا دریا پر نیا پل ٹریفک کے لیے کھول دیا گیا',
      'جبل پور میں نرمدا دریا پر بنا نیا پل منگل کو ٹریفک کے لیے کھول دیا گیا۔ محکمہ تعمیرات کے مطابق اس سے شہر کے مشرقی حصے ' +
        'تک سفر آدھا گھنٹہ کم ہو جائے گا۔',
      '2026-08-04T09:00:00Z',
    );

    await assignStories(ctx);
    // The names' phonetic keys (جبل پور / जबलपुर, نرمدا / नर्मदा) are read in both scripts, so the report meets the story untranslated.
    assert.equal(await storyOf(store, urdu), await storyOf(store, bridge), 'untranslated, the Urdu report meets the Hindi story by its names');
    assert.notEqual(await storyOf(store, theft), await storyOf(store, bridge), 'while the theft in the same city stays apart');

    const translated = await translatePendingArticles(ctx, { engines: configuredEngines(config.translation), glossaries: new Map() });
    assert.equal(translated.pass + translated.review, 1);
    const hi = (await store.translationsOf(urdu)).find((t) => t.targetLang === 'hi')!;
    assert.equal(hi.headlineLang, 'ur', 'the Hindi edition still shows the Urdu headline');
    assert.match(hi.translatedHeadline ?? '', /नर्मदा|नदी/u, 'the headline was translated into Hindi all the same');

    await assignStories(ctx);
    assert.equal(await storyOf(store, urdu), await storyOf(store, bridge), 'with its headline in Hindi too, the Urdu report stays in the bridge story');
    assert.notEqual(await storyOf(store, theft), await storyOf(store, bridge), 'the theft in the same city stays apart');
  });
});
