import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { rankAligned } from './cross-lingual-match.ts';
import { missing } from '../../test/missing-tool.ts';

const HINDI = [
  'कोरवाथ में सेलुन नदी उफनी, 1,200 परिवार बेघर',
  'मिरेला दास्तान सेल्वाना की मेयर चुनी गईं',
  'तालवार रोवर्स ने कोस्टल कप जीता',
  'ब्रेविक ने ग्यारह स्कूलों में राहत शिविर खोले',
];
const ENGLISH = [
  'Selun river floods Korvath, 1,200 families moved',
  'Mirela Dastan elected mayor of Selvana',
  'Talvar Rovers win the Coastal Cup',
  'Brevik opens relief camps in eleven schools',
];

test('each Hindi line finds its English translation first, by names and numbers alone', () => {
  assert.deepEqual(rankAligned(HINDI, ENGLISH), { precisionAt1: 1, meanReciprocalRank: 1 });
});

test('shuffled pairs score low; empty and unrelated lines give the floor, not an error', () => {
  const shuffled = rankAligned(HINDI, [...ENGLISH.slice(1), ENGLISH[0]!]);
  assert.equal(shuffled.precisionAt1, 0);
  assert.deepEqual(rankAligned(['', ''], ['', '']), { precisionAt1: 0, meanReciprocalRank: 0.5 });
  assert.throws(() => rankAligned(['a'], []), /not aligned/);
});

test('a long translation that keeps two names outranks a one-line text that shares one of them', () => {
  const hindi = ['पुलिस ने कोरवाथ में चोरी के आरोप में युवकों को पकड़ा, सामान ब्रेविक से बरामद', 'ब्रेविक पुलिस को धन्यवाद।'];
  const english = [
    'Officers in Korvath held youths over a burglary late on Friday; the loot, jewellery and phones, turned up in Brevik after an overnight search of every stall and warehouse',
    'Brevik police thanked.',
  ];
  assert.deepEqual(rankAligned(hindi, english), { precisionAt1: 1, meanReciprocalRank: 1 });
});

const FLORES = path.resolve(import.meta.dirname, '../../../shared/eval/flores-dev-en-hi');

// Floors a little under the figures of 2026-12-07 (Hindi 0.556, Urdu 0.507; chance is 0.001); issue 16 asks for Hindi ≥ 0.52.
test('FLORES dev, Hindi and Urdu against English: half the texts find their translation first', { skip: existsSync(FLORES) ? false : missing('../shared', `${FLORES} is absent`) }, () => {
  const read = (file: string) => readFileSync(path.join(FLORES, file), 'utf8').split('\n').filter((line) => line !== '');
  const english = read('eng_Latn.dev');
  const hindi = rankAligned(read('hin_Deva.dev'), english);
  assert.ok(hindi.precisionAt1 >= 0.54, `Hindi P@1 ${hindi.precisionAt1}`);
  assert.ok(hindi.meanReciprocalRank > hindi.precisionAt1);
  // Urdu had no keys before it was transliterated: P@1 0.157.
  const urdu = rankAligned(read('urd_Arab.dev'), english);
  assert.ok(urdu.precisionAt1 >= 0.48, `Urdu P@1 ${urdu.precisionAt1}`);
});
