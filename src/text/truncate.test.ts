import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstSentence, truncateAtWord } from './truncate.ts';

test('short text is returned whole, normalised', () => {
  assert.equal(truncateAtWord('  A short  line. ', 50), 'A short line.');
});

test('long text is cut at a word boundary with an ellipsis', () => {
  const cut = truncateAtWord('The parliament approved the budget after a long night of debate', 30);
  assert.equal(cut, 'The parliament approved the…');
  assert.ok(cut.length <= 30);
});

test('Hindi text is cut between words, never inside a cluster', () => {
  const cut = truncateAtWord('दक्षिण कोरिया की संसद ने शुक्रवार को प्रस्ताव पारित किया', 25);
  assert.equal(cut, 'दक्षिण कोरिया की संसद ने…');
});

test('one long word is cut between grapheme clusters', () => {
  const cut = truncateAtWord('क्षत्रिय'.repeat(10), 10);
  assert.ok(cut.endsWith('…'));
  assert.ok(!/\u094d…$/.test(cut), 'does not end on a virama');
});

test('first sentence, in English and in Hindi (danda)', () => {
  assert.equal(firstSentence('Dr. Lee spoke first. Then the vote came.', 'en', 100), 'Dr. Lee spoke first.');
  assert.equal(firstSentence('सियोल में आज भारी बारिश हुई। लोग घरों में रहे।', 'hi', 100), 'सियोल में आज भारी बारिश हुई।');
  assert.equal(firstSentence('word '.repeat(40), 'und', 30).length <= 30, true);
});

test('a first sentence of a text megabytes long is found in linear time', () => {
  // Segmenting the whole text cost the square of its length: 4 s of processor time for this one.
  const text = '<span>'.repeat(500_000);
  const start = process.cpuUsage();
  const sentence = firstSentence(text, 'en', 100);
  const used = process.cpuUsage(start);
  assert.equal(sentence, `${'<span>'.repeat(16)}<sp…`);
  assert.ok((used.user + used.system) / 1000 < 500, `took ${Math.round((used.user + used.system) / 1000)} ms of processor time`);
});

test('a cut at a grapheme boundary sees the mark that follows the cut', () => {
  const cut = truncateAtWord(`${'x'.repeat(9)}\u0301${'x'.repeat(400)}`, 10);
  assert.equal(cut, `${'x'.repeat(8)}…`);
});
