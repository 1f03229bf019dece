import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoryClusterer, type ArticleInput } from './story-clusterer.ts';

// A story reported in Hindi first and in English the next morning. When the
// Hindi report is read, no English text has shown its names yet, so the
// clusterer cannot tell them from other Hindi words; the English report
// must still find them in the Hindi story. An English report of another
// event in the same city, sharing that one name, stays apart. Kota and the
// Chambal are real; the people, the market and the other events are not.
const HOUR = 3_600_000;
const START = Date.UTC(2026, 9, 10, 13);

const MARKET_HI: ArticleInput = {
  id: 'market-hi',
  lang: 'hi',
  headline: 'कोटा में चंबल रिवरफ्रंट पर रात का बाज़ार शुरू, मेयर सुलोचना भाटी ने किया उद्घाटन',
  text:
    'कोटा नगर निगम ने शनिवार को चंबल रिवरफ्रंट पर रात का बाज़ार शुरू किया। मेयर सुलोचना भाटी ने उद्घाटन करते हुए कहा ' +
    'कि यहां हर शाम सात बजे से आधी रात तक हस्तशिल्प और खाने की 60 दुकानें लगेंगी। बाज़ार का संचालन हाड़ौती हस्तशिल्प ' +
    'संघ करेगा। संघ के अध्यक्ष गिरिराज मीणा ने बताया कि बूंदी और झालावाड़ के कारीगर भी यहां अपना सामान बेचेंगे।',
  published: START,
};

const WEATHER_HI: ArticleInput = {
  id: 'weather-hi',
  lang: 'hi',
  headline: 'राजस्थान में अगले तीन दिन बारिश के आसार, मौसम विभाग ने जारी की चेतावनी',
  text:
    'मौसम विभाग ने शनिवार को बताया कि राजस्थान के पूर्वी हिस्सों में अगले तीन दिन हल्की से मध्यम बारिश हो सकती है। ' +
    'किसानों को कटी फसल सुरक्षित जगह रखने की सलाह दी गई है।',
  published: START + 1 * HOUR,
};

const MARKET_EN: ArticleInput = {
  id: 'market-en',
  lang: 'en',
  headline: 'Craft stalls and street food: an evening bazaar opens by the river in Kota',
  text:
    'Weavers, potters and food sellers have a new place to trade after dark: an evening bazaar on the Chambal ' +
    'riverfront, which Mayor Sulochana Bhati opened on Saturday. The stalls will stay open until midnight, and the ' +
    'city hopes the bazaar will bring visitors back to the riverbank after sunset.',
  // The next morning's paper.
  published: START + 18 * HOUR,
};

const OLYMPIAD_EN: ArticleInput = {
  id: 'olympiad-en',
  lang: 'en',
  headline: 'Kota student tops national astronomy olympiad',
  text:
    'A 16-year-old student from Kota, Tanvi Kashyap, came first in the national astronomy olympiad, the organisers ' +
    'said on Saturday. She will represent the country at the international round in Lisbon next summer. Her school ' +
    'said she built her own telescope from a kit at the age of twelve.',
  published: START + 5 * HOUR,
};

function cluster(articles: ArticleInput[]) {
  const clusterer = new StoryClusterer();
  const storyOf = new Map<string, string>();
  for (const article of articles) storyOf.set(article.id, clusterer.add(article).storyId);
  return (id: string) => clusterer.resolve(storyOf.get(id)!);
}

test('a story reported first in Hindi takes the later English report of the same event', () => {
  const story = cluster([MARKET_HI, WEATHER_HI, MARKET_EN]);
  assert.equal(story(MARKET_EN.id), story(MARKET_HI.id));
  assert.notEqual(story(WEATHER_HI.id), story(MARKET_HI.id));
});

test('an English report of another event that shares only the city with a Hindi story stays apart', () => {
  const story = cluster([MARKET_HI, WEATHER_HI, OLYMPIAD_EN]);
  assert.notEqual(story(OLYMPIAD_EN.id), story(MARKET_HI.id));
});

test('with both English reports, each goes its own way', () => {
  const story = cluster([MARKET_HI, WEATHER_HI, OLYMPIAD_EN, MARKET_EN]);
  assert.equal(story(MARKET_EN.id), story(MARKET_HI.id));
  assert.notEqual(story(OLYMPIAD_EN.id), story(MARKET_HI.id));
  assert.notEqual(story(OLYMPIAD_EN.id), story(MARKET_EN.id));
});
