import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoryClusterer, type ArticleInput } from './story-clusterer.ts';

// An Urdu report of a Hindi story. Its own phonetic keys (جبل پور and
// जबलपुर, نرمدا and नर्मदा) meet the Hindi story's; a machine translation of
// its headline into Hindi (rough, as an engine's is: पल for पुल) also gives
// it words of the story's language. A second Hindi story from the same city
// on the same day must not take it. All names are fictional.
const HOUR = 3_600_000;
const START = Date.UTC(2026, 7, 4, 5);

const BRIDGE_HI: ArticleInput = {
  id: 'bridge-hi',
  lang: 'hi',
  headline: 'जबलपुर में नर्मदा नदी पर बना नया पुल यातायात के लिए खुला',
  text:
    'जबलपुर में नर्मदा नदी पर बना नया पुल मंगलवार को यातायात के लिए खोल दिया गया। लोक निर्माण विभाग के अनुसार पुल ' +
    'की लंबाई 1.4 किलोमीटर है और इससे शहर के पूर्वी हिस्से तक पहुंचने में आधा घंटा कम लगेगा। पुराने पुल पर भारी ' +
    'वाहनों की आवाजाही अब बंद रहेगी।',
  published: START,
};

const BRIDGE_HI_FOLLOW: ArticleInput = {
  id: 'bridge-hi-follow',
  lang: 'hi',
  headline: 'नर्मदा के नए पुल पर पहले दिन उमड़ी भीड़, पुराने पुल पर भारी वाहन बंद',
  text:
    'जबलपुर में नर्मदा नदी के नए पुल पर पहले दिन हज़ारों लोग पहुंचे। यातायात पुलिस ने बताया कि पुराने पुल पर भारी ' +
    'वाहनों को रोकने के लिए दोनों ओर अवरोधक लगाए गए हैं।',
  published: START + 2 * HOUR,
};

const MARKET_HI: ArticleInput = {
  id: 'market-hi',
  lang: 'hi',
  headline: 'जबलपुर के सराफ़ा बाज़ार में चोरी, तीन दुकानों के ताले टूटे',
  text:
    'जबलपुर के सराफ़ा बाज़ार में सोमवार रात चोरों ने तीन दुकानों के ताले तोड़कर गहने चुरा लिए। पुलिस ने बताया कि ' +
    'बाज़ार के कैमरों की रिकॉर्डिंग देखी जा रही है और व्यापारियों ने रात में गश्त बढ़ाने की मांग की है।',
  published: START + 1 * HOUR,
};

const BRIDGE_UR: ArticleInput = {
  id: 'bridge-ur',
  lang: 'ur',
  headline: 'جبل پور میں نرمدا دریا پر نیا پل ٹریفک کے لیے کھول دیا گیا',
  text:
    'جبل پور میں نرمدا دریا پر بنا نیا پل منگل کو ٹریفک کے لیے کھول دیا گیا۔ محکمہ تعمیرات کے مطابق اس سے شہر کے ' +
    'مشرقی حصے تک سفر آدھا گھنٹہ کم ہو جائے گا اور پرانے پل پر بھاری گاڑیوں کا داخلہ بند رہے گا۔',
  published: START + 4 * HOUR,
};

const BRIDGE_UR_TRANSLATED: ArticleInput = {
  ...BRIDGE_UR,
  translatedHeadlines: [{ lang: 'hi', headline: 'जबलपुर में नर्मदा नदी पर नया पल ट्रैफिक के लिए खोल दिया गया' }],
};

function cluster(urdu: ArticleInput) {
  const clusterer = new StoryClusterer();
  const storyOf = new Map<string, string>();
  for (const article of [BRIDGE_HI, MARKET_HI, BRIDGE_HI_FOLLOW, urdu]) storyOf.set(article.id, clusterer.add(article).storyId);
  return (id: string) => clusterer.resolve(storyOf.get(id)!);
}

test('an Urdu report joins the Hindi story its headline translated into Hindi matches, and no other', () => {
  const story = cluster(BRIDGE_UR_TRANSLATED);
  assert.equal(story(BRIDGE_HI_FOLLOW.id), story(BRIDGE_HI.id), 'the Hindi follow-up is in the bridge story');
  assert.notEqual(story(MARKET_HI.id), story(BRIDGE_HI.id), 'the market theft is another story');
  assert.equal(story(BRIDGE_UR.id), story(BRIDGE_HI.id), 'the Urdu report joins the bridge story');
});

test('without a translated headline the Urdu report finds the Hindi story by its phonetic keys, and no other', () => {
  const story = cluster(BRIDGE_UR);
  assert.equal(story(BRIDGE_UR.id), story(BRIDGE_HI.id));
  assert.notEqual(story(BRIDGE_UR.id), story(MARKET_HI.id));
});

test('a translated headline into a language no story is in changes nothing', () => {
  const plain = cluster(BRIDGE_UR);
  const story = cluster({ ...BRIDGE_UR, translatedHeadlines: [{ lang: 'es', headline: 'Nuevo puente sobre el río Narmada abierto al tráfico en Jabalpur' }] });
  assert.equal(story(BRIDGE_UR.id), story(BRIDGE_HI.id));
  assert.equal(plain(BRIDGE_UR.id), plain(BRIDGE_HI.id));
  assert.notEqual(story(BRIDGE_UR.id), story(MARKET_HI.id));
});
