import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acronymKey, phoneticKey } from './cross-lingual-key.ts';

test('a name in Devanagari and its English spelling share a key', () => {
  const pairs: [string, string][] = [
    ['पुतिन', 'Putin'],
    ['व्लादिवोस्तोक', 'Vladivostok'],
    ['स्टैनफ़ोर्ड', 'Stanford'],
    ['ज़ेलेंस्की', 'Zelensky'],
    ['कैंसर', 'cancer'],
    ['ऑस्ट्रेलिया', 'Australia'],
    ['जर्मनी', 'Germany'],
    ['स्टेशन', 'station'],
    ['प्रिंटर', 'printers'],
    ['कोरवाथ', 'Korvath'],
  ];
  for (const [hindi, english] of pairs) assert.equal(phoneticKey(hindi), phoneticKey(english), `${hindi} / ${english}`);
});

test('names with different consonants keep different keys', () => {
  assert.notEqual(phoneticKey('Putin'), phoneticKey('Paris'));
  assert.notEqual(phoneticKey('पुतिन'), phoneticKey('पेरिस'));
  assert.notEqual(phoneticKey('Korvath'), phoneticKey('Selvana'));
  // Vowels are dropped, so Putin and Patna do collide: IDF and the other evidence have to tell them apart.
  assert.equal(phoneticKey('Putin'), phoneticKey('Patna'));
});

test('an acronym read out letter by letter meets its Hindi spelling', () => {
  assert.equal(acronymKey('HIV'), phoneticKey('एचआईवी'));
  assert.equal(acronymKey('UTC'), phoneticKey('यूटीसी'));
});

test('words with no Latin reading, and one-consonant words, give no key', () => {
  assert.equal(phoneticKey('சென்னை'), null);
  assert.equal(phoneticKey('москва'), null);
  assert.equal(phoneticKey('a'), null);
  assert.equal(phoneticKey(''), null);
});
