import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoryClusterer, type ArticleInput } from './story-clusterer.ts';

// A fictional wire story, a partner's rewrite, its Hindi translation (names
// transliterated, Western digits) and unrelated reports of the same day.
const HOUR = 3_600_000;
const START = Date.UTC(2026, 5, 12, 6);

const WIRE: ArticleInput = {
  id: 'airline-wire',
  lang: 'en',
  headline: 'Kalmora Airways grounds 12 jets after engine fault forces emergency landing in Tashkent',
  text:
    'Kalmora Airways grounded 12 of its Aerolynx A7 jets on Friday after an engine fault forced one of them to make an ' +
    'emergency landing in Tashkent with 186 passengers on board. Nobody was hurt. The airline\'s chief executive, ' +
    'Darius Velikov, said the checks would take about 72 hours and that 40 flights would be cancelled. The aircraft, ' +
    'flying from Almaty to Istanbul, turned back 25 minutes after take-off when the crew saw a warning light on its ' +
    'left engine, the Uzbek civil aviation authority said. Engineers from Aerolynx were flying to Tashkent to inspect it.',
  published: START,
};

const REWRITE: ArticleInput = {
  id: 'airline-rewrite',
  lang: 'en',
  headline: 'Engine scare: Kalmora pulls a dozen Aerolynx A7s, cancels 40 flights',
  text:
    'Travellers on Kalmora Airways face 40 cancelled flights over the weekend after the carrier pulled 12 Aerolynx A7 ' +
    'aircraft from service. The move follows an emergency landing in Tashkent, where a jet bound for Istanbul from ' +
    'Almaty returned with 186 people on board after a warning on its left engine. Chief executive Darius Velikov ' +
    'said inspections would last around 72 hours.',
  published: START + 1 * HOUR,
};

const HINDI: ArticleInput = {
  id: 'airline-hindi',
  lang: 'hi',
  headline: 'इंजन में खराबी के बाद कलमोरा एयरवेज़ ने 12 विमानों की उड़ानें रोकीं, ताशकंद में आपात लैंडिंग',
  text:
    'कलमोरा एयरवेज़ ने शुक्रवार को अपने 12 एयरोलिंक्स ए7 विमानों की उड़ानें रोक दीं। इंजन में खराबी के कारण इनमें से एक ' +
    'विमान को 186 यात्रियों के साथ ताशकंद में आपात लैंडिंग करनी पड़ी थी। कोई घायल नहीं हुआ। एयरलाइन के मुख्य कार्यकारी ' +
    'दारियुस वेलिकोव ने कहा कि जांच में लगभग 72 घंटे लगेंगे और 40 उड़ानें रद्द की जाएंगी। अल्माटी से इस्तांबुल जा रहा ' +
    'विमान उड़ान भरने के 25 मिनट बाद लौट आया, जब चालक दल ने बाएं इंजन पर चेतावनी की बत्ती देखी।',
  published: START + 5 * HOUR,
};

const UNRELATED: ArticleInput[] = [
  {
    id: 'library-en',
    lang: 'en',
    headline: 'Ostrava city library reopens after two-year restoration',
    text:
      'The Ostrava city library reopened on Friday after a two-year restoration that cost 9 million euros. Mayor ' +
      'Lenka Horvath said the reading rooms would stay open until midnight during exam season.',
    published: START + 2 * HOUR,
  },
  {
    id: 'monsoon-hi',
    lang: 'hi',
    headline: 'केरल में मानसून ने समय से पहले दी दस्तक, कई ज़िलों में भारी बारिश',
    text:
      'मौसम विभाग ने शुक्रवार को बताया कि मानसून तय समय से तीन दिन पहले केरल पहुंच गया है। कोट्टायम और इडुक्की ज़िलों में ' +
      'भारी बारिश की चेतावनी जारी की गई है और स्कूल बंद रहेंगे।',
    published: START + 3 * HOUR,
  },
  {
    id: 'cricket-hi',
    lang: 'hi',
    headline: 'रणजी ट्रॉफी: विदर्भ ने मुंबई को पांच विकेट से हराया',
    text:
      'विदर्भ ने शुक्रवार को नागपुर में मुंबई को पांच विकेट से हराकर रणजी ट्रॉफी के सेमीफ़ाइनल में जगह बनाई। कप्तान ' +
      'अक्षय वाडकर ने नाबाद 88 रन बनाए।',
    published: START + 4 * HOUR,
  },
];

// A story told mostly in common words, with one place name: in Hindi nearly
// every word is translated, so only the name and the figures are shared.
const HEAT_WIRE: ArticleInput = {
  id: 'heat-wire',
  lang: 'en',
  headline: 'Schools shut in 31 districts of Tarvenia as heatwave pushes temperatures to 47 degrees',
  text:
    'Authorities in Tarvenia closed schools in 31 districts on Friday as a heatwave drove temperatures to 47 degrees ' +
    'Celsius, the highest reading in the country since records began. Hospitals reported 260 cases of heatstroke in ' +
    'two days. The health ministry told people to stay indoors between noon and four in the afternoon and asked ' +
    'employers to stop outdoor work during those hours. Forecasters expect the heat to ease only next week, when ' +
    'the first rains are due.',
  published: START,
};

const HEAT_COPY: ArticleInput = {
  ...HEAT_WIRE,
  id: 'heat-copy',
  headline: 'Tarvenia heatwave: 47 degrees, schools closed in 31 districts',
  published: START + HOUR,
};

const HEAT_HINDI: ArticleInput = {
  id: 'heat-hindi',
  lang: 'hi',
  headline: 'तारवेनिया में भीषण लू, पारा 47 डिग्री पहुंचा; 31 ज़िलों में स्कूल बंद',
  text:
    'तारवेनिया में अधिकारियों ने शुक्रवार को 31 ज़िलों के स्कूल बंद कर दिए, क्योंकि भीषण गर्मी से तापमान 47 डिग्री ' +
    'सेल्सियस तक पहुंच गया, जो देश में रिकॉर्ड शुरू होने के बाद से सबसे अधिक है। अस्पतालों में दो दिनों में लू लगने के 260 ' +
    'मामले सामने आए। स्वास्थ्य मंत्रालय ने लोगों से दोपहर बारह से शाम चार बजे तक घर के अंदर रहने और नियोक्ताओं से इन घंटों ' +
    'में बाहर काम रोकने को कहा। मौसम विभाग के अनुसार गर्मी से राहत अगले हफ़्ते पहली बारिश के साथ ही मिलेगी।',
  published: START + 5 * HOUR,
};

test('a Hindi translation that shares only a place name and figures with the wire story joins it', () => {
  const clusterer = new StoryClusterer();
  const storyOf = new Map<string, string>();
  for (const article of [HEAT_WIRE, HEAT_COPY, ...UNRELATED, HEAT_HINDI]) storyOf.set(article.id, clusterer.add(article).storyId);
  const story = (id: string) => clusterer.resolve(storyOf.get(id)!);
  assert.equal(story(HEAT_HINDI.id), story(HEAT_WIRE.id), 'the Hindi translation joins the wire story');
  for (const other of UNRELATED) assert.notEqual(story(other.id), story(HEAT_WIRE.id), `${other.id} stays out of the wire story`);
});

test('a Hindi translation of an English wire story joins the wire story, and unrelated reports stay apart', () => {
  const clusterer = new StoryClusterer();
  const storyOf = new Map<string, string>();
  for (const article of [WIRE, REWRITE, ...UNRELATED, HINDI]) storyOf.set(article.id, clusterer.add(article).storyId);
  const story = (id: string) => clusterer.resolve(storyOf.get(id)!);
  assert.equal(story(REWRITE.id), story(WIRE.id), 'the rewrite joins the wire story');
  assert.equal(story(HINDI.id), story(WIRE.id), 'the Hindi translation joins the wire story');
  for (const other of UNRELATED) assert.notEqual(story(other.id), story(WIRE.id), `${other.id} stays out of the wire story`);
  const wireStory = clusterer.stories().find((summary) => summary.id === story(WIRE.id))!;
  assert.deepEqual([...wireStory.languages].sort(), ['en', 'hi']);
});
