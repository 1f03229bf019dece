import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceSegments } from './sentence-segments.ts';

test('sentences keep their trailing space, and joining them gives the text back', () => {
  const text = 'The ferry sailed at dawn. Nobody was hurt!  Crews cheered? Yes';
  const pieces = sentenceSegments(text, 'en');
  assert.deepEqual(pieces, ['The ferry sailed at dawn. ', 'Nobody was hurt!  ', 'Crews cheered? ', 'Yes']);
  assert.equal(pieces.join(''), text);
});

test('titles, initials and dotted abbreviations do not end a sentence', () => {
  const pieces = sentenceSegments('Mr. Rao met Dr. A. Kulkarni of the U.S. embassy on Friday. They spoke.', 'en');
  assert.deepEqual(pieces, ['Mr. Rao met Dr. A. Kulkarni of the U.S. embassy on Friday. ', 'They spoke.']);
});

test('a break never falls inside a placeholder', () => {
  const pieces = sentenceSegments('Read ⟦1⟧the harbour report.⟦2⟧ Then vote.', 'en');
  assert.ok(pieces.every((p) => !/⟦\d*$|^\d*⟧/u.test(p)), pieces.join(' | '));
  assert.equal(pieces.length, 2);
});

test('Urdu and Hindi sentence ends (۔ and ।) are recognised', () => {
  assert.equal(sentenceSegments('یہ پہلا جملہ ہے۔ یہ دوسرا ہے؟ اور تیسرا', 'ur').length, 3);
  assert.equal(sentenceSegments('नदी पर पुल बना। लोग खुश हैं।', 'hi').length, 2);
});
