import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFeatures } from './article-features.ts';
import { phoneticKey } from './cross-lingual-key.ts';
import { KnownNames, MAX_KNOWN_NAMES } from './entities.ts';

test('capitalised spans of English are names; sentence openers and function words are not', () => {
  const known = new KnownNames();
  const { names } = articleFeatures('', 'Scientists said on Monday that Anselm Brevik met the Korvath council. The meeting was short.', known);
  const keys = [...names.keys()];
  assert.ok(keys.includes(phoneticKey('Anselm')!));
  assert.ok(keys.includes(phoneticKey('Brevik')!));
  assert.ok(!keys.includes(phoneticKey('Scientists')!));
  assert.ok(!keys.includes(phoneticKey('Monday') ?? '-'));
  assert.ok(!keys.includes(phoneticKey('meeting')!));
});

test('a Devanagari word is a name once its key has been seen as an English name', () => {
  const known = new KnownNames();
  const hindi = 'ज़िला अधिकारी ब्रेविक ने बताया कि कोरवाथ में पानी बढ़ा।';
  assert.equal(articleFeatures('', hindi, known).names.size, 0);
  known.add(articleFeatures('', 'The district officer, Anselm Brevik, spoke in Korvath on Tuesday.', known).latinNames);
  const names = [...articleFeatures('', hindi, known).names.keys()];
  assert.deepEqual(names.sort(), [phoneticKey('Brevik')!, phoneticKey('Korvath')!].sort());
});

test('title-case headline words are names only when the lead showed them to be', () => {
  const known = new KnownNames();
  const { names } = articleFeatures('Brevik Warns Of Worse Floods Ahead', 'Anselm Brevik spoke on Tuesday.', known);
  assert.ok(names.has(phoneticKey('Brevik')!));
  assert.ok(!names.has(phoneticKey('Warns')!));
  assert.ok(!names.has(phoneticKey('Floods')!));
});

test('keys and numbers are shared by a report and its translation', () => {
  const known = new KnownNames();
  const en = articleFeatures('Selun floods Korvath', '1,200 families moved in Korvath, 4.5 metres.', known);
  const hi = articleFeatures('सेलुन नदी कोरवाथ में', 'कोरवाथ में 1,200 परिवार, 4.5 मीटर।', known);
  for (const key of ['#1200', '#4.5', phoneticKey('Korvath')!, phoneticKey('Selun')!]) {
    assert.ok(en.keys.has(key) && hi.keys.has(key), key);
  }
});

test('empty input, and a script with no romanisation, give empty or term-only features without failing', () => {
  const known = new KnownNames();
  const empty = articleFeatures('', '', known);
  assert.equal(empty.terms.size + empty.keys.size + empty.names.size, 0);
  const tamil = articleFeatures('சென்னையில் கனமழை', 'சென்னை நகரில் இன்று கனமழை பெய்தது', known);
  assert.ok(tamil.terms.size > 0);
  assert.equal(tamil.keys.size, 0);
});

test('a translated headline gives terms in its language, and keys only to a text that has none of its own', () => {
  const known = new KnownNames();
  known.add(articleFeatures('', 'Officials in Korvath said the river rose.', known).latinNames);
  const translated = [{ lang: 'hi', headline: 'कोरवाथ में सेलुन नदी का पानी बढ़ा' }];
  // Tamil script has no Latin reading here, so a Tamil report has no keys of its own.
  const tamil = articleFeatures('கோர்வாத்தில் ஆறு பெருகியது', 'கோர்வாத்தில் ஆறு பெருகியது.', known, translated);
  assert.deepEqual(tamil.translations.map((t) => t.lang), ['hi']);
  assert.ok(tamil.translations[0]!.terms.has('नदी'));
  assert.ok(!tamil.terms.has('नदी'), 'the translation\'s words are not the article\'s own terms');
  assert.ok(tamil.keys.has(phoneticKey('Selun')!), 'the Tamil text takes the translation\'s keys');
  assert.ok(tamil.names.has(phoneticKey('Korvath')!), 'and its known names');
  const urdu = articleFeatures('کورواتھ میں دریا کا پانی بڑھ گیا', 'کورواتھ میں دریا کا پانی بڑھ گیا۔', known, translated);
  assert.ok(urdu.keys.has(phoneticKey('Korvath')!), 'an Urdu text has keys of its own');
  assert.ok(!urdu.keys.has(phoneticKey('Selun')!), 'so it keeps only those');
  const english = articleFeatures('River rises in Korvath', 'The river rose in Korvath.', known, [{ lang: 'hi', headline: 'कोरवाथ में सेलुन नदी का पानी बढ़ा' }]);
  assert.ok(english.translations[0]!.terms.has('नदी'));
  assert.ok(!english.keys.has(phoneticKey('Selun')!), 'a text with keys of its own keeps only those');
});

test('known names stay bounded', () => {
  const known = new KnownNames();
  for (let i = 0; i < MAX_KNOWN_NAMES + 5; i++) known.add([`k${i}`]);
  known.add(['kept', 'kept', 'kept']);
  assert.ok(known.counts.size <= MAX_KNOWN_NAMES);
});

test('a name whose key is as often a common English word is no longer read into Hindi', () => {
  const known = new KnownNames();
  const learn = (text: string) => {
    const found = articleFeatures('', text, known);
    known.add(found.latinNames);
    known.demote(found.commonKeys);
  };
  learn('Officials met Tarka on Tuesday.');
  const hindi = 'तारका ने बैठक बुलाई।';
  assert.ok(articleFeatures('', hindi, known).names.has(phoneticKey('Tarka')!));
  learn('The train left the track near the river.');
  assert.equal(phoneticKey('track'), phoneticKey('Tarka'));
  assert.ok(!articleFeatures('', hindi, known).names.has(phoneticKey('Tarka')!), 'seen lower-case as often as capitalised');
});

test('a Hindi word with a plural ending is never a name, and a two-consonant name needs three sightings', () => {
  const known = new KnownNames();
  known.add([phoneticKey('Aropa')!, phoneticKey('Delhi')!]);
  const plural = articleFeatures('', 'आरोपों की जांच होगी।', known);
  assert.equal(plural.names.size, 0);
  assert.ok(plural.commonKeys.includes(phoneticKey('Aropa')!));
  assert.ok(!articleFeatures('', 'दिल्ली में बारिश हुई।', known).names.has(phoneticKey('Delhi')!), 'seen once');
  known.add([phoneticKey('Delhi')!, phoneticKey('Delhi')!]);
  assert.ok(articleFeatures('', 'दिल्ली में बारिश हुई।', known).names.has(phoneticKey('Delhi')!), 'seen three times');
});

test('a common Hindi word is not read as the English name its key happens to share, so it leads to no unrelated story', () => {
  const known = new KnownNames();
  const learn = (text: string) => {
    const found = articleFeatures('', text, known);
    known.add(found.latinNames);
    known.demote(found.commonKeys);
    known.addText(found.caselessKeys, found.mostlyLatin);
    return found;
  };
  // Smith, an English name, and सहमत ("agreed"), a Hindi word, share a key.
  assert.equal(phoneticKey('सहमत'), phoneticKey('Smith'));
  const hindi = 'मंत्री इस बात से सहमत हैं।';
  learn('Officials said Anita Smith would chair the panel.');
  learn('The Brevik council agreed on a budget.');
  learn('परिषद बजट पर सहमत हो गई।');
  assert.ok(learn(hindi).names.has(phoneticKey('Smith')!), 'one English sighting and a couple of Hindi ones: it could still be the name');
  for (const text of ['किसान नए दाम पर सहमत नहीं हैं।', 'दोनों पक्ष समझौते पर सहमत हुए।', 'डॉक्टर इस राय से सहमत थे।', 'अदालत दलील से सहमत नहीं हुई।']) {
    learn(text);
    learn('The river rose in Korvath overnight.');
  }
  assert.ok(!articleFeatures('', hindi, known).names.has(phoneticKey('Smith')!), 'Hindi texts show the key far more often than English names Smith');
  // A name the Hindi press writes as often as the English keeps being one.
  for (let i = 0; i < 6; i++) {
    learn(`Ravi Menon spoke on day ${i}.`);
    learn(`रवि मेनन ने दिन ${i} पर भाषण दिया।`);
  }
  assert.ok(articleFeatures('', 'मेनन ने कहा।', known).names.has(phoneticKey('Menon')!));
});

test('the counts of Hindi words are halved with the known names and stay bounded', () => {
  const known = new KnownNames();
  for (let i = 0; i < MAX_KNOWN_NAMES + 5; i++) known.addText(new Set([`k${i}`]), false);
  assert.ok(known.caselessCounts.size <= MAX_KNOWN_NAMES);
  known.addText(new Set(['kept', 'kept']), false);
  known.addText(new Set(['kept']), false);
  known.halve();
  assert.equal(known.caselessCounts.get('kept'), 1);
});
